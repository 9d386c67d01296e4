// Captured values, sealed with AES-GCM before they touch storage.local; purged after a
// confirmed send or when they expire. Only the background uses it (content scripts can't).
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { Sealed, type CryptoBox } from './crypto-box';
import { createSerial } from './serial';
import { lastFour } from './value-text';
import { addNotice, counted, parseRecord } from './stored';

export const DEFAULT_EXPIRY_HOURS = 24;
const HISTORY_LIMIT = 10;

const Entry = z.object({
  crm: z.string(),
  field: z.string(),
  /** Absent once sent (purged) or removed. */
  sealed: Sealed.optional(),
  lastFour: z.string(),
  source: z.string(),
  how: z.enum(['page', 'typed', 'pasted']),
  capturedAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(['captured', 'queued', 'sending', 'sent', 'failed']),
  sentAt: z.string().optional(),
  error: z.string().optional(),
  history: z.array(z.object({ capturedAt: z.string(), replacedAt: z.string(), wasSent: z.boolean() })),
});
export type VaultEntry = z.infer<typeof Entry>;
type VaultData = Record<string, VaultEntry>;

export const vaultItem = storage.defineItem<VaultData>('local:vault', { fallback: {}, version: 1 });

const keyOf = (crm: string, field: string) => `${crm}:${field}`;

export interface PutInput {
  crm: string;
  field: string;
  value: string;
  source: string;
  how: VaultEntry['how'];
}

export function createVault(box: CryptoBox, options: { expiryHours?: number; now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  const expiryMs = (options.expiryHours ?? DEFAULT_EXPIRY_HOURS) * 3_600_000;
  // Messages arrive concurrently; every read-modify-write goes through this chain.
  const exclusive = createSerial();

  /** The entries that parse; unreadable ones are dropped for good (and the person told) once. */
  async function read(): Promise<VaultData> {
    const { value, dropped } = parseRecord(Entry, await vaultItem.getValue());
    if (dropped) void exclusive(repair);
    return value;
  }

  async function repair(): Promise<void> {
    const { value, dropped } = parseRecord(Entry, await vaultItem.getValue());
    if (!dropped) return;
    await vaultItem.setValue(value);
    await addNotice(`${counted(dropped, 'captured value')} could not be read and ${dropped === 1 ? 'was' : 'were'} removed: capture ${dropped === 1 ? 'it' : 'them'} again.`);
  }

  async function reveal(entry: VaultEntry | undefined): Promise<string | undefined> {
    return entry?.sealed ? box.open(entry.sealed) : undefined;
  }

  async function update(mutate: (data: VaultData) => Promise<void> | void): Promise<void> {
    const data = await read();
    await mutate(data);
    await vaultItem.setValue(data);
  }

  return {
    expiryHours: expiryMs / 3_600_000,

    /** Stores a value; the same value again is 'unchanged'. A new value keeps the old one's dates in history. */
    put: (input: PutInput) =>
      exclusive(async () => {
        let outcome: 'stored' | 'unchanged' = 'stored';
        await update(async (data) => {
          const key = keyOf(input.crm, input.field);
          const existing = data[key];
          if (existing?.sealed && (await reveal(existing)) === input.value) {
            outcome = 'unchanged';
            return;
          }
          const at = now();
          const history = existing
            ? [{ capturedAt: existing.capturedAt, replacedAt: at.toISOString(), wasSent: existing.status === 'sent' }, ...existing.history]
            : [];
          data[key] = {
            crm: input.crm,
            field: input.field,
            sealed: await box.seal(input.value),
            lastFour: lastFour(input.value),
            source: input.source,
            how: input.how,
            capturedAt: at.toISOString(),
            expiresAt: new Date(at.getTime() + expiryMs).toISOString(),
            status: 'captured',
            history: history.slice(0, HISTORY_LIMIT),
          };
        });
        return { outcome, lastFour: lastFour(input.value) };
      }),

    get: async (crm: string, field: string) => (await read())[keyOf(crm, field)],
    list: async (crm: string) => Object.values(await read()).filter((entry) => entry.crm === crm),
    value: async (crm: string, field: string) => reveal((await read())[keyOf(crm, field)]),
    /** The value of an entry already read (saves a storage round trip). */
    open: reveal,

    setStatus: (crm: string, fields: string[], status: VaultEntry['status'], error?: string) =>
      exclusive(() =>
        update((data) => {
          for (const field of fields) {
            const entry = data[keyOf(crm, field)];
            if (entry?.sealed) Object.assign(entry, { status, error });
          }
        }),
      ),

    /** HeavySet confirmed: forget the value, keep the record that it was sent. */
    markSent: (crm: string, fields: string[]) =>
      exclusive(() =>
        update((data) => {
          for (const field of fields) {
            const entry = data[keyOf(crm, field)];
            if (!entry) continue;
            delete entry.sealed;
            Object.assign(entry, { status: 'sent', sentAt: now().toISOString(), error: undefined });
          }
        }),
      ),

    remove: (crm: string, field: string) =>
      exclusive(() =>
        update((data) => {
          delete data[keyOf(crm, field)];
        }),
      ),

    /** Drops values past their expiry; returns how many. */
    purgeExpired: () =>
      exclusive(async () => {
        let purged = 0;
        await update((data) => {
          for (const [key, entry] of Object.entries(data)) {
            if (entry.sealed && Date.parse(entry.expiresAt) <= now().getTime()) {
              delete data[key];
              purged++;
            }
          }
        });
        return purged;
      }),

    /** Values captured and not yet sent (the badge). */
    unsentCount: async () => Object.values(await read()).filter((entry) => entry.sealed).length,
  };
}
export type Vault = ReturnType<typeof createVault>;
