// ServiceTitan at its real hosts: the Developer Portal (history routes), the main app (hash
// routes) and the integration environment's landing page. Pages are plain-JS single-page apps
// (./assets) that call their backend with same-origin `/__sandbox__/…` fetches.
import { readFileSync } from 'node:fs';
import type { SandboxSite, SiteResponse } from '../types';
import { integrationLandingHtml, spaHtml } from './shell-html';

const PORTAL_SCRIPTS = ['anvil-runtime.js', 'portal-scopes.js', 'portal-store.js', 'portal-shell.js', 'portal-my-apps.js', 'portal-new-app.js', 'portal-app-pages.js'];
const GO_SCRIPTS = ['anvil-runtime.js', 'go-shell.js', 'go-booking-providers.js', 'go-api-apps.js'];
const ASSET_PREFIX = '/static/js/';

const html = (body: string): SiteResponse => ({ status: 200, contentType: 'text/html; charset=utf-8', body });

function asset(pathname: string, allowed: string[]): SiteResponse | null {
  const name = pathname.slice(ASSET_PREFIX.length);
  if (!allowed.includes(name)) return null;
  // Read on every request so edits show on reload while the demo runs.
  const body = readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');
  return { status: 200, contentType: 'text/javascript; charset=utf-8', body };
}

function servePortal(pathname: string): SiteResponse | null {
  if (pathname.startsWith(ASSET_PREFIX)) return asset(pathname, PORTAL_SCRIPTS);
  if (pathname === '/favicon.ico') return null;
  // Client-side routes: every other path gets the app shell, the router picks the page.
  return html(spaHtml('ServiceTitan Developer Portal', PORTAL_SCRIPTS.map((s) => ASSET_PREFIX + s)));
}

function serveGo(pathname: string): SiteResponse | null {
  if (pathname.startsWith(ASSET_PREFIX)) return asset(pathname, GO_SCRIPTS);
  if (pathname === '/' || pathname === '/index.html') return html(spaHtml('ServiceTitan', GO_SCRIPTS.map((s) => ASSET_PREFIX + s)));
  return null;
}

export const serviceTitanSite: SandboxSite = {
  crm: 'servicetitan',
  hosts: ['developer.servicetitan.io', 'go.servicetitan.com', 'integration.servicetitan.com'],
  serve({ url, method }) {
    if (method !== 'GET' && method !== 'HEAD') return null;
    switch (url.hostname) {
      case 'developer.servicetitan.io':
        return servePortal(url.pathname);
      case 'go.servicetitan.com':
        return serveGo(url.pathname);
      case 'integration.servicetitan.com':
        return url.pathname === '/' ? html(integrationLandingHtml()) : null;
      default:
        return null;
    }
  },
};
