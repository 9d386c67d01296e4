// The sandbox CRM sites and the router that serves them at their real hosts (used by ../browser.ts).
import { leapSite } from './leap/index';
import { serviceTitanSite } from './servicetitan/index';
import { zohoSite } from './zoho/index';
import type { SandboxSite, SiteResponse } from './types';

// ServiceTitan and Zoho: their owners add their sites to this list.
export const allSites: SandboxSite[] = [leapSite, serviceTitanSite, zohoSite];

const SANDBOX_API_PREFIX = '/__sandbox__/';

export interface RoutedRequest {
  url: string | URL;
  method: string;
  body?: string;
}

export interface SiteRouter {
  /** True when the URL's host belongs to one of the sites. */
  handles(url: string | URL): boolean;
  respond(request: RoutedRequest): Promise<SiteResponse>;
}

export function createSiteRouter(sites: SandboxSite[], serverUrl: string): SiteRouter {
  const siteByHost = new Map<string, SandboxSite>();
  for (const site of sites) {
    for (const host of site.hosts) {
      const key = host.toLowerCase();
      const taken = siteByHost.get(key);
      if (taken && taken !== site) throw new Error(`Sandbox host ${key} is served by two sites (${taken.crm}, ${site.crm}).`);
      siteByHost.set(key, site);
    }
  }
  const backendBase = serverUrl.replace(/\/+$/, '');

  const siteFor = (url: URL): SandboxSite | undefined =>
    url.protocol === 'http:' || url.protocol === 'https:' ? siteByHost.get(url.hostname.toLowerCase()) : undefined;

  return {
    handles(url) {
      const parsed = parseUrl(url);
      return parsed !== null && siteFor(parsed) !== undefined;
    },
    async respond({ url, method, body }) {
      const parsed = parseUrl(url);
      const site = parsed && siteFor(parsed);
      if (!parsed || !site) return notFound();
      if (parsed.pathname.startsWith(SANDBOX_API_PREFIX)) {
        const rest = parsed.pathname.slice(SANDBOX_API_PREFIX.length);
        return forward(`${backendBase}/sandbox/crm/${site.crm}/${rest}${parsed.search}`, method, body);
      }
      return site.serve({ url: parsed, method, body }) ?? notFound();
    },
  };
}

function parseUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

async function forward(target: string, method: string, body: string | undefined): Promise<SiteResponse> {
  const hasBody = body !== undefined && body !== '' && method !== 'GET' && method !== 'HEAD';
  try {
    const response = await fetch(target, {
      method,
      headers: hasBody ? { 'Content-Type': 'application/json' } : undefined,
      body: hasBody ? body : undefined,
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'application/json',
      body: await response.text(),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 502,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'sandbox_backend_unreachable', message: `Sandbox backend unreachable: ${message}` } }),
    };
  }
}

export function notFound(): SiteResponse {
  return {
    status: 404,
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head><body style="font-family:system-ui,sans-serif;padding:48px;color:#334155"><h1>404 Not Found</h1><p>The requested page was not found on this server.</p></body></html>',
  };
}
