// Which playbook a content script follows from its start: the signed update the background holds
// (already checked there: signature, schema, update rules), or the bundled one — when there is no
// update, or when the background does not answer quickly (the card must not wait for a waking worker).
import type { Playbook } from './playbook';
import type { Ask } from './ports';

export const HELD_PLAYBOOK_WAIT_MS = 150;

export interface PlaybookInUse {
  playbook: Playbook;
  /** The update's version, or null for the bundled playbook. */
  version: number | null;
}

export async function playbookInUse(bundled: Playbook, ask: Ask, waitMs = HELD_PLAYBOOK_WAIT_MS): Promise<PlaybookInUse> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  const reply = await Promise.race([ask({ type: 'guide/playbook', crm: bundled.crm }), late]);
  clearTimeout(timer);
  const held = reply?.ok ? reply.value : null;
  const playbook = held?.playbook as Playbook | undefined;
  if (held && playbook?.crm === bundled.crm && Array.isArray(playbook.steps)) return { playbook, version: held.version };
  return { playbook: bundled, version: null };
}
