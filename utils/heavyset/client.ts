// The HeavySet config API client: ky with retries on network errors, 5xx and 429 (Retry-After
// honoured), every answer parsed with the contract's zod schemas, every failure an ApiError.
// Every answer's `Date` header is shown to the server clock (freshness is judged on HeavySet's time).
import { i18n } from '#i18n';
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
import type { ServerClock } from './server-clock';

export type ApiFailure =
  | { kind: 'offline' }
  | { kind: 'timeout' }
  | {
      kind: 'http';
      status: number;
      code: string;
      message: string;
      fields?: Record<string, string>;
      retryAfterSeconds?: number;
      /** The body was not HeavySet's error format (an HTML page, a proxy's answer): maybe not HeavySet at all. */
      foreign?: boolean;
    }
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

const notHeavySet = (): string => i18n.t('errors.notHeavySet');

export interface ClientOptions {
  apiUrl: string;
  connectCode: string;
  /** In-call retries; the send queue retries further through alarms. */
  retries?: number;
  timeoutMs?: number;
  /** Cap on one Retry-After wait inside a call; longer waits go back to the queue. */
  maxRetryAfterMs?: number;
  /** Told of every answer's `Date` header (HeavySet's clock). */
  clock?: Pick<ServerClock, 'observe'>;
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
    hooks: {
      afterResponse: [
        ({ response }) => {
          options.clock?.observe(response.headers.get('Date'), Date.now());
        },
      ],
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
      throw new ApiError({ kind: 'malformed', message: notHeavySet() });
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

/** The contract's code for a status, when the body does not say (an HTML page, a proxy's answer). */
function codeOfStatus(status: number): string {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate_limited';
  return status >= 500 ? 'server_error' : 'unexpected_answer';
}

async function toApiError(error: unknown): Promise<ApiError> {
  if (error instanceof ApiError) return error;
  if (isHTTPError(error)) {
    const parsed = ApiErrorBody.safeParse(error.data);
    const status = error.response.status;
    const retryAfter = Number(error.response.headers.get('Retry-After'));
    const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
    if (parsed.success)
      return new ApiError({ kind: 'http', status, code: parsed.data.error.code, message: parsed.data.error.message, fields: parsed.data.error.fields, retryAfterSeconds });
    return new ApiError({ kind: 'http', status, code: codeOfStatus(status), message: i18n.t('errors.answered', { status }), retryAfterSeconds, foreign: true });
  }
  if (isTimeoutError(error)) return new ApiError({ kind: 'timeout' });
  // A 2xx whose body is not JSON: whatever answers at this address is not HeavySet's API.
  if (error instanceof SyntaxError) return new ApiError({ kind: 'malformed', message: notHeavySet() });
  if (isNetworkError(error) || error instanceof TypeError) return new ApiError({ kind: 'offline' });
  return new ApiError({ kind: 'malformed', message: i18n.t('bg.unexpected') });
}
