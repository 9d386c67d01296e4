// Which playbook a content script follows: the background's — the signed update it holds (checked
// there: signature, schema, update rules) or the bundled one. The content scripts carry no playbook
// of their own (they stay small); a worker that is waking is waited for, a few times.
import type { Playbook } from './playbook';
import type { Ask } from './ports';

/** Waits between asks when the extension does not answer (reloaded, updating). */
export const PLAYBOOK_RETRY_MS = [300, 1_000, 3_000];

export interface PlaybookInUse {
  playbook: Playbook;
  /** The update's version, or null for the bundled playbook. */
  version: number | null;
}

/** The playbook for this CRM, or null when the extension never answers (no card then). */
export async function playbookInUse(crm: string, ask: Ask, retryMs = PLAYBOOK_RETRY_MS): Promise<PlaybookInUse | null> {
  for (let attempt = 0; ; attempt++) {
    const reply = await ask({ type: 'guide/playbook', crm });
    const held = reply.ok ? reply.value : null;
    const playbook = held?.playbook as Playbook | undefined;
    if (held && playbook?.crm === crm && Array.isArray(playbook.steps)) return { playbook, version: held.version };
    if (reply.ok || attempt >= retryMs.length) return null; // answered, but not a playbook for this CRM
    await new Promise((resolve) => setTimeout(resolve, retryMs[attempt]));
  }
}
