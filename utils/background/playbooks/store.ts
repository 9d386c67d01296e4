// What the updater holds per CRM (storage.local, read entry by entry): the accepted update — kept
// until a newer valid one replaces it, whatever fails in between — and the status of the last check.
import { i18n } from '#i18n';
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { addNotice, parseRecord } from '../../stored';

export const HeldPlaybook = z.object({
  version: z.number().int().min(1),
  /** Checked by the playbook schema when accepted, and again when read by a new worker. */
  playbook: z.unknown(),
  etag: z.string().optional(),
  /** The API it came from: used only while the assistant is linked to that API. */
  apiUrl: z.string(),
  keyId: z.string(),
  issuedAt: z.string(),
  minExtensionVersion: z.string(),
  acceptedAt: z.string(),
  /** The extension version that accepted it: another version checks it again (its bundled playbook may differ). */
  extensionVersion: z.string(),
});
export type HeldPlaybook = z.infer<typeof HeldPlaybook>;

export const CheckOutcome = z.enum(['updated', 'unchanged', 'none-published', 'refused', 'failed', 'no-keys']);
export type CheckOutcome = z.infer<typeof CheckOutcome>;

export const CheckStatus = z.object({
  /** When the last check ended (ISO). */
  at: z.string(),
  apiUrl: z.string(),
  outcome: CheckOutcome,
  /** Words for the options page: why refused, what failed, what was taken. */
  message: z.string(),
  /** The version refused (when it could be read). */
  refusedVersion: z.number().optional(),
});
export type CheckStatus = z.infer<typeof CheckStatus>;

export interface PlaybookUpdates {
  held: Record<string, HeldPlaybook>;
  checks: Record<string, CheckStatus>;
}

export const playbookUpdatesItem = storage.defineItem<PlaybookUpdates>('local:playbook-updates', {
  fallback: { held: {}, checks: {} },
  version: 1,
});

export async function readUpdates(): Promise<PlaybookUpdates> {
  const raw = (await playbookUpdatesItem.getValue()) as Partial<PlaybookUpdates> | null;
  const held = parseRecord(HeldPlaybook, raw?.held);
  const checks = parseRecord(CheckStatus, raw?.checks);
  if (held.dropped) await addNotice(i18n.t('bg.playbooks.storeDropped'));
  return { held: held.value, checks: checks.value };
}

/** Read, change, write (the updater runs one check at a time). */
export async function changeUpdates(change: (updates: PlaybookUpdates) => void): Promise<PlaybookUpdates> {
  const updates = await readUpdates();
  change(updates);
  await playbookUpdatesItem.setValue(updates);
  return updates;
}
