// Helpers for tests that talk to a running reference server with global fetch.
import { randomUUID } from 'node:crypto';
import type { CrmType } from '../../../utils/heavyset/contract';
import { PlaybookEnvelope } from '../../../utils/heavyset/contract-playbooks';
import type { ReferenceServer } from './index';

export interface CallResult {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers freely
  body: any;
}

async function toResult(response: Response): Promise<CallResult> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // HTML pages and other text stay as text.
  }
  return { status: response.status, headers: response.headers, body };
}

export interface ApiCallOptions {
  code?: string | null;
  body?: unknown;
  /** Raw body text instead of JSON.stringify(body). */
  rawBody?: string;
  /** Idempotency-Key for writes: a fresh UUID unless given; null sends none. */
  key?: string | null;
  headers?: Record<string, string>;
}

/** Calls the /v1 API; writes (POST/PATCH) get a fresh Idempotency-Key unless `key` says otherwise. */
export async function callApi(
  server: ReferenceServer,
  method: string,
  path: string,
  options: ApiCallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.code !== null) headers.Authorization = `Bearer ${options.code ?? server.codes.leap}`;
  const write = method === 'POST' || method === 'PATCH';
  if (write && options.key !== null) headers['Idempotency-Key'] = options.key ?? randomUUID();
  let body: string | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return toResult(await fetch(server.url + path, { method, headers, body }));
}

/** Calls a sandbox endpoint (/sandbox/…), JSON in and out. */
export async function callSandbox(server: ReferenceServer, method: string, path: string, body?: unknown): Promise<CallResult> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  return toResult(await fetch(server.url + path, init));
}

export const configPath = (configId: string, rest: string): string => `/v1/crm-configs/${configId}/${rest}`;

export interface PlaybookToPublish {
  crmType: CrmType;
  version: number;
  /** Default "0.0.0" (any extension). */
  minExtensionVersion?: string;
  /** Opaque to the server: any JSON value. */
  playbook: unknown;
}

/** Publishes a playbook signed with the sandbox key; returns the envelope GET /v1/playbooks/{crmType} now serves. */
export async function publishPlaybook(server: ReferenceServer, playbook: PlaybookToPublish): Promise<PlaybookEnvelope> {
  const result = await callSandbox(server, 'POST', '/sandbox/playbooks', playbook);
  if (result.status !== 201) throw new Error(`Publishing the ${playbook.crmType} playbook failed: ${result.status} ${JSON.stringify(result.body)}`);
  return PlaybookEnvelope.parse(result.body.envelope);
}
