// The send queue: what the person asked to send, persisted until HeavySet confirms it.
// A job keeps one idempotency key while its body stays the same, so a retry after a dropped
// answer, a stopped worker or a browser restart never applies anything twice; a value replaced
// since the last attempt makes a new body, so a new key. ky retries quickly inside a call;
// longer waits are scheduled with chrome.alarms (they wake a stopped worker). Every retry path
// is bounded: after MAX_ATTEMPTS the job fails with words the person can act on.
import { i18n } from '#i18n';
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { createSerial } from '../serial';
import { addNotice, parseList } from '../stored';
import type { CrmType } from './contract';
import { ApiError, type ApiFailure, type HeavySetClient } from './client';
import { describeFailure } from './errors';
import type { QueueView } from '../messages';

export const QUEUE_ALARM = 'heavyset-send-queue';
/** Attempts (each with ky's own quick retries) before a send is given up and said failed. */
export const MAX_ATTEMPTS = 8;

const Job = z.object({
  id: z.string(),
  crm: z.string(),
  configId: z.string(),
  kind: z.enum(['connection', 'settings']),
  /** Vault fields whose values make the body (read at send time, sealed until then). */
  fields: z.array(z.string()),
  /** Which captured value (vault entry id) of each field the last attempt sent. */
  sentIds: z.record(z.string(), z.string()).optional(),
  /** Plain, non-secret settings values. */
  settings: z.record(z.string(), z.unknown()).optional(),
  idempotencyKey: z.string(),
  createdAt: z.string(),
  attempts: z.number(),
  state: z.enum(['pending', 'sending', 'failed']),
  nextAttemptAt: z.string().optional(),
  message: z.string().optional(),
});
export type Job = z.infer<typeof Job>;
export const queueItem = storage.defineItem<Job[]>('local:send-queue', { fallback: [], version: 1 });

export interface QueueDeps {
  /** The client for the configured link, or a reason why there is none. */
  client(): Promise<{ client: HeavySetClient; configId: string; crm: CrmType } | { problem: string }>;
  /** A field's current value for this config and which captured value it is. */
  valueOf(configId: string, crm: string, field: string): Promise<{ value: string; id: string } | undefined>;
  fieldLabels(crm: string): Record<string, string>;
  /** Fields HeavySet sets itself: never part of a request. */
  isReadOnly?(crm: string, field: string): boolean;
  /** `job.sentIds` names the captured values concerned. */
  onSending(job: Job): Promise<void>;
  onSent(job: Job, response: unknown): Promise<void>;
  /** `failure`: what HeavySet answered, when it answered (a refused code, a refused field). */
  onFailed(job: Job, message: string, fieldErrors: Record<string, string>, failure?: ApiFailure): Promise<void>;
  onWaiting(job: Job): Promise<void>;
  scheduleWake(at: Date): Promise<void>;
  now?: () => Date;
}

/** Waits between attempts after ky's own quick retries failed: 15 s, 30 s, 1, 2, 4, 5, 5 min. */
export const backoffMs = (attempts: number) => Math.min(300_000, 15_000 * 2 ** Math.max(0, attempts - 1));

export function createQueue(deps: QueueDeps) {
  const now = deps.now ?? (() => new Date());
  const exclusive = createSerial();
  let running: Promise<void> | undefined;

  /** The jobs that parse; unreadable ones are dropped for good (and the person told) once. */
  const read = async (): Promise<Job[]> => {
    const { value, dropped } = parseList(Job, await queueItem.getValue());
    if (dropped) void exclusive(repair);
    return value;
  };
  async function repair(): Promise<void> {
    const { value, dropped } = parseList(Job, await queueItem.getValue());
    if (!dropped) return;
    await queueItem.setValue(value);
    await addNotice(i18n.t('bg.queue.dropped', dropped));
  }
  const write = (jobs: Job[]) => queueItem.setValue(jobs);
  const updateJob = (id: string, patch: Partial<Job> | null) =>
    exclusive(async () => {
      const jobs = await read();
      await write(patch === null ? jobs.filter((j) => j.id !== id) : jobs.map((j) => (j.id === id ? { ...j, ...patch } : j)));
    });

  async function add(request: Omit<Job, 'id' | 'idempotencyKey' | 'createdAt' | 'attempts' | 'state'>): Promise<Job> {
    const job = { ...request, fields: request.fields.filter((f) => !deps.isReadOnly?.(request.crm, f)) };
    return exclusive(async () => {
      const jobs = await read();
      // A job for the same target with the same fields keeps its key (a resend is a replay);
      // otherwise the newer request replaces the older one.
      const same = jobs.find(
        (j) =>
          j.crm === job.crm &&
          j.kind === job.kind &&
          j.configId === job.configId &&
          j.fields.join() === job.fields.join() &&
          JSON.stringify(j.settings ?? null) === JSON.stringify(job.settings ?? null),
      );
      if (same) {
        const revived = { ...same, state: same.state === 'sending' ? same.state : ('pending' as const), attempts: 0, nextAttemptAt: undefined };
        await write(jobs.map((j) => (j.id === same.id ? revived : j)));
        return revived;
      }
      const created: Job = { ...job, id: crypto.randomUUID(), idempotencyKey: crypto.randomUUID(), createdAt: now().toISOString(), attempts: 0, state: 'pending' };
      const supersedes = (j: Job) =>
        j.crm === job.crm &&
        j.kind === job.kind &&
        j.configId === job.configId &&
        j.state !== 'sending' &&
        (j.fields.some((f) => job.fields.includes(f)) || (j.settings !== undefined && job.settings !== undefined));
      await write([...jobs.filter((j) => !supersedes(j)), created]);
      return created;
    });
  }

  /** The body's values and which captured values they are, or the field that is gone. */
  async function body(job: Job): Promise<{ values: Record<string, unknown>; ids: Record<string, string> } | { missing: string }> {
    const values: Record<string, unknown> = { ...(job.settings ?? {}) };
    const ids: Record<string, string> = {};
    for (const field of job.fields) {
      if (deps.isReadOnly?.(job.crm, field)) continue;
      const held = await deps.valueOf(job.configId, job.crm, field);
      if (!held) return { missing: field };
      values[field] = held.value;
      ids[field] = held.id;
    }
    return { values, ids };
  }

  const sameIds = (a: Record<string, string> | undefined, b: Record<string, string>) =>
    !a || Object.keys(b).every((field) => a[field] === b[field]);

  async function fail(job: Job, message: string, fieldErrors: Record<string, string> = {}, failure?: ApiFailure): Promise<void> {
    await updateJob(job.id, { state: 'failed', message, nextAttemptAt: undefined });
    await deps.onFailed(job, message, fieldErrors, failure);
  }

  async function attempt(job: Job): Promise<void> {
    const link = await deps.client();
    if ('problem' in link) return fail(job, link.problem);
    if (link.configId !== job.configId)
      return fail(job, i18n.t('bg.queue.otherConfig'));
    const made = await body(job);
    if ('missing' in made) {
      const label = deps.fieldLabels(job.crm)[made.missing] ?? made.missing;
      return fail(job, i18n.t('bg.queue.gone', { field: label }));
    }
    // A value replaced since the last attempt is a different request: it gets its own key.
    const key = sameIds(job.sentIds, made.ids) ? job.idempotencyKey : crypto.randomUUID();
    const sending: Job = { ...job, state: 'sending', attempts: job.attempts + 1, sentIds: made.ids, idempotencyKey: key, message: undefined };
    await updateJob(job.id, { state: 'sending', attempts: sending.attempts, sentIds: made.ids, idempotencyKey: key, message: undefined });
    await deps.onSending(sending);
    try {
      const request = { crmType: job.crm, values: made.values as Record<string, string> };
      const response =
        job.kind === 'connection'
          ? await link.client.patchConnection(job.configId, request, key)
          : await link.client.patchSettings(job.configId, request, key);
      await updateJob(job.id, null);
      await deps.onSent(sending, response);
    } catch (error) {
      const failure = (error instanceof ApiError ? error : new ApiError({ kind: 'offline' })).failure;
      const message = describeFailure(failure, deps.fieldLabels(job.crm));
      const conflict = failure.kind === 'http' && failure.code === 'idempotency_conflict';
      const retryable = conflict || new ApiError(failure).retryable;
      if (!retryable) return fail(sending, message, failure.kind === 'http' ? (failure.fields ?? {}) : {}, failure);
      if (sending.attempts >= MAX_ATTEMPTS)
        return fail(sending, i18n.t('bg.queue.gaveUp', { problem: message, attempts: MAX_ATTEMPTS }));
      const waitMs = Math.max(backoffMs(sending.attempts), (failure.kind === 'http' ? (failure.retryAfterSeconds ?? 0) : 0) * 1000);
      const at = new Date(now().getTime() + waitMs).toISOString();
      // A conflict means HeavySet holds another body under this key: the next attempt uses a new one.
      const patch = { state: 'pending' as const, nextAttemptAt: at, message, ...(conflict ? { idempotencyKey: crypto.randomUUID() } : {}) };
      await updateJob(job.id, patch);
      await deps.onWaiting({ ...sending, ...patch });
      await deps.scheduleWake(new Date(at));
    }
  }

  async function drain(force: boolean): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      const due = (await read()).find(
        (j) => j.state === 'pending' && !tried.has(j.id) && (force || !j.nextAttemptAt || Date.parse(j.nextAttemptAt) <= now().getTime()),
      );
      if (!due) return;
      tried.add(due.id);
      await attempt(due);
    }
  }

  return {
    add,
    /** Sends what is due (`force`: also what waits for its next attempt); each job once per run. */
    run(force = false): Promise<void> {
      running ??= drain(force).finally(() => (running = undefined));
      return running;
    },
    /** After a stopped worker: a job caught mid-send is sent again under the same key. */
    async resume(): Promise<void> {
      await exclusive(async () => {
        const jobs = await read();
        if (jobs.some((j) => j.state === 'sending')) {
          await write(jobs.map((j) => (j.state === 'sending' ? { ...j, state: 'pending' as const, nextAttemptAt: undefined } : j)));
        }
      });
      const waiting = (await read()).filter((j) => j.state === 'pending' && j.nextAttemptAt);
      for (const job of waiting) await deps.scheduleWake(new Date(job.nextAttemptAt!));
      await this.run();
    },
    jobs: read,
    /** Resolves when the run in flight (if any) is over. */
    settled: (): Promise<void> => running ?? Promise.resolve(),
    async view(crm: string): Promise<QueueView> {
      const jobs = (await read()).filter((j) => j.crm === crm);
      const failed = jobs.find((j) => j.state === 'failed');
      const sending = jobs.find((j) => j.state === 'sending');
      const waiting = jobs.find((j) => j.state === 'pending');
      const attempts = Math.max(0, ...jobs.map((j) => j.attempts));
      if (failed) return { state: 'failed', message: failed.message, attempts };
      if (sending) return { state: 'sending', message: i18n.t('bg.queue.sending'), attempts };
      if (waiting?.nextAttemptAt)
        return {
          state: 'waiting',
          message: i18n.t('bg.queue.queued', { problem: waiting.message ?? i18n.t('bg.queue.notYet') }),
          nextAttemptAt: waiting.nextAttemptAt,
          attempts,
        };
      if (waiting) return { state: 'sending', message: i18n.t('bg.queue.sending'), attempts };
      return { state: 'idle', attempts };
    },
    /** Clears failed jobs of a CRM (the person fixed the cause and sends again). */
    clearFailed: (crm: string) =>
      exclusive(async () => {
        await write((await read()).filter((j) => !(j.crm === crm && j.state === 'failed')));
      }),
    /** Drops the jobs of a config's CRM (or only those carrying `field`) not being sent: the
     *  person removed the values. */
    forget: (configId: string, crm: string, field?: string) =>
      exclusive(async () => {
        const carries = (j: Job) => j.configId === configId && j.crm === crm && j.state !== 'sending' && (field === undefined || j.fields.includes(field));
        await write((await read()).filter((j) => !carries(j)));
      }),
  };
}
export type SendQueue = ReturnType<typeof createQueue>;
