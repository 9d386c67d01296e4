// @vitest-environment node
// HeavySet's clock from the Date header of its answers, and the client's words for answers that
// are not HeavySet's (an HTML 401/403 from a proxy or a wrong address).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ApiError, createClient } from '@/utils/heavyset/client';
import { describeFailure, newCodeHowTo } from '@/utils/heavyset/errors';
import { createServerClock, serverClockItem } from '@/utils/heavyset/server-clock';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callSandbox } from '../sandbox/server/testing';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);

describe('server clock', () => {
  beforeEach(() => fakeBrowser.reset());

  it('learns HeavySet’s time from a Date header, 5 minutes either way, and keeps it for a restarted worker', async () => {
    let local = at('2026-11-23T10:05:00Z'); // this computer: 5 minutes fast
    const clock = createServerClock({ localNow: () => local });
    expect(await clock.now()).toBe(local);
    expect(await clock.uncertaintyMs()).toBe(60_000);
    clock.observe('Mon, 23 Nov 2026 10:00:00 GMT', local);
    expect(Math.abs((await clock.now()) - at('2026-11-23T10:00:00.500Z'))).toBeLessThan(1_000);
    expect(await clock.uncertaintyMs()).toBeLessThanOrEqual(5_000);
    await clock.settled();
    local += 10 * MIN;
    const restarted = createServerClock({ localNow: () => local });
    expect(Math.abs((await restarted.now()) - at('2026-11-23T10:10:00Z'))).toBeLessThan(1_000);

    local = at('2026-11-23T09:55:00Z'); // now 5 minutes slow
    restarted.observe('Mon, 23 Nov 2026 10:00:00 GMT', local);
    expect(Math.abs((await restarted.now()) - at('2026-11-23T10:00:00Z'))).toBeLessThan(1_000);
  });

  it('ignores a missing or unreadable header and a reading more than a day off; a second’s noise is not written', async () => {
    const local = at('2026-11-23T10:00:00Z');
    const clock = createServerClock({ localNow: () => local });
    clock.observe(null, local);
    clock.observe('yesterday-ish', local);
    clock.observe('Mon, 01 Jan 2001 00:00:00 GMT', local);
    await clock.settled();
    expect(await serverClockItem.getValue()).toBeNull();
    expect(await clock.now()).toBe(local);
    clock.observe('Mon, 23 Nov 2026 10:00:03 GMT', local);
    await clock.settled();
    const stored = await serverClockItem.getValue();
    clock.observe('Mon, 23 Nov 2026 10:00:04 GMT', local);
    await clock.settled();
    expect(await serverClockItem.getValue()).toEqual(stored);
  });
});

describe('client against the reference server', () => {
  let server: ReferenceServer;
  beforeAll(async () => {
    server = await startReferenceServer({ quiet: true });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    fakeBrowser.reset();
    await callSandbox(server, 'POST', '/sandbox/reset');
  });

  it('shows every answer’s Date to the clock, errors included', async () => {
    const seen: (string | null)[] = [];
    const clock = { observe: (date: string | null) => void seen.push(date) };
    await createClient({ apiUrl: server.url, connectCode: server.codes.leap, clock }).session();
    await createClient({ apiUrl: server.url, connectCode: server.codes.expired, clock, retries: 0 }).session().catch(() => undefined);
    expect(seen).toHaveLength(2);
    for (const date of seen) expect(Math.abs(Date.parse(date!) - Date.now())).toBeLessThan(5_000);
  });

  it('words a 401 or 403 whose body is an HTML page as a connect-code problem, with where to get a new code', async () => {
    for (const status of [401, 403]) {
      await callSandbox(server, 'POST', '/sandbox/faults', { kind: 'html', status, count: 1, pathPrefix: '/v1/session' });
      const error = await createClient({ apiUrl: server.url, connectCode: server.codes.leap, retries: 0 }).session().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      const words = describeFailure((error as ApiError).failure);
      expect(words, String(status)).toContain('connect code');
      expect(words).toContain(newCodeHowTo());
      expect(words).toContain(`answer ${status}`);
      expect(words).not.toMatch(/^HeavySet answered \d+\.$/);
    }
  });

  it('says to check the API URL when something else answers: an HTML 404, or a page with 200', async () => {
    await callSandbox(server, 'POST', '/sandbox/faults', { kind: 'html', status: 404, count: 1, pathPrefix: '/v1/session' });
    const notFound = await createClient({ apiUrl: server.url, connectCode: server.codes.leap, retries: 0 }).session().catch((e: unknown) => e);
    expect(describeFailure((notFound as ApiError).failure)).toMatch(/answered 404, not as HeavySet does: check the HeavySet API URL in Settings/);

    const page: Server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><h1>Welcome</h1>'));
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
      const error = await createClient({ apiUrl: url, connectCode: server.codes.leap, retries: 0 }).session().catch((e: unknown) => e);
      expect(describeFailure((error as ApiError).failure)).toMatch(/did not answer as HeavySet does: check the HeavySet API URL in Settings/);
    } finally {
      page.close();
    }
  });
});

describe('a refused code remembered for the popup', () => {
  it('an HTML 401 is remembered in words, not as a bare status', async () => {
    const { codeRefusal } = await import('@/utils/heavyset/errors');
    const refusal = codeRefusal({ kind: 'http', status: 401, code: 'unauthorized', message: 'HeavySet answered 401.', foreign: true });
    expect(refusal?.message).toContain(newCodeHowTo());
    expect(refusal?.message).not.toMatch(/^HeavySet answered/);
  });
});
