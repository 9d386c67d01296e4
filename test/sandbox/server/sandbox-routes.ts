// Sandbox-only endpoints (loopback callers only): the simulated CRMs, the Zoho OAuth
// redirect target, playbook publishing, page reports, fault injection, state inspection and reset.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { ServerCrmType as CrmType } from './contract-tables';
import { MAX_PAGE_REPORT_BYTES } from '../../../utils/heavyset/report-limits';
import type { ServerContext } from './context';
import { leapSide } from './crm-leap';
import { serviceTitanSide } from './crm-servicetitan';
import type { CrmSideHandler } from './crm-side';
import { CALLBACK_PATH, zohoCallback, zohoSide } from './crm-zoho';
import { FaultRequest } from './faults';
import { HttpError, drainThenClose, errorAnswer, jsonAnswer, parseJson, readBody, send, sendHtml, type JsonAnswer } from './http';
import { PublishPlaybookRequest, PublishRawPlaybookRequest, publish, signWithSandboxKey } from './playbooks';
import { notFound, parseOr422 } from './validation';

const ExpireCodeRequest = z.object({ code: z.string().min(1).max(200) }).strict();

const CRM_SIDES: Record<string, CrmSideHandler> = { leap: leapSide, servicetitan: serviceTitanSide, zoho: zohoSide };

async function bodyOf(req: IncomingMessage, res: ServerResponse, limit?: number): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  try {
    const text = await readBody(req, limit);
    return text.trim() === '' ? undefined : parseJson(text);
  } catch (error) {
    if (error instanceof HttpError && error.status === 413) drainThenClose(req, res);
    throw error;
  }
}

/** Whole playbooks travel here: the same 1 MiB as page reports rather than the API's 64 KiB. */
async function playbookRoute(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  path: string,
): Promise<JsonAnswer> {
  const state = ctx.store.state;
  if (path === '/sandbox/playbooks' && method === 'POST') {
    const request = parseOr422(PublishPlaybookRequest, await bodyOf(req, res, MAX_PAGE_REPORT_BYTES));
    const published = publish(state, request.crmType, signWithSandboxKey(request));
    ctx.store.save();
    return jsonAnswer(201, published);
  }
  if (path === '/sandbox/playbooks/raw' && method === 'POST') {
    const { crmType, ...envelope } = parseOr422(PublishRawPlaybookRequest, await bodyOf(req, res, MAX_PAGE_REPORT_BYTES));
    const published = publish(state, crmType, envelope);
    ctx.store.save();
    return jsonAnswer(201, published);
  }
  const one = /^\/sandbox\/playbooks\/([^/]+)$/.exec(path);
  const crmType = CrmType.safeParse(one?.[1]);
  if (one && method === 'DELETE' && crmType.success) {
    const deleted = state.playbooks[crmType.data] !== undefined;
    delete state.playbooks[crmType.data];
    ctx.store.save();
    return jsonAnswer(200, { deleted });
  }
  throw notFound(`No sandbox route ${method} ${path}.`);
}

async function route(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<JsonAnswer | undefined> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  if (path === CALLBACK_PATH && method === 'GET') {
    const page = zohoCallback(ctx.store, url.searchParams);
    sendHtml(res, page.status, page.html);
    return undefined;
  }
  const crm = /^\/sandbox\/crm\/([a-z]+)\/(.+)$/.exec(path);
  if (crm) {
    const handler = CRM_SIDES[crm[1] ?? ''];
    if (!handler) throw notFound(`No sandbox CRM ${crm[1]}.`);
    const body = await bodyOf(req, res);
    return handler({ store: ctx.store, method, segments: (crm[2] ?? '').split('/').map(decodeURIComponent), body });
  }
  if (path.startsWith('/sandbox/playbooks')) return playbookRoute(ctx, req, res, method, path);
  if (path === '/sandbox/page-reports' && method === 'GET') return jsonAnswer(200, { reports: ctx.store.state.pageReports });
  if (path === '/sandbox/faults' && method === 'POST') {
    ctx.faults.add(parseOr422(FaultRequest, await bodyOf(req, res)));
    return jsonAnswer(201, { pending: ctx.faults.pending() });
  }
  if (path === '/sandbox/faults' && method === 'DELETE') {
    ctx.faults.clear();
    return jsonAnswer(200, { pending: [] });
  }
  if (path === '/sandbox/codes/expire' && method === 'POST') {
    // A connect code reaching its expiry while the person works (tests of the popup's expired-code banner).
    const { code } = parseOr422(ExpireCodeRequest, await bodyOf(req, res));
    const record = ctx.store.state.connectCodes[code];
    if (!record) throw notFound('No such connect code.');
    record.expiresAt = new Date(Date.now() - 1_000).toISOString();
    ctx.store.save();
    return jsonAnswer(200, { expiresAt: record.expiresAt });
  }
  if (path === '/sandbox/state' && method === 'GET') {
    return jsonAnswer(200, { url: ctx.url(), ...ctx.store.state, faults: ctx.faults.pending() });
  }
  if (path === '/sandbox/reset' && method === 'POST') {
    ctx.store.reset();
    ctx.faults.clear();
    ctx.limiter.clear();
    return jsonAnswer(200, { ok: true });
  }
  throw notFound(`No sandbox route ${method} ${path}.`);
}

export async function handleSandbox(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  try {
    const answer = await route(ctx, req, res, url);
    if (answer) send(res, answer);
  } catch (error) {
    const known = error instanceof HttpError ? error : new HttpError(500, 'server_error', 'The sandbox failed unexpectedly.');
    if (!(error instanceof HttpError)) console.error('reference server: sandbox error', error instanceof Error ? error.message : error);
    send(res, errorAnswer(known));
  }
}
