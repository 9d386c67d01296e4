// Idempotency-Key handling: the first response to (config, method, path, key) is stored for
// 24 h and replayed for the same body; a different body under the same key is a conflict.
import { createHash } from 'node:crypto';
import { HttpError, type JsonAnswer } from './http';
import type { ServerState } from './state';

const REMEMBER_MS = 24 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requireIdempotencyKey(header: string | string[] | undefined): string {
  const key = Array.isArray(header) ? header[0] : header;
  if (!key) throw new HttpError(400, 'invalid_request', 'Every write needs an Idempotency-Key header (a UUID).');
  if (!UUID.test(key.trim())) throw new HttpError(400, 'invalid_request', 'The Idempotency-Key header must be a UUID.');
  return key.trim().toLowerCase();
}

export function slotOf(configId: string, method: string, path: string, key: string): string {
  return `${configId} ${method} ${path} ${key}`;
}

export function hashBody(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

function forget(state: ServerState, now: number): void {
  for (const [slot, stored] of Object.entries(state.idempotency)) {
    if (now - Date.parse(stored.at) > REMEMBER_MS) delete state.idempotency[slot];
  }
}

/** The stored answer to replay, or undefined when this key is new. */
export function replay(state: ServerState, slot: string, body: string, now = Date.now()): JsonAnswer | undefined {
  forget(state, now);
  const stored = state.idempotency[slot];
  if (!stored) return undefined;
  if (stored.bodyHash !== hashBody(body)) {
    throw new HttpError(
      409,
      'idempotency_conflict',
      'This Idempotency-Key was already used with a different body: use a new key for a new request.',
    );
  }
  return { status: stored.status, body: stored.body, headers: { 'Idempotent-Replayed': 'true' } };
}

export function remember(state: ServerState, slot: string, body: string, answer: JsonAnswer, now = Date.now()): void {
  state.idempotency[slot] = {
    bodyHash: hashBody(body),
    status: answer.status,
    body: answer.body,
    at: new Date(now).toISOString(),
  };
}
