// Leap (JobProgress) where the new API token is shown on a page of its own (its own URL), not in a
// dialog. Two sites, plain unstyled-but-tidy HTML, a top nav (Dashboard / Jobs / Settings):
// - `leapRoutesSpaSites`: a plain-JS single-page app with History API routes (`spa.html` + `spa.js`):
//   /app/dashboard, /app/settings, /app/settings/developers (the token list, "Generate Token" top
//   right), /app/settings/developers/tokens/new (a full page "New API Token": "Token name", Generate),
//   then pushState to /app/settings/developers/tokens/<id>: "Loading…", ~0.55 s later the page
//   "API token created" with the token once (www: a <code> block under "Token"; jobprogress.com: a
//   read-only input labelled "Token"), Copy and Back to tokens. Later visits of that route: masked.
// - `leapRoutesMpaSites`: the same screens as a server-rendered multi-page site (every view a full
//   page load, plain links). "Generate Token" is a link to a real <form method="post">; its small
//   script creates the token in the sandbox backend (a site cannot reach the backend server-side),
//   hands it to the "server" as the session's flash, then submits the form natively; the POST is
//   answered with a 303 to /app/settings/developers/tokens/<id>, whose HTML carries the token once in
//   a flash message (www: <code>; jobprogress.com: <input readonly>); later loads show it masked.
import { readFileSync } from 'node:fs';
import { fileSite, LEAP_HOSTS } from '../serve';
import type { SandboxSite, SiteRequest, SiteResponse } from '../../sites/types';

const DIR = new URL('.', import.meta.url);

export const leapRoutesSpaSites: SandboxSite[] = [
  fileSite({
    crm: 'leap',
    hosts: LEAP_HOSTS,
    dir: DIR,
    routes: { '/app/assets/spa.js': 'spa.js', '/app/assets/routes.css': 'routes.css' },
    pagesUnder: [{ prefix: '/app', file: 'spa.html' }],
  }),
];

// ---- the multi-page site ----

interface Flash {
  token: string;
  name: string;
  createdAt: string;
}

const HTML = 'text/html; charset=utf-8';
const TOKEN_PAGE = /^\/app\/settings\/developers\/tokens\/([^/]+)$/;
const FLASH_POST = /^\/app\/settings\/developers\/tokens\/([^/]+)\/flash$/;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fmtDate = (iso: string) => new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

function layout(title: string, section: string, main: string): string {
  const nav = (href: string, key: string, label: string) => `<a href="${href}"${key === section ? ' class="current" aria-current="page"' : ''}>${label}</a>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)} · JobProgress</title>
<link rel="stylesheet" href="/app/assets/routes.css">
<script src="/app/assets/mpa.js" defer></script>
</head>
<body>
<header class="topbar">
  <a class="brand" href="/app/dashboard">JobProgress</a>
  <nav class="mainnav">${nav('/app/dashboard', 'dashboard', 'Dashboard')} ${nav('/app/jobs', 'jobs', 'Jobs')} ${nav('/app/settings', 'settings', 'Settings')}</nav>
  <span class="who">Jane Cooper · Acme Roofing</span>
</header>
<main>
${main}
</main>
</body>
</html>`;
}

function settingsPage(title: string, current: 'company' | 'users' | 'developers', body: string): string {
  const link = (href: string, key: string, label: string) => `<a href="${href}"${key === current ? ' class="current"' : ''}>${label}</a>`;
  return layout(
    title,
    'settings',
    `<div class="settings">
  <nav aria-label="Settings"><strong>Settings</strong>
    ${link('/app/settings', 'company', 'Company Profile')}
    ${link('/app/settings/users', 'users', 'Users &amp; Roles')}
    ${link('/app/settings/developers', 'developers', 'Developers')}
  </nav>
  <section>
${body}
  </section>
</div>`,
  );
}

const PAGES: Record<string, () => string> = {
  '/app/dashboard': () =>
    layout(
      'Dashboard',
      'dashboard',
      `<h1>Dashboard</h1>
<p>Good morning, Jane. 3 appointments today.</p>
<div class="cards"><div><strong>Open jobs</strong><p>14</p></div><div><strong>Estimates sent</strong><p>6 this week</p></div><div><strong>Jobs sold</strong><p>4 this month</p></div></div>`,
    ),
  '/app/jobs': () =>
    layout(
      'Jobs',
      'jobs',
      `<h1>Jobs</h1>
<table class="list"><thead><tr><th>Job</th><th>Customer</th><th>Stage</th></tr></thead>
<tbody><tr><td>JP-2291 Roof replacement</td><td>M. Alvarez</td><td>Estimate</td></tr><tr><td>JP-2288 Gutter repair</td><td>T. Nguyen</td><td>Sold</td></tr></tbody></table>`,
    ),
  '/app/settings': () =>
    settingsPage('Company Profile', 'company', `<h1>Company Profile</h1><dl class="details"><dt>Company</dt><dd>Acme Roofing</dd><dt>Phone</dt><dd>(555) 010-2200</dd></dl>`),
  '/app/settings/users': () => settingsPage('Users & Roles', 'users', `<h1>Users &amp; Roles</h1><p>Jane Cooper — Administrator</p><p>Sam Ortiz — Standard user</p>`),
  '/app/settings/developers': () =>
    settingsPage(
      'Developers',
      'developers',
      `<div class="headrow"><h1>Developers</h1><a class="btn" href="/app/settings/developers/tokens/new">Generate Token</a></div>
<h2>Public API Tokens</h2>
<p class="hint">Tokens let other applications use the JobProgress API on behalf of your company.</p>
<table class="list"><thead><tr><th>Name</th><th>Token</th><th>Created</th></tr></thead>
<tbody data-token-list><tr><td colspan="3">Loading…</td></tr></tbody></table>`,
    ),
};

function newTokenPage(error = '', name = ''): string {
  return settingsPage(
    'New API Token',
    'developers',
    `<p><a href="/app/settings/developers">← Developers</a></p>
<h1>New API Token</h1>
<form method="post" action="/app/settings/developers/tokens/new" data-new-token>
  <div class="field"><label for="token-name">Token name</label><input id="token-name" name="api_token[name]" type="text" autocomplete="off" maxlength="100" value="${esc(name)}" autofocus>
  <span class="hint">For example, the name of the application that will use it.</span></div>
  <input type="hidden" name="api_token[id]" value="">
  <p class="error" data-error>${esc(error)}</p>
  <div class="actions"><button class="btn" type="submit">Generate</button> <a href="/app/settings/developers">Cancel</a></div>
</form>`,
  );
}

function tokenPage(id: string, flash: Flash | undefined, asInput: boolean): string {
  if (!flash) {
    // Later loads: the server no longer has the value; the page shows the name, date and masked preview (filled by mpa.js).
    return settingsPage(
      'API token',
      'developers',
      `<div data-token-details="${esc(id)}"><p>Loading…</p></div>
<p class="hint">A token is shown in full only once, when it is generated. If it was lost, generate a new one.</p>
<p><a href="/app/settings/developers">Back to tokens</a></p>`,
    );
  }
  const value = asInput
    ? `<div class="field" style="max-width:none"><label for="token-value">Token</label><input id="token-value" type="text" readonly spellcheck="false" value="${esc(flash.token)}"></div>`
    : `<h2>Token</h2><code class="token" id="token-value">${esc(flash.token)}</code>`;
  return settingsPage(
    'API token created',
    'developers',
    `<div class="flash">Your new API token — copy it now, it won't be shown again.</div>
<h1>${esc(flash.name)}</h1>
<dl class="details"><dt>Name</dt><dd>${esc(flash.name)}</dd><dt>Created</dt><dd>${esc(fmtDate(flash.createdAt))}</dd></dl>
${value}
<div class="actions"><button class="btn" type="button" data-copy="token-value">Copy</button> <a class="btn plain" href="/app/settings/developers">Back to tokens</a> <span class="hint" data-copied></span></div>`,
  );
}

function html(body: string, status = 200): SiteResponse {
  return { status, contentType: HTML, body };
}

function redirect(url: URL, path: string, status = 303): SiteResponse {
  return { status, contentType: HTML, body: '', headers: { Location: new URL(path, url).href } };
}

function mpaSite(): SandboxSite {
  const assets: Record<string, { file: string; type: string }> = {
    '/app/assets/mpa.js': { file: 'mpa.js', type: 'text/javascript; charset=utf-8' },
    '/app/assets/routes.css': { file: 'routes.css', type: 'text/css; charset=utf-8' },
  };
  // The "session flash": a created token's value until its page has been rendered once (per host and id).
  const flashes = new Map<string, Flash>();
  return {
    crm: 'leap',
    hosts: LEAP_HOSTS,
    serve({ url, method, body }: SiteRequest): SiteResponse | null {
      const path = url.pathname.replace(/\/+$/, '') || '/';
      const asset = assets[url.pathname];
      if (asset) return { status: 200, contentType: asset.type, body: readFileSync(new URL(asset.file, DIR), 'utf8') };
      if (path === '/app' || path === '/app/index.html') return redirect(url, '/app/dashboard', 302);
      if (path === '/app/settings/developers/tokens/new') {
        if (method !== 'POST') return html(newTokenPage());
        const form = new URLSearchParams(body ?? '');
        const name = (form.get('api_token[name]') ?? '').trim();
        const id = form.get('api_token[id]') ?? '';
        if (!name) return html(newTokenPage('Enter a token name.'), 422);
        if (!id || !flashes.has(`${url.hostname}/${id}`)) return html(newTokenPage('The token could not be generated. Try again.', name), 500);
        return redirect(url, `/app/settings/developers/tokens/${encodeURIComponent(id)}`);
      }
      let m = FLASH_POST.exec(path);
      if (m && method === 'POST') {
        const flash = JSON.parse(body ?? '{}') as Flash;
        flashes.set(`${url.hostname}/${decodeURIComponent(m[1]!)}`, { token: flash.token, name: flash.name, createdAt: flash.createdAt });
        return { status: 200, contentType: 'application/json', body: '{}' };
      }
      m = TOKEN_PAGE.exec(path);
      if (m && method === 'GET') {
        const id = decodeURIComponent(m[1]!);
        const key = `${url.hostname}/${id}`;
        const flash = flashes.get(key);
        flashes.delete(key);
        return html(tokenPage(id, flash, !url.hostname.startsWith('www.')));
      }
      const page = PAGES[path];
      return page ? html(page()) : null;
    },
  };
}

export const leapRoutesMpaSites: SandboxSite[] = [mpaSite()];
