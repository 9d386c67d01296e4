// Every markup variant (independent renderings of the CRM screens) and its walks.
import { leapClassicModal } from './leap-classic-modal';
import type { MarkupVariant } from './types';

export const allVariants: MarkupVariant[] = [leapClassicModal];
