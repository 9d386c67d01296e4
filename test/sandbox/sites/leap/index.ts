// Leap CRM (formerly JobProgress) at its real hosts: a single-page app under /app/ with hash routes.
// Its tokens live in the reference server (`/__sandbox__/tokens`, forwarded by the router).
import { readFileSync } from 'node:fs';
import type { SandboxSite, SiteResponse } from '../types';

const APP_FILES: Record<string, { file: string; contentType: string }> = {
  '/app/': { file: 'index.html', contentType: 'text/html; charset=utf-8' },
  '/app/index.html': { file: 'index.html', contentType: 'text/html; charset=utf-8' },
  '/app/assets/app.css': { file: 'app.css', contentType: 'text/css; charset=utf-8' },
  '/app/assets/app.js': { file: 'app.js', contentType: 'text/javascript; charset=utf-8' },
  '/favicon.ico': { file: 'favicon.svg', contentType: 'image/svg+xml' },
};

const redirect = (location: string): SiteResponse => ({
  status: 302,
  contentType: 'text/html; charset=utf-8',
  body: '',
  headers: { Location: location },
});

export const leapSite: SandboxSite = {
  crm: 'leap',
  hosts: ['www.jobprogress.com', 'jobprogress.com'],
  serve({ url, method }) {
    if (method !== 'GET' && method !== 'HEAD') return null;
    if (url.pathname === '/' || url.pathname === '/app') return redirect(`${url.origin}/app/`);
    const entry = APP_FILES[url.pathname];
    if (!entry) return null;
    // Read on every request so edits show on reload while the demo runs.
    const body = readFileSync(new URL(`./app/${entry.file}`, import.meta.url), 'utf8');
    return { status: 200, contentType: entry.contentType, body };
  },
};
