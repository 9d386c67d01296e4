// The HTML documents of the ServiceTitan sandbox: an empty SPA shell (content is rendered by the
// scripts) and the static integration-environment landing page.

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export function spaHtml(title: string, scripts: string[]): string {
  const tags = scripts.map((src) => `<script src="${escapeHtml(src)}"></script>`).join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)}</title>
    ${tags}
  </head>
  <body>
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
  </body>
</html>`;
}

export function integrationLandingHtml(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>ServiceTitan | Integration environment</title>
    <style>
      body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;background:#f6f7f8;color:#141414}
      .top{height:56px;background:#5a3a00;color:#fff;display:flex;align-items:center;gap:16px;padding:0 24px;font-weight:800}
      .top span{font-weight:600;font-size:12px;text-transform:uppercase;background:#ffb020;color:#3a2500;padding:3px 10px;border-radius:10px}
      main{max-width:460px;margin:64px auto;background:#fff;border:1px solid #dfe0e1;border-radius:10px;padding:32px}
      h1{margin:0 0 8px;font-size:22px} p{color:#5c6168} label{display:block;font-weight:600;font-size:13px;margin:14px 0 6px}
      input{width:100%;box-sizing:border-box;height:36px;border:1px solid #bcbfc3;border-radius:4px;padding:0 10px;font:inherit}
      button{margin-top:20px;width:100%;height:40px;border:0;border-radius:4px;background:#0265dc;color:#fff;font:inherit;font-weight:600} button:disabled{opacity:.55}
      .warn{background:#fff4e5;border:1px solid #f5c77e;border-radius:6px;padding:10px 12px;font-size:13px;color:#5a3a00}
    </style>
  </head>
  <body>
    <header class="top">ServiceTitan <span>Integration environment</span></header>
    <main>
      <h1>Integration environment</h1>
      <div class="warn" role="note">This is ServiceTitan's integration (test) environment. Apps and tenants here are separate from production: an app registered after "Developer login" cannot be connected to your company's production account.</div>
      <form onsubmit="return false">
        <label for="username">Username</label><input id="username" autocomplete="username">
        <label for="password">Password</label><input id="password" type="password" autocomplete="current-password">
        <button type="submit" disabled>Sign In</button>
      </form>
      <p>To set up a live integration, sign in to the Developer Portal with "Login as Production Environment User".</p>
    </main>
  </body>
</html>`;
}
