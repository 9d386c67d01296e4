// The HeavySet config API client: ky with retries on network errors, 5xx and 429 (Retry-After
// honoured), every answer parsed with the contract's zod schemas, every failure an ApiError.
import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import type { z } from 'zod';
import {
  ApiErrorBody,
  ConnectionStatus,
  Session,
  SettingsOptions,
  SettingsStatus,
  VerifyResult,
  OAuthAuthorize,
  type ConnectionPatch,
  type SettingsPatch,
} from './contract';
import { PageReportCreated, type PageReportRequest } from './contract-playbooks';

export type ApiFailure =
  | { kind: 'offline' }
  | { kind: 'timeout' }
  | { kind: 'http'; status: number; code: string; message: string; fields?: Record<string, string>; retryAfterSeconds?: number }
  | { kind: 'malformed'; message: string };

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.kind === 'http' ? `${failure.status} ${failure.code}` : failure.kind);
    this.name = 'ApiError';
  }
  /** Worth another try later (the same idempotency key keeps it safe). */
  get retryable(): boolean {
    const f = this.failure;
    return f.kind === 'offline' || f.kind === 'timeout' || (f.kind === 'http' && (f.status >= 500 || f.status === 429 || f.status === 408));
  }
}

export interface ClientOptions {
  apiUrl: string;
  connectCode: string;
  /** In-call retries; the send queue retries further through alarms. */
  retries?: number;
  timeoutMs?: number;
  /** Cap on one Retry-After wait inside a call; longer waits go back to the queue. */
  maxRetryAfterMs?: number;
}

export function createClient(options: ClientOptions) {
  const http: KyInstance = ky.create({
    prefix: options.apiUrl.replace(/\/+$/, '') + '/v1',
    headers: { Authorization: `Bearer ${options.connectCode}` },
    timeout: options.timeoutMs ?? 15_000,
    retry: {
      limit: options.retries ?? 3,
      methods: ['get', 'patch', 'post'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: options.maxRetryAfterMs ?? 10_000,
      backoffLimit: 5_000,
      jitter: (delay: number) => delay * (0.8 + Math.random() * 0.4),
      retryOnTimeout: true,
    },
  });

  async function call<T extends z.ZodType>(schema: T, run: () => Promise<unknown>): Promise<z.infer<T>> {
    let body: unknown;
    try {
      body = await run();
    } catch (error) {
      throw await toApiError(error);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new ApiError({ kind: 'malformed', message: 'HeavySet answered in an unexpected format.' });
    }
    return parsed.data;
  }

  const write = (idempotencyKey: string) => ({ headers: { 'Idempotency-Key': idempotencyKey } });
  const config = (configId: string) => `crm-configs/${encodeURIComponent(configId)}`;

  return {
    session: () => call(Session, () => http.get('session').json()),
    connection: (configId: string) => call(ConnectionStatus, () => http.get(`${config(configId)}/connection`).json()),
    patchConnection: (configId: string, body: ConnectionPatch, idempotencyKey: string) =>
      call(ConnectionStatus, () => http.patch(`${config(configId)}/connection`, { json: body, ...write(idempotencyKey) }).json()),
    settings: (configId: string) => call(SettingsStatus, () => http.get(`${config(configId)}/settings`).json()),
    patchSettings: (configId: string, body: SettingsPatch, idempotencyKey: string) =>
      call(SettingsStatus, () => http.patch(`${config(configId)}/settings`, { json: body, ...write(idempotencyKey) }).json()),
    settingsOptions: (configId: string) =>
      call(SettingsOptions, () => http.get(`${config(configId)}/settings/options`).json()),
    verify: (configId: string, idempotencyKey: string) =>
      call(VerifyResult, () => http.post(`${config(configId)}/verify`, write(idempotencyKey)).json()),
    /** `endpoint`: the CRM type's authorize path under its config (from the playbook's OAuth spec). */
    authorize: (configId: string, endpoint: string, body: Record<string, string>, idempotencyKey: string) =>
      call(OAuthAuthorize, () => http.post(`${config(configId)}/${endpoint}`, { json: body, ...write(idempotencyKey) }).json()),
    /** "Report this page": a redacted snapshot the person previewed and chose to send. */
    pageReport: (configId: string, body: PageReportRequest, idempotencyKey: string) =>
      call(PageReportCreated, () => http.post(`${config(configId)}/page-reports`, { json: body, ...write(idempotencyKey) }).json()),
  };
}
export type HeavySetClient = ReturnType<typeof createClient>;

async function toApiError(error: unknown): Promise<ApiError> {
  if (error instanceof ApiError) return error;
  if (isHTTPError(error)) {
    const parsed = ApiErrorBody.safeParse(error.data);
    const retryAfter = Number(error.response.headers.get('Retry-After'));
    return new ApiError({
      kind: 'http',
      status: error.response.status,
      code: parsed.success ? parsed.data.error.code : 'server_error',
      message: parsed.success ? parsed.data.error.message : `HeavySet answered ${error.response.status}.`,
      fields: parsed.success ? parsed.data.error.fields : undefined,
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    });
  }
  if (isTimeoutError(error)) return new ApiError({ kind: 'timeout' });
  if (isNetworkError(error) || error instanceof TypeError) return new ApiError({ kind: 'offline' });
  return new ApiError({ kind: 'malformed', message: 'Unexpected error while talking to HeavySet.' });
}
