// Captured values, sealed with AES-GCM before they touch storage.local and bound to the CRM
// config they were captured for (the seal's additional data names config, CRM and field: a value
// cannot be moved to another organization by editing storage). Purged after a confirmed send or
// when they expire. Only the background uses it (content scripts can't).
import { i18n } from '#i18n';
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { Sealed, type CryptoBox } from './crypto-box';
import { createSerial } from './serial';
import { lastFour } from './value-text';
import { addNotice, parseRecord } from './stored';

export const DEFAULT_EXPIRY_HOURS = 24;
const HISTORY_LIMIT = 10;

/** The CRM config a value belongs to; null: captured before a connect code for its CRM was saved. */
export interface Binding {
  configId: string | null;
  /** "Acme Roofing — Main CRM", for the popup. */
  organization?: string;
}

const Proposal = z.object({
  id: z.string(),
  sealed: Sealed,
  lastFour: z.string(),
  source: z.string(),
  how: z.enum(['page', 'picked', 'typed', 'pasted']),
  capturedAt: z.string(),
  rank: z.number().optional(),
});
export type Proposal = z.infer<typeof Proposal>;

const Entry = z.object({
  configId: z.string().nullable(),
  organization: z.string().optional(),
  crm: z.string(),
  field: z.string(),
  /** This captured value (a new value gets a new id: a send of an older one never marks it sent). */
  id: z.string(),
  /** Absent once sent (purged) or removed. */
  sealed: Sealed.optional(),
  /** Sealed before values were bound (no additional data): opened as such, bound on first use. */
  legacy: z.boolean().optional(),
  lastFour: z.string(),
  source: z.string(),
  how: z.enum(['page', 'picked', 'typed', 'pasted']),
  /** How strong the page's evidence was (page captures only). */
  rank: z.number().optional(),
  capturedAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(['captured', 'queued', 'sending', 'sent', 'failed']),
  sentAt: z.string().optional(),
  error: z.string().optional(),
  /** A different value the page showed for this field, waiting for the person's choice. */
  proposed: Proposal.optional(),
  history: z.array(z.object({ capturedAt: z.string(), replacedAt: z.string(), wasSent: z.boolean() })),
});
export type VaultEntry = z.infer<typeof Entry>;
type VaultData = Record<string, VaultEntry>;

/** v1 (values keyed by CRM and field only, sealed without additional data) → v2 (bound). */
export function migrateVaultV1(old: unknown): VaultData {
  const out: VaultData = {};
  if (!old || typeof old !== 'object') return out;
  for (const entry of Object.values(old as Record<string, Record<string, unknown>>)) {
    if (!entry || typeof entry !== 'object' || typeof entry.crm !== 'string' || typeof entry.field !== 'string') continue;
    const upgraded = { ...entry, configId: null, id: crypto.randomUUID(), legacy: true };
    out[keyOf(null, entry.crm, entry.field)] = upgraded as VaultEntry;
  }
  return out;
}

export const vaultItem = storage.defineItem<VaultData>('local:vault', {
  fallback: {},
  version: 2,
  migrations: { 2: migrateVaultV1 },
});
/** The latest time the vault has seen: a clock set back never makes a value live longer. */
export const vaultClockItem = storage.defineItem<number>('local:vault-clock', { fallback: 0, version: 1 });

const keyOf = (configId: string | null, crm: string, field: string) => `${configId ?? '-'}:${crm}:${field}`;
const additionalData = (configId: string | null, crm: string, field: string) => `heavyset-vault|${configId ?? '-'}|${crm}|${field}`;

export interface PutInput {
  binding: Binding;
  crm: string;
  field: string;
  value: string;
  source: string;
  how: VaultEntry['how'];
  rank?: number;
  /** A different value for a field already held: 'ask' keeps it aside for the person to choose
   *  (a page must not replace a value silently) unless it is better evidence, on the same page and
   *  within minutes, for a value not sent yet; 'replace' applies it (the person typed or picked it). */
  onChange: 'ask' | 'replace';
}

/** A page's better evidence replaces its own weaker capture, silently, only this soon. */
const IMPROVE_WITHIN_MS = 10 * 60_000;

export type PutOutcome = 'stored' | 'unchanged' | 'proposed';

export interface VaultOptions {
  expiryHours?: number;
  /** The time (default: this computer's clock); the background gives HeavySet's when it knows it. */
  now?: () => Date | Promise<Date>;
}

export function createVault(box: CryptoBox, options: VaultOptions = {}) {
  const now = async () => options.now?.() ?? new Date();
  const expiryMs = (options.expiryHours ?? DEFAULT_EXPIRY_HOURS) * 3_600_000;
  // Messages arrive concurrently; every read-modify-write goes through this chain.
  const exclusive = createSerial();

  /** The entries that parse; unreadable ones are dropped for good (and the person told) once. */
  async function read(): Promise<VaultData> {
    const { value, dropped } = parseRecord(Entry, await vaultItem.getValue());
    if (dropped) void exclusive(() => drop(() => false, (n) => i18n.t('bg.vault.unreadable', n)));
    return value;
  }

  /** Removes unreadable entries and those `condemned` says, with a notice in words. */
  async function drop(condemned: (entry: VaultEntry) => boolean, words: (n: number) => string): Promise<void> {
    const parsed = parseRecord(Entry, await vaultItem.getValue());
    const kept = Object.fromEntries(Object.entries(parsed.value).filter(([, entry]) => !condemned(entry)));
    const n = parsed.dropped + Object.keys(parsed.value).length - Object.keys(kept).length;
    if (!n) return;
    await vaultItem.setValue(kept);
    await addNotice(words(n));
  }

  const undecryptable = (n: number) => i18n.t('bg.vault.undecryptable', n);

  const aadOf = (entry: VaultEntry) => (entry.legacy ? undefined : additionalData(entry.configId, entry.crm, entry.field));

  /** The value, or undefined; a value that cannot be decrypted (its key was lost) is removed. */
  async function open(entry: VaultEntry | undefined): Promise<string | undefined> {
    if (!entry?.sealed) return undefined;
    try {
      return await box.open(entry.sealed, aadOf(entry));
    } catch {
      const id = entry.id;
      // Not awaited: this may run inside an exclusive section, which the drop must follow.
      void exclusive(() => drop((e) => e.id === id, undecryptable));
      return undefined;
    }
  }

  async function update(mutate: (data: VaultData) => Promise<void> | void): Promise<void> {
    const data = await read();
    await mutate(data);
    await vaultItem.setValue(data);
  }

  /** Now, never before a time the vault has already seen (a clock set back does not extend a value's life). */
  async function steadyNow(): Promise<Date> {
    const seen = await vaultClockItem.getValue();
    const current = (await now()).getTime();
    if (current > seen) await vaultClockItem.setValue(current);
    return new Date(Math.max(current, seen));
  }

  function fresh(input: PutInput, at: Date): Omit<VaultEntry, 'sealed' | 'history'> {
    return {
      configId: input.binding.configId,
      organization: input.binding.organization,
      crm: input.crm,
      field: input.field,
      id: crypto.randomUUID(),
      lastFour: lastFour(input.value),
      source: input.source,
      how: input.how,
      ...(input.rank !== undefined ? { rank: input.rank } : {}),
      capturedAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + expiryMs).toISOString(),
      status: 'captured',
    };
  }

  const seal = (value: string, binding: Binding, crm: string, field: string) => box.seal(value, additionalData(binding.configId, crm, field));

  return {
    /** The vault's own steady time: what is compared with capture times is stamped on it too. */
    now: steadyNow,
    expiryHours: expiryMs / 3_600_000,

    /** Stores a value for its binding; the same value again is 'unchanged'; a different one is
     *  kept aside ('proposed') or replaces it, as `onChange` says. History keeps dates only. */
    put: (input: PutInput) =>
      exclusive(async () => {
        let outcome: PutOutcome = 'stored';
        await update(async (data) => {
          const key = keyOf(input.binding.configId, input.crm, input.field);
          const existing = data[key];
          const at = await now();
          if (existing && (await open(existing)) === input.value) {
            outcome = 'unchanged';
            if (existing.proposed) delete existing.proposed;
            return;
          }
          const held = existing && (existing.sealed || existing.status === 'sent');
          const improves =
            !!existing?.sealed &&
            existing.status !== 'sent' &&
            existing.how === 'page' &&
            existing.source === input.source &&
            (input.rank ?? 0) > (existing.rank ?? 0) &&
            at.getTime() - Date.parse(existing.capturedAt) < IMPROVE_WITHIN_MS;
          if (held && input.onChange === 'ask' && !improves) {
            const aside = existing.proposed && (await box.open(existing.proposed.sealed, additionalData(input.binding.configId, input.crm, input.field)).catch(() => undefined));
            if (aside === input.value) {
              outcome = 'unchanged';
              return;
            }
            const { id, lastFour: four, source, how, capturedAt, rank } = fresh(input, at);
            existing.proposed = { id, sealed: await seal(input.value, input.binding, input.crm, input.field), lastFour: four, source, how, capturedAt, rank };
            outcome = 'proposed';
            return;
          }
          const history = existing ? [{ capturedAt: existing.capturedAt, replacedAt: at.toISOString(), wasSent: existing.status === 'sent' }, ...existing.history] : [];
          data[key] = { ...fresh(input, at), sealed: await seal(input.value, input.binding, input.crm, input.field), history: history.slice(0, HISTORY_LIMIT) };
        });
        return { outcome, lastFour: lastFour(input.value) };
      }),

    /** The person chose between the held value and the proposed one. */
    decide: (configId: string | null, crm: string, field: string, use: 'proposed' | 'held') =>
      exclusive(() =>
        update(async (data) => {
          const entry = data[keyOf(configId, crm, field)];
          const proposal = entry?.proposed;
          if (!entry || !proposal) return;
          delete entry.proposed;
          if (use === 'held') return;
          const history = [{ capturedAt: entry.capturedAt, replacedAt: (await now()).toISOString(), wasSent: entry.status === 'sent' }, ...entry.history];
          const expiresAt = new Date(Date.parse(proposal.capturedAt) + expiryMs).toISOString();
          data[keyOf(configId, crm, field)] = {
            ...entry,
            ...proposal,
            legacy: undefined,
            expiresAt,
            status: 'captured',
            sentAt: undefined,
            error: undefined,
            history: history.slice(0, HISTORY_LIMIT),
          };
        }),
      ),

    get: async (configId: string | null, crm: string, field: string) => (await read())[keyOf(configId, crm, field)],
    /** A CRM's entries for every binding (or for one config, and its unbound ones, with `configId`). */
    list: async (crm: string, configId?: string | null) =>
      Object.values(await read()).filter((e) => e.crm === crm && (configId === undefined || e.configId === configId)),
    /** The value and the id of the captured value it is. */
    value: async (configId: string | null, crm: string, field: string) => {
      const entry = (await read())[keyOf(configId, crm, field)];
      const value = await open(entry);
      return value === undefined || !entry ? undefined : { value, id: entry.id };
    },
    /** The value of an entry already read (saves a storage round trip). */
    open,

    /** Sets the status of the values of these fields — only of the captured value named by its
     *  id when `ids` gives one (a value replaced since keeps its own status). */
    setStatus: (configId: string, crm: string, fields: string[], status: VaultEntry['status'], error?: string, ids: Record<string, string> = {}) =>
      exclusive(() =>
        update((data) => {
          for (const field of fields) {
            const entry = data[keyOf(configId, crm, field)];
            if (entry?.sealed && (ids[field] === undefined || ids[field] === entry.id)) Object.assign(entry, { status, error });
          }
        }),
      ),

    /** HeavySet confirmed these captured values (by id): forget them, keep the record that they
     *  were sent. A value replaced since is neither forgotten nor marked sent. */
    markSent: (configId: string, crm: string, sent: Record<string, string>) =>
      exclusive(() =>
        update(async (data) => {
          const at = (await steadyNow()).toISOString();
          for (const [field, id] of Object.entries(sent)) {
            const entry = data[keyOf(configId, crm, field)];
            if (!entry || entry.id !== id) continue;
            delete entry.sealed;
            Object.assign(entry, { status: 'sent', sentAt: at, error: undefined });
          }
        }),
      ),

    /** Values captured before a code was saved, used for this config (sealed again, bound to it). */
    bind: (crm: string, binding: Binding & { configId: string }) =>
      exclusive(() =>
        update(async (data) => {
          for (const [key, entry] of Object.entries(data)) {
            if (entry.crm !== crm || entry.configId !== null) continue;
            const value = await open(entry);
            delete data[key];
            if (value === undefined) continue;
            const target = keyOf(binding.configId, crm, entry.field);
            if (data[target]?.sealed) continue; // the config's own value wins
            data[target] = { ...entry, configId: binding.configId, organization: binding.organization, legacy: undefined, sealed: await seal(value, binding, crm, entry.field) };
          }
        }),
      ),

    /** Removes one value, or every value of a binding of a CRM (`field` omitted). */
    remove: (configId: string | null, crm: string, field?: string) =>
      exclusive(() =>
        update((data) => {
          for (const [key, entry] of Object.entries(data))
            if (entry.crm === crm && entry.configId === configId && (field === undefined || entry.field === field)) delete data[key];
        }),
      ),

    /** Drops values past their expiry (by the steady clock); returns how many. */
    purgeExpired: () =>
      exclusive(async () => {
        let purged = 0;
        const at = (await steadyNow()).getTime();
        await update((data) => {
          for (const [key, entry] of Object.entries(data)) {
            if (entry.sealed && Date.parse(entry.expiresAt) <= at) {
              delete data[key];
              purged++;
            }
          }
        });
        return purged;
      }),

    /** The key they were sealed with is gone: every sealed value (or proposal) is dropped, with one notice. */
    dropSealed: () => exclusive(() => drop((e) => e.sealed !== undefined || e.proposed !== undefined, undecryptable)),

    /** Values captured and not yet sent (the badge). */
    unsentCount: async () => Object.values(await read()).filter((entry) => entry.sealed).length,
  };
}
export type Vault = ReturnType<typeof createVault>;
