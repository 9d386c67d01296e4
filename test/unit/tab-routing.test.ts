// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createTabRouting, overlaySites } from '../sandbox/sites/tab-routing';
import type { SandboxSite } from '../sandbox/sites/types';

const site = (crm: SandboxSite['crm'], hosts: string[], body: string): SandboxSite => ({
  crm,
  hosts,
  serve: () => ({ status: 200, contentType: 'text/plain', body }),
});

const defaultLeap = site('leap', ['www.jobprogress.com', 'jobprogress.com'], 'default leap');
const defaultZoho = site('zoho', ['accounts.zoho.com', 'accounts.zoho.eu'], 'default zoho');
const variantLeap = site('leap', ['www.jobprogress.com', 'jobprogress.com'], 'variant leap');
const variantZohoEu = site('zoho', ['accounts.zoho.eu'], 'variant zoho eu');

const served = async (routing: ReturnType<typeof createTabRouting>, frameId: string | undefined, url: string) =>
  (await routing.routerFor(frameId).respond({ url, method: 'GET' })).body;

describe('overlaySites', () => {
  it('lets the variant answer its hosts and keeps the base sites for the others', async () => {
    const sites = overlaySites([variantZohoEu], [defaultLeap, defaultZoho]);
    expect(sites.flatMap((s) => s.hosts).sort()).toEqual(['accounts.zoho.com', 'accounts.zoho.eu', 'jobprogress.com', 'www.jobprogress.com']);
    const zohoBase = sites.find((s) => s.hosts.includes('accounts.zoho.com'))!;
    expect(zohoBase.hosts).toEqual(['accounts.zoho.com']);
    expect(zohoBase.serve({ url: new URL('https://accounts.zoho.com/'), method: 'GET' })?.body).toBe('default zoho');
  });

  it('drops a base site whose hosts the variant all takes', () => {
    expect(overlaySites([variantLeap], [defaultLeap, defaultZoho])).toEqual([variantLeap, defaultZoho]);
  });
});

describe('createTabRouting', () => {
  it('serves the default sites to unknown frames and requests without a frame', async () => {
    const routing = createTabRouting([defaultLeap, defaultZoho], 'http://127.0.0.1:1');
    expect(await served(routing, 'NOPE', 'https://www.jobprogress.com/app/')).toBe('default leap');
    expect(await served(routing, undefined, 'https://accounts.zoho.eu/oauth/v2/auth')).toBe('default zoho');
  });

  it('serves a routed tab, its child frames and the tabs it opens from its variant; other tabs keep the defaults', async () => {
    const routing = createTabRouting([defaultLeap, defaultZoho], 'http://127.0.0.1:1');
    routing.assignTab('TAB-A', { sites: [variantLeap, variantZohoEu] });
    routing.frameAttached('FRAME-A1', 'TAB-A');
    routing.frameAttached('FRAME-A2', 'FRAME-A1');
    routing.tabOpened('TAB-C', 'TAB-A');
    routing.tabOpened('TAB-D', undefined);
    for (const frame of ['TAB-A', 'FRAME-A1', 'FRAME-A2', 'TAB-C']) {
      expect(await served(routing, frame, 'https://jobprogress.com/app/')).toBe('variant leap');
      expect(await served(routing, frame, 'https://accounts.zoho.eu/oauth/v2/auth')).toBe('variant zoho eu');
      // A host the variant does not render falls back to the default site.
      expect(await served(routing, frame, 'https://accounts.zoho.com/oauth/v2/auth')).toBe('default zoho');
    }
    for (const frame of ['TAB-B', 'TAB-D']) expect(await served(routing, frame, 'https://jobprogress.com/app/')).toBe('default leap');
  });

  it('keeps two tabs on two variants apart and forgets a closed tab', async () => {
    const routing = createTabRouting([defaultLeap], 'http://127.0.0.1:1');
    const other = site('leap', ['www.jobprogress.com', 'jobprogress.com'], 'other variant');
    routing.assignTab('TAB-A', { sites: [variantLeap] });
    routing.assignTab('TAB-B', { sites: [other] });
    routing.frameAttached('FRAME-B1', 'TAB-B');
    expect(await served(routing, 'TAB-A', 'https://jobprogress.com/app/')).toBe('variant leap');
    expect(await served(routing, 'FRAME-B1', 'https://jobprogress.com/app/')).toBe('other variant');
    routing.releaseTab('TAB-B');
    expect(await served(routing, 'FRAME-B1', 'https://jobprogress.com/app/')).toBe('default leap');
    expect(await served(routing, 'TAB-B', 'https://jobprogress.com/app/')).toBe('default leap');
    expect(await served(routing, 'TAB-A', 'https://jobprogress.com/app/')).toBe('variant leap');
  });

  it("forwards a tab's /__sandbox__/ calls to its own reference server", async () => {
    const named = await Promise.all(['first', 'second'].map(backendNamed));
    try {
      const routing = createTabRouting([defaultLeap], named[0]!.url);
      routing.assignTab('TAB-A', { serverUrl: named[1]!.url });
      const call = async (frame: string) => (await routing.routerFor(frame).respond({ url: 'https://jobprogress.com/__sandbox__/tokens', method: 'GET' })).body;
      expect(JSON.parse(await call('TAB-A'))).toEqual({ backend: 'second', path: '/sandbox/crm/leap/tokens' });
      expect(JSON.parse(await call('TAB-B'))).toEqual({ backend: 'first', path: '/sandbox/crm/leap/tokens' });
      // Its pages are still the default sites.
      expect(await served(routing, 'TAB-A', 'https://jobprogress.com/app/')).toBe('default leap');
    } finally {
      await Promise.all(named.map((b) => b.close()));
    }
  });
});

async function backendNamed(name: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ backend: name, path: req.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
