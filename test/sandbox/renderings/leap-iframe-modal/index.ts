// Leap (JobProgress) as a legacy jQuery-era app renders it: Bootstrap 2-style navbar and nav-list,
// hash routes on the top page (`/app/#/dashboard`, `#/settings`, `#/settings/developers`), and its
// dialogs as IFRAME MODALS the Fancybox 2 way: the top page draws `div.fancybox-overlay` holding a
// `div.fancybox-wrap` (skin, outer, inner, a close "×" link, a floating title) whose content is a
// same-origin `<iframe class="fancybox-iframe">` loading a separate small page,
// `/app/developers/tokens/new`. The frame's pages close the modal with `parent.$.fancybox.close()`;
// closing resets the iframe to about:blank and removes it, then the list reloads.
// How the frame shows the new token depends on the host, one walk each:
// - www.jobprogress.com: the name form is a real `<form method="post">`. Its script asks the backend for
//   the token first (a site's `serve` is synchronous: it cannot call the backend itself) and hands it
//   to the "server" in the POST; the server keeps it as a flash and answers 303 to
//   `/app/developers/tokens/created?ref=…`, a server-rendered page with the token in a `<code>` (shown
//   once: the flash is gone after that page). "Copy to Clipboard" copies and closes the modal at
//   once; the top page then reloads itself.
// - jobprogress.com: the form is sent by XHR and the frame's script replaces the form by the token in
//   a read-only input (value set as a property), "Copy" ("Copied!") and "Done"; closed by the top
//   page's "×" in the walk, the list reloaded by XHR.
import { fileSite, type FileSiteOptions } from '../serve';
import type { SandboxSite, SiteResponse } from '../../sites/types';

const dir = new URL('.', import.meta.url);

const assets: FileSiteOptions['routes'] = {
  '/app/': 'app.html',
  '/app/index.html': 'app.html',
  '/app/assets/css/jp-legacy.css': 'jp-legacy.css',
  '/app/assets/css/jquery.fancybox.css': 'jquery.fancybox.css',
  '/app/assets/css/jp-frame.css': 'jp-frame.css',
  '/app/assets/js/jquery.fancybox.js': 'jquery.fancybox.js',
  '/app/assets/js/jp-legacy.js': 'jp-legacy.js',
  '/app/assets/js/token-new.js': 'token-new.js',
  '/app/assets/js/token-created.js': 'token-created.js',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const html = (body: string, status = 200): SiteResponse => ({ status, contentType: 'text/html; charset=utf-8', body });

/** Tokens posted by the name form, kept until their page is shown once (the server's flash). */
const flashes = new Map<string, { name: string; token: string; createdAt: string }>();

function tokenPosted(body: string | undefined): SiteResponse {
  const form = new URLSearchParams(body ?? '');
  const token = form.get('issued_token') ?? '';
  const name = form.get('name') ?? '';
  if (!token) return html(page('Generate Token', '<div class="alert alert-error">The token could not be generated. Close this window and try again.</div>'), 422);
  const ref = Math.random().toString(36).slice(2, 12);
  flashes.set(ref, { name, token, createdAt: form.get('issued_at') ?? new Date().toISOString() });
  return { status: 303, contentType: 'text/html; charset=utf-8', body: '', headers: { location: `/app/developers/tokens/created?ref=${ref}` } };
}

function tokenCreated(ref: string | null): SiteResponse {
  const flash = ref ? flashes.get(ref) : undefined;
  if (ref) flashes.delete(ref);
  if (!flash) {
    return html(page('API Token', '<div class="alert">This token can no longer be shown. Tokens are displayed only once, when they are generated.</div><div class="form-actions"><button type="button" class="btn" onclick="parent.$.fancybox.close()">Close</button></div>'));
  }
  const d = new Date(flash.createdAt);
  const when = `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
  return html(
    page(
      'API Token Generated',
      `<div class="alert alert-success">Token <strong>${esc(flash.name)}</strong> was generated on ${when}.</div>
<div class="control-group"><div class="control-label">Access Token</div>
<div class="token-well"><code id="generatedToken">${esc(flash.token)}</code></div></div>
<p class="text-warning"><i class="icon-warning-sign"></i> For your security this token will not be shown again. Store it somewhere safe.</p>
<div class="form-actions"><button type="button" class="btn btn-primary" id="copyToken">Copy to Clipboard</button></div>`,
      '<script type="text/javascript" src="/app/assets/js/token-created.js"></script>',
    ),
  );
}

/** A server-rendered page of the frame (same head and body wrapper as the static ones). */
function page(title: string, content: string, scripts = ''): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(title)} | JobProgress</title>
<link rel="stylesheet" type="text/css" href="/app/assets/css/jp-frame.css">
</head>
<body class="fancybox-page">
<div id="frameContent">
<h3 class="frame-title">${esc(title)}</h3>
${content}
</div>
${scripts}
</body>
</html>`;
}

function leapSite(hosts: string[], newTokenPage: string): SandboxSite {
  const files = fileSite({ crm: 'leap', hosts, dir, routes: { ...assets, '/app/developers/tokens/new': newTokenPage } });
  return {
    ...files,
    serve(request) {
      const { pathname } = request.url;
      if (pathname === '/app/developers/tokens' && request.method === 'POST') return tokenPosted(request.body);
      if (pathname === '/app/developers/tokens/created') return tokenCreated(request.url.searchParams.get('ref'));
      if (request.method !== 'GET' && request.method !== 'HEAD') return null;
      return files.serve(request);
    },
  };
}

export const leapIframeModalSites = [leapSite(['www.jobprogress.com'], 'token-new.html'), leapSite(['jobprogress.com'], 'token-new-xhr.html')];
