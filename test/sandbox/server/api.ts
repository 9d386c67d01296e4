// The HeavySet config API (/v1/…): faults, size limit, route, rate limit, auth, idempotency, handler.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES, Session } from '../../../utils/heavyset/contract';
import { MAX_PAGE_REPORT_BYTES } from '../../../utils/heavyset/report-limits';
import type { ServerCrmType as CrmType } from './contract-tables';
import { connectionStatus, patchConnection, patchSettings, settingsOptions, settingsStatus } from './config-api';
import type { ServerContext } from './context';
import { AuthorizeBody, startZohoAuthorization } from './crm-zoho';
import {
  HttpError,
  declaredTooLarge,
  drainThenClose,
  errorAnswer,
  jsonAnswer,
  parseJson,
  readBody,
  send,
  sendHtml,
  tooLarge,
  type JsonAnswer,
} from './http';
import { remember, replay, requireIdempotencyKey, slotOf } from './idempotency';
import { createPageReport } from './page-reports';
import { playbookAnswer } from './playbooks';
import type { ConnectCodeRecord, CrmConfig } from './state';
import { verifyConfig } from './verify';
import { notFound, parseOr422 } from './validation';

type RouteName = 'session' | 'connection' | 'settings' | 'options' | 'verify' | 'authorize' | 'pageReports';
interface Route {
  name: RouteName;
  configId?: string;
  write: boolean;
}
/** Needs no connect code. */
interface PlaybookRoute {
  name: 'playbook';
  crmType: string;
}

const CONFIG_ROUTES: Record<string, { name: RouteName; methods: string[] }> = {
  connection: { name: 'connection', methods: ['GET', 'PATCH'] },
  settings: { name: 'settings', methods: ['GET', 'PATCH'] },
  'settings/options': { name: 'options', methods: ['GET'] },
  verify: { name: 'verify', methods: ['POST'] },
  'zoho/authorize': { name: 'authorize', methods: ['POST'] },
  'page-reports': { name: 'pageReports', methods: ['POST'] },
};

const PAGE_REPORTS_PATH = /^\/v1\/crm-configs\/[^/]+\/page-reports$/;

/** Page reports carry a page snapshot: 1 MiB for them, 64 KiB for everything else. */
function bodyLimitOf(method: string, path: string): number {
  return method === 'POST' && PAGE_REPORTS_PATH.test(path) ? MAX_PAGE_REPORT_BYTES : MAX_BODY_BYTES;
}

function matchRoute(method: string, path: string): Route | PlaybookRoute {
  const write = method === 'POST' || method === 'PATCH';
  if (path === '/v1/session' && method === 'GET') return { name: 'session', write };
  const playbook = /^\/v1\/playbooks\/([^/]+)$/.exec(path);
  if (playbook && method === 'GET') return { name: 'playbook', crmType: playbook[1] ?? '' };
  const match = /^\/v1\/crm-configs\/([^/]+)\/(.+)$/.exec(path);
  const route = match?.[2] ? CONFIG_ROUTES[match[2]] : undefined;
  if (!match || !route || !route.methods.includes(method)) throw notFound(`No API route ${method} ${path}.`);
  return { name: route.name, configId: decodeURIComponent(match[1] ?? ''), write };
}

function bearerOf(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

function unauthorized(message: string): HttpError {
  return new HttpError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer' });
}

function authenticate(ctx: ServerContext, code: string | undefined): ConnectCodeRecord {
  if (!code) throw unauthorized('Send the connect code as "Authorization: Bearer hsc_…".');
  const record = ctx.store.state.connectCodes[code];
  if (!record) throw unauthorized('This connect code is not known: copy it again from the HeavySet platform.');
  if (record.revoked) throw unauthorized('This connect code was revoked: ask HeavySet for a new one.');
  if (Date.parse(record.expiresAt) <= Date.now()) throw unauthorized('This connect code has expired: ask HeavySet for a new one.');
  return record;
}

function configFor(ctx: ServerContext, route: Route, grant: ConnectCodeRecord): CrmConfig | undefined {
  if (route.configId === undefined) return undefined;
  const config = ctx.store.state.configs[route.configId];
  if (!config) throw notFound(`No CRM config ${route.configId}.`);
  if (config.id !== grant.configId) throw new HttpError(403, 'forbidden', 'This connect code is for another CRM config.');
  return config;
}

function sessionOf(ctx: ServerContext, grant: ConnectCodeRecord): Session {
  const state = ctx.store.state;
  const config = state.configs[grant.configId];
  const organization = state.organizations.find((o) => o.id === config?.orgId);
  if (!config || !organization) throw new HttpError(500, 'server_error', 'The connect code points to a missing config.');
  return {
    organization,
    crmConfig: { id: config.id, name: config.name, crmType: config.crmType },
    expiresAt: grant.expiresAt,
  };
}

function mismatch(config: CrmConfig, expected: CrmType): HttpError {
  return new HttpError(409, 'crm_type_mismatch', `This endpoint is for ${expected} configs; this config is ${config.crmType}.`);
}

function run(ctx: ServerContext, route: Route, grant: ConnectCodeRecord, config: CrmConfig | undefined, rawBody: string): JsonAnswer {
  const state = ctx.store.state;
  const now = new Date().toISOString();
  if (route.name === 'session') return jsonAnswer(200, sessionOf(ctx, grant));
  if (!config) throw notFound();
  const body = route.write && rawBody.trim() !== '' ? parseJson(rawBody) : undefined;
  switch (route.name) {
    case 'connection':
      return jsonAnswer(200, route.write ? patchConnection(config, body, now) : connectionStatus(config));
    case 'settings':
      return jsonAnswer(200, route.write ? patchSettings(state, config, body, now) : settingsStatus(config));
    case 'options':
      return jsonAnswer(200, settingsOptions(state, config));
    case 'verify':
      return jsonAnswer(200, verifyConfig(state, config));
    case 'authorize': {
      if (config.crmType !== 'zoho') throw mismatch(config, 'zoho');
      const { location } = parseOr422(AuthorizeBody, body ?? {});
      return jsonAnswer(200, startZohoAuthorization(state, config.id, location ?? 'us', ctx.url()));
    }
    case 'pageReports':
      return jsonAnswer(201, createPageReport(state, config, body, now));
  }
}

function answerOf(error: unknown): JsonAnswer {
  if (error instanceof HttpError) return errorAnswer(error);
  console.error('reference server: unexpected error', error instanceof Error ? error.message : error);
  return errorAnswer(new HttpError(500, 'server_error', 'The HeavySet API failed unexpectedly: try again.'));
}

function injectFault(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, path: string): boolean {
  const fault = ctx.faults.take(path, req.method);
  if (!fault) return false;
  if (fault.kind === 'drop') req.socket.destroy();
  else if (fault.kind === 'hang') {
    ctx.hanging.add(res);
    res.on('close', () => ctx.hanging.delete(res));
  } else if (fault.kind === '429') {
    const error = new HttpError(429, 'rate_limited', 'Too many requests: wait and try again.', undefined, {
      'Retry-After': String(fault.retryAfter),
    });
    send(res, errorAnswer(error));
  } else if (fault.kind === '409') {
    send(res, errorAnswer(new HttpError(409, 'idempotency_conflict', 'This Idempotency-Key was used with a different body (injected fault).')));
  } else if (fault.kind === 'html') {
    sendHtml(res, fault.status, '<!doctype html><title>Access denied</title><h1>Access denied</h1><p>Sign in to continue.</p>');
  } else send(res, errorAnswer(new HttpError(500, 'server_error', 'The HeavySet API failed (injected fault): try again.')));
  return true;
}

export async function handleApi(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const method = req.method ?? 'GET';
  if (injectFault(ctx, req, res, path)) return;
  const bodyLimit = bodyLimitOf(method, path);
  if (declaredTooLarge(req, bodyLimit)) {
    drainThenClose(req, res);
    send(res, errorAnswer(tooLarge(bodyLimit)));
    return;
  }
  try {
    const route = matchRoute(method, path);
    const code = bearerOf(req);
    const retryAfter = ctx.limiter.hit(code ?? `peer ${req.socket.remoteAddress}`);
    if (retryAfter !== undefined) {
      throw new HttpError(429, 'rate_limited', `Too many requests: wait ${retryAfter} s and try again.`, undefined, {
        'Retry-After': String(retryAfter),
      });
    }
    if (route.name === 'playbook') {
      send(res, playbookAnswer(ctx.store.state, route.crmType, req.headers['if-none-match']));
      return;
    }
    const grant = authenticate(ctx, code);
    const config = configFor(ctx, route, grant);
    if (!route.write) {
      send(res, run(ctx, route, grant, config, ''));
      return;
    }
    let rawBody: string;
    try {
      rawBody = await readBody(req, bodyLimit);
    } catch (error) {
      drainThenClose(req, res);
      throw error;
    }
    const key = requireIdempotencyKey(req.headers['idempotency-key']);
    const slot = slotOf(grant.configId, method, path, key);
    const state = ctx.store.state;
    const replayed = replay(state, slot, rawBody);
    if (replayed) {
      send(res, replayed);
      return;
    }
    let answer: JsonAnswer;
    try {
      answer = run(ctx, route, grant, config, rawBody);
    } catch (error) {
      answer = answerOf(error);
    }
    // A server error applied nothing: the same key may be tried again.
    if (answer.status < 500) remember(state, slot, rawBody, answer);
    ctx.store.save();
    send(res, answer);
  } catch (error) {
    send(res, answerOf(error));
  }
}
