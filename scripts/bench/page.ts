// The bench's synthetic Leap-like page: a large jobs table (~50k nodes) that the bench can
// set under constant mutation, and a one-time "Your API token" dialog it can insert.
// Served at https://www.jobprogress.com/app/bench.html, inside the Leap content script's matches.
import { leapSite } from '../../test/sandbox/sites/leap/index';
import type { SandboxSite } from '../../test/sandbox/sites/types';

export const BENCH_URL = 'https://www.jobprogress.com/app/bench.html';
export const TABLE_ROWS = 3_000;
const COLUMNS = ['Job', 'Customer', 'Address', 'Stage', 'Trade', 'Rep', 'Amount', 'Updated'];

/** What the page exposes as `window.__bench` (driven through page.evaluate). */
export interface BenchPageApi {
  startMutation(): void;
  stopMutation(): void;
  /** Inserts the token dialog; returns Date.now() right after it is in the DOM. */
  showToken(token: string): number;
  hideToken(): void;
  nodeCount(): number;
  longTasks: { count: number; totalMs: number; maxMs: number };
  mutationTicks: number;
}

// Plain browser script (no bundler, no TypeScript helpers): runs as the page's own code.
const PAGE_SCRIPT = `
(() => {
  const COLUMNS = ${JSON.stringify(COLUMNS)};
  const ROWS = ${TABLE_ROWS};
  const STAGES = ['Lead', 'Estimate', 'Proposal', 'Sold', 'In progress', 'Completed'];
  const api = { longTasks: { count: 0, totalMs: 0, maxMs: 0 }, mutationTicks: 0 };
  window.__bench = api;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        api.longTasks.count += 1;
        api.longTasks.totalMs += entry.duration;
        api.longTasks.maxMs = Math.max(api.longTasks.maxMs, entry.duration);
      }
    }).observe({ type: 'longtask' });
  } catch (e) { /* longtask unsupported: counts stay 0 */ }

  const cell = (text) => { const td = document.createElement('td'); td.textContent = text; return td; };
  let nextJob = 1;
  const makeRow = () => {
    const n = nextJob++;
    const tr = document.createElement('tr');
    tr.append(cell('JOB-' + n), cell('Customer ' + n), cell(n + ' Main Street'), cell(STAGES[n % STAGES.length]),
      cell(n % 2 ? 'Roofing' : 'Siding'), cell('Rep ' + (n % 40)), cell('$' + (n * 37 % 90000)), cell('2024-05-' + String(1 + n % 28).padStart(2, '0')));
    return tr;
  };
  const tbody = document.querySelector('#jobs tbody');
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < ROWS; i++) fragment.append(makeRow());
  tbody.append(fragment);

  let timer = 0;
  let seed = 1;
  const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
  api.startMutation = () => {
    if (timer) return;
    timer = setInterval(() => {
      api.mutationTicks += 1;
      const rows = tbody.rows;
      for (let i = 0; i < 50; i++) {
        const row = rows[Math.floor(random() * rows.length)];
        row.cells[Math.floor(random() * COLUMNS.length)].textContent = 'v' + Math.floor(random() * 1e6);
      }
      tbody.append(makeRow());
      tbody.firstElementChild.remove();
    }, 16);
  };
  api.stopMutation = () => { clearInterval(timer); timer = 0; };
  api.nodeCount = () => { const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL); let n = 0; while (walker.nextNode()) n++; return n; };
  api.showToken = (token) => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'token-title');
    dialog.className = 'modal';
    dialog.innerHTML = '<h2 id="token-title">Your API token</h2>' +
      '<p>Copy this token now: it will only be shown once.</p>' +
      '<label for="token-value">API Token</label> <input id="token-value" readonly>' +
      '<div><button type="button">Copy to Clipboard</button> <button type="button" aria-label="Close">×</button></div>';
    dialog.querySelector('input').value = token;
    document.body.append(dialog);
    return Date.now();
  };
  api.hideToken = () => { for (const d of document.querySelectorAll('[role=dialog]')) d.remove(); };
})();
`;

const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Jobs – Leap</title>
<style>
body{font:13px system-ui,sans-serif;margin:0;color:#1e293b}
header{display:flex;gap:16px;align-items:center;padding:8px 16px;background:#0f3a5f;color:#fff}
header a{color:#fff}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border-bottom:1px solid #e2e8f0;padding:2px 6px;text-align:left}
.modal{position:fixed;top:20%;left:30%;width:40%;background:#fff;border:1px solid #94a3b8;padding:16px;box-shadow:0 8px 24px #0004}
.modal input{width:100%}
</style></head>
<body>
<header><strong>Leap</strong><nav aria-label="Main"><a href="#/jobs">Jobs</a> <a href="#/calendar">Calendar</a> <a href="#/reports">Reports</a></nav></header>
<main><h1>Jobs</h1><button type="button" id="generate">Generate Token</button>
<table id="jobs"><thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody></tbody></table>
</main>
<script src="/app/bench.js"></script>
</body></html>`;

/** Leap's sandbox site plus the bench page (one site per host: the router refuses two). */
export const benchLeapSite: SandboxSite = {
  ...leapSite,
  serve(request) {
    if (request.url.pathname === '/app/bench.html') return { status: 200, contentType: 'text/html; charset=utf-8', body: PAGE_HTML };
    if (request.url.pathname === '/app/bench.js') return { status: 200, contentType: 'text/javascript; charset=utf-8', body: PAGE_SCRIPT };
    return leapSite.serve(request);
  },
};
