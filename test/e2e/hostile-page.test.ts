// A CRM page that plants values for the assistant to take, in Chromium (the rules that need layout:
// off the page, clipped away, transparent, tiny, in web components): only what a person can read is captured, a
// dialog flashed for one task is never taken, and the page can neither trap the card in an
// endless fight nor stop the assistant with a forged start-up announcement.
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxSite } from '../sandbox/sites/types';
import { startSandbox, waitForOverlay, type Sandbox } from './harness';
import { connectExtension, readCaptured } from './variants/extension-probe';

const jwt = (n: number) => `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ${n}In0.c2lnbmF0dXJlLXBsYW50${n}`;
const REAL = jwt(1);
const PLANTS = {
  offPage: jwt(2),
  clipped: jwt(3),
  transparent: jwt(4),
  tiny: jwt(5),
  ariaHidden: jwt(6),
  flashed: jwt(7),
  indented: jwt(8),
  // In web components: light DOM no slot draws, and a shadow root's clipped box.
  unslotted: jwt(9),
  shadowClipped: jwt(10),
  // In a fixed box out of the window, which no scrolling brings in: a drawer slid out right, a sheet below.
  slidOut: jwt(11),
  fixedBelow: jwt(12),
};

/** A Developers page; "Generate Token" opens a dialog with the plants (and the real token when asked). */
const PAGE = `<!doctype html><html><head><title>Developers | Leap</title></head><body>
<h1>Developers</h1><p>Public API Tokens</p><button id="gen">Generate Token</button>
<script>
const plants = ${JSON.stringify(PLANTS)};
const real = ${JSON.stringify(REAL)};
const label = (v, style = '') => '<div style="' + style + '"><span>API Token</span> <code>' + v + '</code></div>';
// "#…plant=clipped": that plant alone (one at a time, so no plant hides behind another's ambiguity).
const only = (location.hash.match(/plant=(\\w+)/) || [])[1];
const shown = (name, html) => (!only || only === name ? html : '');
document.getElementById('gen').addEventListener('click', () => {
  // A dialog shown and removed in the same task: no person ever saw it.
  const flash = document.createElement('div');
  flash.setAttribute('role', 'dialog');
  flash.innerHTML = '<h2>Your API Token</h2>' + label(plants.flashed);
  if (shown('flashed', 'x')) {
    document.body.append(flash);
    flash.remove();
  }
  const d = document.createElement('div');
  d.setAttribute('role', 'dialog');
  d.innerHTML = '<h2>Your API Token</h2><p>Copy it now: it is shown only once.</p>'
    + shown('offPage', label(plants.offPage, 'position:absolute;left:-10000px'))
    + shown('clipped', '<div style="overflow:hidden;height:0">' + label(plants.clipped) + '</div>')
    + shown('transparent', label(plants.transparent, 'color:transparent'))
    + shown('tiny', label(plants.tiny, 'font-size:1px'))
    + shown('ariaHidden', '<div aria-hidden="true">' + label(plants.ariaHidden) + '</div>')
    + shown('indented', label(plants.indented, 'text-indent:-9999px;overflow:hidden'))
    + shown('unslotted', '<x-unslotted>' + label(plants.unslotted) + '</x-unslotted>')
    + shown('shadowClipped', '<x-clipped></x-clipped>')
    + shown('slidOut', label(plants.slidOut, 'position:fixed;top:0;right:0;width:320px;transform:translateX(100%)'))
    + shown('fixedBelow', label(plants.fixedBelow, 'position:fixed;left:0;top:100vh'))
    + (location.hash.includes('real') ? label(real) : '')
    // A modal's fixed mask that scrolls: the token below the window is a scroll away.
    + (location.hash.includes('scrolled') ? '<div style="position:fixed;inset:0;overflow:auto"><div style="height:150vh"></div>' + label(real) + '</div>' : '')
    + '<button>Close</button>';
  document.body.append(d);
  for (const host of d.querySelectorAll('x-unslotted')) host.attachShadow({ mode: 'open' }).innerHTML = '<p>Token details</p>';
  for (const host of d.querySelectorAll('x-clipped')) host.attachShadow({ mode: 'open' }).innerHTML = '<div style="overflow:hidden;height:0">' + label(plants.shadowClipped) + '</div>';
});
// Forged announcements of a newer content script (WXT's own protocol): they must stop nothing.
for (const type of ['wxt:content-script-started', 'heavyset:stop']) {
  window.postMessage({ type, contentScriptName: 'leap', messageId: 'x' }, '*');
  window.dispatchEvent(new CustomEvent(type));
}
// The page removes the card whenever it comes back.
if (location.hash.includes('fight')) {
  new MutationObserver(() => document.querySelector('heavyset-assistant')?.remove()).observe(document.documentElement, { childList: true });
}
</script></body></html>`;

const hostileLeap: SandboxSite = {
  crm: 'leap',
  hosts: ['www.jobprogress.com', 'jobprogress.com'],
  serve: (request) => (request.url.pathname.startsWith('/app') ? { status: 200, contentType: 'text/html', body: PAGE } : null),
};

async function generate(sandbox: Sandbox, hash: string): Promise<Page> {
  const page = await sandbox.browser.newPage(`https://www.jobprogress.com/app/#/settings/developers${hash}`);
  await page.waitForSelector('#gen');
  await page.click('#gen');
  await page.waitForSelector('[role=dialog]');
  return page;
}

describe('a hostile CRM page', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ sites: [hostileLeap] });
    await connectExtension(sandbox, 'leap');
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('plants no one can read (off the page, clipped, transparent, tiny, aria-hidden, indented away, flashed, unslotted, clipped in a shadow root, in a fixed box out of the window) are never captured', async () => {
    // Each plant alone on its own page (all open at once): a leak names itself by its value.
    const pages: Page[] = [];
    for (const name of Object.keys(PLANTS)) pages.push(await generate(sandbox, `?plant=${name}`));
    await new Promise((r) => setTimeout(r, 2_500)); // past every re-read of the new dialogs
    const captured = await readCaptured(sandbox, 'leap', ['apiToken']);
    const leaked = Object.entries(PLANTS).find(([, value]) => value === captured.apiToken)?.[0];
    expect(leaked ?? captured.apiToken ?? null).toBeNull();
    await Promise.all(pages.map((p) => p.close()));
  });

  it('among the plants, the one token a person reads is captured — and the forged announcements stopped nothing', async () => {
    const page = await generate(sandbox, '#real');
    await waitForOverlay(page, /API Token captured/i, 10_000);
    expect(await readCaptured(sandbox, 'leap', ['apiToken'])).toEqual({ apiToken: REAL });
    await page.close();
  });

  it('a token below the window inside a fixed mask that scrolls is captured (a scroll brings it in)', async () => {
    const page = await generate(sandbox, '#scrolled');
    await waitForOverlay(page, /API Token captured/i, 10_000);
    expect(await readCaptured(sandbox, 'leap', ['apiToken'])).toEqual({ apiToken: REAL });
    await page.close();
  });

  it('the page can neither read the card (closed shadow root) nor remove it for good', async () => {
    const page = await generate(sandbox, '#real');
    await waitForOverlay(page, /API Token captured/i, 10_000);
    expect(await page.evaluate(() => document.querySelector('heavyset-assistant')?.shadowRoot ?? null)).toBeNull();
    expect(await page.evaluate(() => document.querySelector('heavyset-assistant')?.textContent ?? '')).toBe('');
    await page.evaluate(() => document.querySelector('heavyset-assistant')!.remove());
    await page.waitForSelector('heavyset-assistant', { timeout: 2_000 });
    await waitForOverlay(page, /API Token captured/i, 5_000);
    await page.close();
  });

  it('a page that keeps removing the card stays responsive (the card rests instead of fighting)', async () => {
    const page = await sandbox.browser.newPage('https://www.jobprogress.com/app/#/settings/developers#fight');
    await page.waitForSelector('#gen');
    const started = Date.now();
    for (let i = 0; i < 5; i++) expect(await page.evaluate(() => document.title)).toBe('Developers | Leap');
    expect(Date.now() - started).toBeLessThan(5_000);
    await page.close();
  });
});
