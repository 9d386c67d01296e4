// The send queue: what the person asked to send, persisted until HeavySet confirms it.
// Each job keeps one idempotency key for its whole life, so a retry after a dropped answer,
// a stopped worker or a browser restart never applies anything twice. ky retries quickly
// inside a call; longer waits are scheduled with chrome.alarms, which wake a stopped worker.
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { createSerial } from '../serial';
import { addNotice, counted, parseList } from '../stored';
import type { CrmType } from './contract';
import { ApiError, type HeavySetClient } from './client';
import { describeFailure } from './errors';
import type { QueueView } from '../messages';

export const QUEUE_ALARM = 'heavyset-send-queue';

const Job = z.object({
  id: z.string(),
  crm: z.string(),
  configId: z.string(),
  kind: z.enum(['connection', 'settings']),
  /** Vault fields whose values make the body (read at send time, sealed until then). */
  fields: z.array(z.string()),
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
  valueOf(crm: string, field: string): Promise<string | undefined>;
  fieldLabels(crm: string): Record<string, string>;
  /** Fields HeavySet sets itself: never part of a request. */
  isReadOnly?(crm: string, field: string): boolean;
  onSending(job: Job): Promise<void>;
  onSent(job: Job, response: unknown): Promise<void>;
  onFailed(job: Job, message: string, fieldErrors: Record<string, string>): Promise<void>;
  onWaiting(job: Job): Promise<void>;
  scheduleWake(at: Date): Promise<void>;
  now?: () => Date;
}

/** Minutes between attempts after ky's own quick retries failed: 0.25, 0.5, 1, 2, 5 … */
const backoffMs = (attempts: number) => Math.min(300_000, 15_000 * 2 ** Math.max(0, attempts - 1));

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
    await addNotice(`${counted(dropped, 'queued send')} could not be read and ${dropped === 1 ? 'was' : 'were'} dropped: press Send to HeavySet again.`);
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
        const revived = { ...same, state: 'pending' as const, nextAttemptAt: undefined };
        await write(jobs.map((j) => (j.id === same.id ? revived : j)));
        return revived;
      }
      const created: Job = {
        ...job,
        id: crypto.randomUUID(),
        idempotencyKey: crypto.randomUUID(),
        createdAt: now().toISOString(),
        attempts: 0,
        state: 'pending',
      };
      const supersedes = (j: Job) =>
        j.crm === job.crm &&
        j.kind === job.kind &&
        j.configId === job.configId &&
        j.state !== 'sending' &&
        (j.fields.some((f) => job.fields.includes(f)) || (j.settings !== undefined && job.settings !== undefined));
      const rest = jobs.filter((j) => !supersedes(j));
      await write([...rest, created]);
      return created;
    });
  }

  async function body(job: Job): Promise<Record<string, unknown> | { missing: string }> {
    const values: Record<string, unknown> = { ...(job.settings ?? {}) };
    for (const field of job.fields) {
      if (deps.isReadOnly?.(job.crm, field)) continue;
      const value = await deps.valueOf(job.crm, field);
      if (value === undefined) return { missing: field };
      values[field] = value;
    }
    return values;
  }

  async function attempt(job: Job): Promise<void> {
    const link = await deps.client();
    if ('problem' in link) {
      await updateJob(job.id, { state: 'failed', message: link.problem });
      await deps.onFailed(job, link.problem, {});
      return;
    }
    const values = await body(job);
    if ('missing' in values) {
      const label = deps.fieldLabels(job.crm)[String(values.missing)] ?? String(values.missing);
      const message = `${label} is no longer in the assistant (expired or removed): capture or paste it again.`;
      await updateJob(job.id, { state: 'failed', message });
      await deps.onFailed(job, message, {});
      return;
    }
    const sending = { ...job, state: 'sending' as const, attempts: job.attempts + 1 };
    await updateJob(job.id, { state: 'sending', attempts: sending.attempts, message: undefined });
    await deps.onSending(sending);
    try {
      const request = { crmType: job.crm as CrmType, values: values as Record<string, string> };
      const response =
        job.kind === 'connection'
          ? await link.client.patchConnection(job.configId, request, job.idempotencyKey)
          : await link.client.patchSettings(job.configId, request, job.idempotencyKey);
      await updateJob(job.id, null);
      await deps.onSent(sending, response);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError({ kind: 'offline' });
      const failure = apiError.failure;
      const message = describeFailure(failure, deps.fieldLabels(job.crm));
      if (failure.kind === 'http' && failure.code === 'idempotency_conflict') {
        await updateJob(job.id, { state: 'pending', idempotencyKey: crypto.randomUUID(), message });
        return;
      }
      if (apiError.retryable) {
        const waitMs = Math.max(backoffMs(sending.attempts), (failure.kind === 'http' ? failure.retryAfterSeconds ?? 0 : 0) * 1000);
        const at = new Date(now().getTime() + waitMs);
        const waiting = { ...sending, state: 'pending' as const, nextAttemptAt: at.toISOString(), message };
        await updateJob(job.id, { state: 'pending', nextAttemptAt: waiting.nextAttemptAt, message });
        await deps.onWaiting(waiting);
        await deps.scheduleWake(at);
        return;
      }
      await updateJob(job.id, { state: 'failed', message });
      await deps.onFailed(sending, message, failure.kind === 'http' ? failure.fields ?? {} : {});
    }
  }

  async function drain(force: boolean): Promise<void> {
    for (;;) {
      const due = (await read()).find(
        (j) => j.state === 'pending' && (force || !j.nextAttemptAt || Date.parse(j.nextAttemptAt) <= now().getTime()),
      );
      if (!due) return;
      await attempt(due);
      force = false;
    }
  }

  return {
    add,
    /** Sends what is due (`force`: also what waits for its next attempt). One run at a time. */
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
    /** Jobs that carry this field are dropped: its value changed, the old request is void. */
    forget: (crm: string, field: string) =>
      exclusive(async () => {
        const jobs = await read();
        await write(jobs.filter((j) => !(j.crm === crm && j.fields.includes(field) && j.state !== 'sending')));
      }),
    jobs: read,
    async view(crm: string): Promise<QueueView> {
      const jobs = (await read()).filter((j) => j.crm === crm);
      const failed = jobs.find((j) => j.state === 'failed');
      const sending = jobs.find((j) => j.state === 'sending');
      const waiting = jobs.find((j) => j.state === 'pending');
      const attempts = Math.max(0, ...jobs.map((j) => j.attempts));
      if (failed) return { state: 'failed', message: failed.message, attempts };
      if (sending) return { state: 'sending', message: 'Sending to HeavySet…', attempts };
      if (waiting?.nextAttemptAt)
        return {
          state: 'waiting',
          message: `${waiting.message ?? 'Not sent yet.'} Queued: the assistant retries on its own.`,
          nextAttemptAt: waiting.nextAttemptAt,
          attempts,
        };
      if (waiting) return { state: 'sending', message: 'Sending to HeavySet…', attempts };
      return { state: 'idle', attempts };
    },
    /** Clears failed jobs of a CRM (the person fixed the cause and sends again). */
    clearFailed: (crm: string) =>
      exclusive(async () => {
        await write((await read()).filter((j) => !(j.crm === crm && j.state === 'failed')));
      }),
  };
}
export type SendQueue = ReturnType<typeof createQueue>;
