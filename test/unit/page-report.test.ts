// @vitest-environment node
// "Report this page": a page holding planted values of every field of every playbook — in text,
// inputs set by property, attributes, addresses, scripts, an open shadow root and a same-origin
// frame — gives a snapshot that keeps the page's structure and none of the values; the report the
// background sends (searched as the reference server received it) holds none of them either.
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { playbooks } from '@/utils/crm';
import { regexOf } from '@/utils/guide/text';
import { isTokenLike, redactedSnapshot, snapshotAnswer, type RedactionPatterns } from '@/utils/guide/page-report';
import { reportHandlers, type TabsApi } from '@/utils/background/handlers/reports';
import { createPlaybookUpdater } from '@/utils/background/playbooks/updater';
import type { Context } from '@/utils/background/context';
import { createClient } from '@/utils/heavyset/client';
import type { PageSnapshotRequest } from '@/utils/messages';
import type { Playbook } from '@/utils/guide/playbook';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callSandbox } from '../sandbox/server/testing';
import { SAMPLES, leaks } from './support/planted-values';

const fields = playbooks.flatMap((p) => p.fields.map((f) => ({ crm: p.crm, ...f })));
const patterns: RedactionPatterns = {
  detect: fields.flatMap((f) => (f.detect ? [f.detect] : [])),
  formats: fields.map((f) => f.format.pattern),
};

/** The same values in every place a page can hold them. */
function plant(root: ParentNode & { ownerDocument: Document | null }, doc: Document, where: string): void {
  const section = doc.createElement('section');
  section.setAttribute('aria-label', `Values in ${where}`);
  section.innerHTML = `<h2>Values in ${where}</h2>`;
  for (const [key, value] of Object.entries(SAMPLES)) {
    const row = doc.createElement('div');
    row.setAttribute('role', 'dialog');
    row.setAttribute('aria-labelledby', `${where}-${key}-title`);
    row.innerHTML = `
      <h3 id="${where}-${key}-title">Your ${key}</h3>
      <p>Copy it now: <code>${value}</code> (shown once).</p>
      <p>(${value}), "${value}". value=${value}; ${key}:${value}</p>
      <label for="${where}-${key}-input">${key} field</label>
      <input id="${where}-${key}-input" type="text" readonly>
      <input type="hidden" name="${key}">
      <textarea aria-label="${key} notes"></textarea>
      <div contenteditable="true">${value}</div>
      <a href="https://crm.example/apps/${encodeURIComponent(value)}/edit?token=${encodeURIComponent(value)}#t=${encodeURIComponent(value)}" title="Open ${value}" data-value="${value}">Edit</a>
      <img src="https://crm.example/img.png?sig=${encodeURIComponent(value)}" alt="${value}">
      <select aria-label="${key} choice"><option value="${value}" selected>${key} choice</option></select>
      <button type="button" onclick="copy('${value}')" style="background:url(${value})">Copy</button>
      <script>window.leak = "${value}";</script>
      <style>/* ${value} */ .x { content: "${value}"; }</style>
      <!-- ${value} -->`;
    (row.querySelector('input[type=text]') as HTMLInputElement).value = value;
    (row.querySelector('input[type=hidden]') as HTMLInputElement).value = value;
    (row.querySelector('textarea') as HTMLTextAreaElement).value = value;
    section.append(row);
  }
  root.append(section);
}

// A page at a CRM's address (its own window: the reference server is reached with Node's fetch).
const window = new Window({ url: 'https://www.jobprogress.com/app/#/settings/developers?tab=1', settings: { disableIframePageLoading: true } });
const document = window.document as unknown as Document;

/** A same-origin frame (happy-dom loads no frame: its document is made here, as Chromium would give it). */
function sameOriginFrame(): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  const frameDoc = document.implementation.createHTMLDocument('Frame');
  plant(frameDoc.body as HTMLElement & { ownerDocument: Document }, frameDoc, 'frame');
  Object.defineProperty(frame, 'contentDocument', { get: () => frameDoc });
  frame.setAttribute('src', 'https://www.jobprogress.com/app/frame.html?session=abc');
  return frame;
}

function buildPage(): void {
  document.title = `Developers ${SAMPLES.apiToken}`;
  document.body.innerHTML = '<main><h1>Developers</h1><nav aria-label="Settings menu"><a href="#/settings/developers">Developers</a></nav></main>';
  plant(document.body, document, 'page');
  const host = document.createElement('div');
  host.setAttribute('id', 'shadow-host');
  plant(host.attachShadow({ mode: 'open' }) as ShadowRoot & { ownerDocument: Document }, document, 'shadow');
  document.body.append(host);
  document.body.append(sameOriginFrame());
  const card = document.createElement('heavyset-assistant');
  card.textContent = `our own card …${SAMPLES.clientSecret!.slice(-4)} ${SAMPLES.clientSecret}`;
  document.body.append(card);
}

describe('the planted values', () => {
  it('are values of their fields (format, and detect when the field has one), one for every field of every playbook', () => {
    for (const field of fields) {
      const sample = SAMPLES[field.key];
      expect(sample, `a planted value for ${field.crm}.${field.key}`).toBeDefined();
      expect(regexOf(field.format.pattern).test(sample!), `${field.key} format`).toBe(true);
      if (field.detect) expect(regexOf(field.detect).test(sample!), `${field.key} detect`).toBe(true);
    }
  });
});

describe('redactedSnapshot', () => {
  beforeEach(buildPage);

  it('keeps none of the values, anywhere on the page', () => {
    const { html, replaced, truncated } = redactedSnapshot(document, patterns, { skip: (el) => el.localName === 'heavyset-assistant' });
    expect(leaks(html)).toEqual([]);
    if (process.env.SHOW_SNAPSHOT) console.log(html);
    expect(truncated).toBe(false);
    expect(replaced).toBeGreaterThan(3 * Object.keys(SAMPLES).length * 8);
    expect(html).not.toMatch(/<script|onclick|window\.leak|content: "|<!-- (?!HeavySet)|\?token|\?sig|#t=|session=abc/);
  });

  it('keeps the structure: headings, roles, labels, shadow roots and same-origin frames', () => {
    const { html } = redactedSnapshot(document, patterns, { skip: (el) => el.localName === 'heavyset-assistant' });
    expect(html).toContain('<h1>Developers</h1>');
    expect(html).toContain('<nav aria-label="Settings menu">');
    expect(html).toContain('role="dialog"');
    expect(html).toMatch(/<h3 id="page-apiToken-title">Your apiToken<\/h3>/);
    expect(html).toMatch(/<label for="page-clientSecret-input">clientSecret field<\/label>/);
    expect(html).toContain('<input id="page-clientSecret-input" type="text" readonly value="[input]">');
    expect(html).toContain('<textarea aria-label="clientSecret notes">[input]</textarea>');
    expect(html).toContain('<option selected>clientSecret choice</option>');
    expect(html).toContain('<template shadowrootmode="open">');
    expect(html).toMatch(/<template shadowrootmode="open">\s*<section aria-label="Values in shadow">/);
    expect(html).toMatch(/<iframe src="https:\/\/www\.jobprogress\.com\/app\/frame\.html" data-heavyset-frame="inlined">[\s\S]*Values in frame/);
    expect(html).toContain('<a href="https://www.jobprogress.com/app/">Developers</a>');
    expect(html).toContain('<style></style>');
    expect(html).not.toContain('our own card');
  });

  it('replaces long token-like strings and e-mail addresses that match no field', () => {
    document.body.innerHTML = '<p>Session Zk8PqR2vLx9mWn4Tb7Yc and jane.doe@acme.example; plain words stay: Generate Token, Developers, page 12.</p>';
    const { html } = redactedSnapshot(document, patterns);
    expect(html).toContain('Session [token] and [email]; plain words stay: Generate Token, Developers, page 12.');
    expect(isTokenLike('internationalization')).toBe(false);
    expect(isTokenLike('AbCdEfGhIjKlMnOpQr')).toBe(true);
    expect(isTokenLike('a1b2c3d4e5f6g7h8')).toBe(true);
  });

  it('stays under the size limit, saying where it was cut', () => {
    document.body.innerHTML = `<ul>${'<li>Row of a long list</li>'.repeat(5_000)}</ul>`;
    const { html, truncated } = redactedSnapshot(document, patterns, { maxChars: 20_000 });
    expect(truncated).toBe(true);
    expect(html.length).toBeLessThan(20_200);
    expect(html).toMatch(/cut here, the page is larger than a report takes\. -->$/);
  });
});

describe('a report, from the page to HeavySet', () => {
  let server: ReferenceServer;
  beforeAll(async () => {
    server = await startReferenceServer({ quiet: true });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    fakeBrowser.reset();
    await callSandbox(server, 'POST', '/sandbox/reset');
    buildPage();
  });

  it('sends a body that holds none of the values', async () => {
    const leap = playbooks.find((p) => p.crm === 'leap')!;
    const source = { playbook: leap as Playbook, version: null, view: () => ({ stepNumber: 3 }) as never };
    // The CRM tab's content script, as the background reaches it with tabs.sendMessage.
    const tabs: TabsApi = {
      query: async (query) => (query.active ? [{ id: 7 }] : [{ id: 7 }]) as never,
      sendMessage: async (tabId, message: PageSnapshotRequest) => ({
        ok: true,
        value: snapshotAnswer(document, message, source),
      }),
    };
    const client = createClient({ apiUrl: server.url, connectCode: server.codes.leap, retries: 0 });
    const session = await client.session();
    const ctx = {
      linked: async () => ({ client, session, playbook: leap }),
      problemOf: (error: unknown) => String(error),
    } as unknown as Context;
    const updater = createPlaybookUpdater({ apiUrl: async () => server.url, extensionVersion: '0.1.0', productionKeys: [] });
    const handlers = reportHandlers(ctx, updater, { tabs, extensionVersion: () => '0.1.0' });

    const snapshot = await handlers['report/snapshot']({ type: 'report/snapshot' });
    if (!snapshot.ok) throw new Error(snapshot.problem);
    expect(snapshot.value).toMatchObject({ crm: 'leap', crmName: 'Leap CRM', stepId: leap.steps[2]!.id, playbookVersion: null });
    expect(leaks(snapshot.value.snapshot)).toEqual([]);

    const sent = await handlers['report/send']({ type: 'report/send', ...snapshot.value, note: 'The Developers page moved.' });
    if (!sent.ok) throw new Error(sent.problem);
    const { reports } = (await callSandbox(server, 'GET', '/sandbox/page-reports')).body as { reports: { id: string }[] };
    const stored = reports.find((r) => r.id === sent.value.id);
    expect(stored).toMatchObject({ crmType: 'leap', note: 'The Developers page moved.', extensionVersion: '0.1.0', stepId: leap.steps[2]!.id });
    expect(leaks(JSON.stringify(reports))).toEqual([]);
  });
});
