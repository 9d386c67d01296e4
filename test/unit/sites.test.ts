// @vitest-environment node
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPassThrough } from '../sandbox/browser';
import { allSites, createSiteRouter } from '../sandbox/sites/index';
import { leapSite } from '../sandbox/sites/leap/index';
import type { SandboxSite } from '../sandbox/sites/types';

interface Seen {
  method: string;
  url: string;
  contentType?: string;
  body: string;
}

let server: Server;
let serverUrl: string;
const seen: Seen[] = [];

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => resolve(body));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    seen.push({ method: req.method ?? '', url: req.url ?? '', contentType: req.headers['content-type'], body });
    res.writeHead(req.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ echoed: req.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const zohoLike: SandboxSite = {
  crm: 'zoho',
  hosts: ['accounts.zoho.com'],
  serve: ({ url }) => (url.pathname === '/oauth/v2/auth' ? { status: 200, contentType: 'text/html', body: 'consent' } : null),
};

describe('createSiteRouter host matching', () => {
  const router = createSiteRouter([leapSite, zohoLike], 'http://127.0.0.1:1');

  it('handles the sites hosts, with or without www, any case, http or https', () => {
    expect(router.handles('https://www.jobprogress.com/app/#/settings')).toBe(true);
    expect(router.handles('https://jobprogress.com/app/')).toBe(true);
    expect(router.handles('http://WWW.JobProgress.com/')).toBe(true);
    expect(router.handles(new URL('https://accounts.zoho.com/oauth/v2/auth'))).toBe(true);
  });

  it('does not handle look-alike or other hosts, other schemes or garbage', () => {
    expect(router.handles('https://app.jobprogress.com/')).toBe(false);
    expect(router.handles('https://www.jobprogress.com.evil.example/app/')).toBe(false);
    expect(router.handles('https://accounts.zoho.eu/oauth/v2/auth')).toBe(false);
    expect(router.handles('chrome-extension://abc/www.jobprogress.com')).toBe(false);
    expect(router.handles('not a url')).toBe(false);
  });

  it('refuses two sites claiming one host', () => {
    const clash: SandboxSite = { ...zohoLike, crm: 'servicetitan', hosts: ['JOBPROGRESS.com'] };
    expect(() => createSiteRouter([leapSite, clash], serverUrl)).toThrow(/jobprogress\.com/);
  });

  it('lists Leap among all sites', () => {
    expect(allSites).toContain(leapSite);
  });
});

describe('createSiteRouter serving', () => {
  it('serves the site page and its assets', async () => {
    const router = createSiteRouter([leapSite], serverUrl);
    const page = await router.respond({ url: 'https://www.jobprogress.com/app/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.contentType).toMatch(/^text\/html/);
    expect(page.body).toContain('/app/assets/app.js');
    const script = await router.respond({ url: 'https://jobprogress.com/app/assets/app.js', method: 'GET' });
    expect(script.contentType).toMatch(/javascript/);
    expect(script.body).toContain('Generate Token');
    const css = await router.respond({ url: 'https://jobprogress.com/app/assets/app.css', method: 'GET' });
    expect(css.contentType).toMatch(/^text\/css/);
  });

  it('redirects the bare app path to /app/', async () => {
    const router = createSiteRouter([leapSite], serverUrl);
    const response = await router.respond({ url: 'https://jobprogress.com/app', method: 'GET' });
    expect(response.status).toBe(302);
    expect(response.headers?.Location).toBe('https://jobprogress.com/app/');
  });

  it('answers 404 for unknown paths, unknown hosts and unsupported methods', async () => {
    const router = createSiteRouter([leapSite], serverUrl);
    for (const request of [
      { url: 'https://www.jobprogress.com/app/nothing-here', method: 'GET' },
      { url: 'https://example.com/', method: 'GET' },
      { url: 'https://www.jobprogress.com/app/', method: 'DELETE' },
    ]) {
      const response = await router.respond(request);
      expect(response.status, request.url).toBe(404);
      expect(response.body).toContain('Not Found');
    }
  });
});

describe('createSiteRouter forwarding to the reference server', () => {
  it('forwards /__sandbox__/ calls with method, JSON body and query to the site CRM backend', async () => {
    seen.length = 0;
    const router = createSiteRouter([leapSite, zohoLike], serverUrl);
    const created = await router.respond({
      url: 'https://www.jobprogress.com/__sandbox__/tokens',
      method: 'POST',
      body: JSON.stringify({ name: 'HeavySet Tech' }),
    });
    expect(created.status).toBe(201);
    expect(JSON.parse(created.body)).toEqual({ echoed: '/sandbox/crm/leap/tokens' });
    expect(seen[0]).toEqual({
      method: 'POST',
      url: '/sandbox/crm/leap/tokens',
      contentType: 'application/json',
      body: '{"name":"HeavySet Tech"}',
    });

    await router.respond({ url: 'https://jobprogress.com/__sandbox__/tokens/tok_1/revoke', method: 'POST' });
    await router.respond({ url: 'https://accounts.zoho.com/__sandbox__/orgs?dc=us', method: 'GET' });
    expect(seen.slice(1).map((s) => `${s.method} ${s.url} ${s.body}`)).toEqual([
      'POST /sandbox/crm/leap/tokens/tok_1/revoke ',
      'GET /sandbox/crm/zoho/orgs?dc=us ',
    ]);
  });

  it('does not let a site serve /__sandbox__/ paths itself', async () => {
    seen.length = 0;
    const router = createSiteRouter([zohoLike], serverUrl);
    await router.respond({ url: 'https://accounts.zoho.com/__sandbox__/oauth/v2/auth', method: 'GET' });
    expect(seen.map((s) => s.url)).toEqual(['/sandbox/crm/zoho/oauth/v2/auth']);
  });

  it('answers 502 in words when the reference server is down', async () => {
    const router = createSiteRouter([leapSite], 'http://127.0.0.1:1');
    const response = await router.respond({ url: 'https://www.jobprogress.com/__sandbox__/tokens', method: 'GET' });
    expect(response.status).toBe(502);
    expect(JSON.parse(response.body).error.message).toMatch(/unreachable/i);
  });
});

describe('isPassThrough (sandbox browser)', () => {
  it('lets loopback, extension and data URLs through and nothing else', () => {
    expect(isPassThrough('http://127.0.0.1:4010/v1/session')).toBe(true);
    expect(isPassThrough('http://localhost:3000/')).toBe(true);
    expect(isPassThrough('chrome-extension://abcdef/popup.html')).toBe(true);
    expect(isPassThrough('data:text/plain,hi')).toBe(true);
    expect(isPassThrough('https://api.heavyset.tech/v1/session')).toBe(false);
    expect(isPassThrough('http://127.0.0.1.nip.io/')).toBe(false);
  });
});
