// Serving a rendering's files (HTML, JS, CSS next to its index.ts) at the CRM's real URLs.
import { readFileSync } from 'node:fs';
import { ZOHO_DATA_CENTRES } from '../server/zoho-data-centres';
import type { SandboxSite, SiteRequest, SiteResponse } from '../sites/types';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

export interface FileSiteOptions {
  crm: SandboxSite['crm'];
  hosts: string[];
  /** The folder of the files (`new URL('.', import.meta.url)`). */
  dir: URL;
  /** URL path → file name in `dir`, e.g. `{ '/app/': 'app.html', '/app/app.js': 'app.js' }`. */
  routes: Record<string, string>;
  /** Paths under these prefixes → this page (a single-page app routing with the History API). */
  pagesUnder?: { prefix: string; file: string }[];
}

/** A site serving fixed files by path (the pages route themselves in the browser). */
export function fileSite(options: FileSiteOptions): SandboxSite {
  const cache = new Map<string, string>();
  const read = (file: string) => {
    let text = cache.get(file);
    if (text === undefined) {
      text = readFileSync(new URL(file, options.dir), 'utf8');
      cache.set(file, text);
    }
    return text;
  };
  return {
    crm: options.crm,
    hosts: options.hosts,
    serve({ url }: SiteRequest): SiteResponse | null {
      const file = options.routes[url.pathname] ?? options.pagesUnder?.find((p) => url.pathname.startsWith(p.prefix))?.file;
      if (!file) return null;
      const ext = file.slice(file.lastIndexOf('.') + 1);
      return { status: 200, contentType: TYPES[ext] ?? 'text/plain; charset=utf-8', body: read(file) };
    },
  };
}

export const LEAP_HOSTS = ['www.jobprogress.com', 'jobprogress.com'];
export const ST_PORTAL_HOSTS = ['developer.servicetitan.io'];
export const ST_APP_HOSTS = ['go.servicetitan.com'];

/** Every Zoho data centre's accounts host (product.md's table). */
export const ZOHO_ACCOUNTS_HOSTS = Object.values(ZOHO_DATA_CENTRES).map((dc) => dc.accountsHost);

/** `window.ZOHO_DC`: this host's data centre ({ location, accountsHost }), for the consent pages' redirect. */
export function zohoDataCentreScript(): string {
  const byHost = Object.fromEntries(Object.values(ZOHO_DATA_CENTRES).map((dc) => [dc.accountsHost, { location: dc.location, accountsHost: dc.accountsHost }]));
  return `window.ZOHO_DC = ${JSON.stringify(byHost)}[location.hostname];`;
}

/** A Zoho consent rendering: its page at /oauth/v2/auth on every accounts host, its assets, the data-centre script. */
export function zohoConsentSite(dir: URL, page: string, assets: Record<string, string>): SandboxSite {
  const files = fileSite({ crm: 'zoho', hosts: ZOHO_ACCOUNTS_HOSTS, dir, routes: { '/oauth/v2/auth': page, ...assets } });
  return {
    ...files,
    serve(request) {
      if (request.url.pathname === '/oauth/v2/dc.js') return { status: 200, contentType: 'text/javascript; charset=utf-8', body: zohoDataCentreScript() };
      return files.serve(request);
    },
  };
}
