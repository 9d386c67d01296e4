// "Fill for me" as the content script calls it: with its own locate and byText.
import { fillForMe, type FillResult } from '../../../utils/guide/fill';
import type { FillItem } from '../../../utils/guide/playbook';
import { locate } from '../../../utils/guide/locate';
import { byText } from '../../../utils/guide/locate-text';

export const fillHere = (items: FillItem[], settings: Record<string, string>, root: ParentNode = document): Promise<FillResult> =>
  fillForMe(items, settings, root, { locate, byText });
