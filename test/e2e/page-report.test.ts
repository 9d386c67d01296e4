// "Report this page" from the popup, end to end: a Leap page holding planted values of every field
// of every playbook (text, inputs set by property, attributes, an address's query, an open shadow
// root, a same-origin frame); the popup previews the redacted snapshot, the person adds a note and
// sends it; the popup shows the report id, and the report HeavySet received holds none of the values.
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callSandbox } from '../sandbox/server/testing';
import { SAMPLES, leaks } from '../unit/support/planted-values';
import { click, openPopup, saveOptions, screenshot, startSandbox, typeInto, waitForOverlay, waitForText, type Sandbox } from './harness';

const DEVELOPERS = 'https://www.jobprogress.com/app/#/settings/developers?tab=tokens';

/** Puts every planted value on the page, in every place a page can hold one. */
async function plantValues(page: Page): Promise<void> {
  await page.evaluate((samples: Record<string, string>) => {
    const entries = Object.entries(samples);
    const section = document.createElement('section');
    section.setAttribute('aria-label', 'Planted values');
    section.innerHTML = '<h2>Planted values</h2>';
    for (const [key, value] of entries) {
      const row = document.createElement('div');
      row.innerHTML = `<p>${key}: <code>${value}</code> (${value}).</p><label>${key} <input readonly></label><span title="${value}" data-value="${value}">attr</span><a href="/app/apps?token=${encodeURIComponent(value)}">link</a>`;
      row.querySelector('input')!.value = value;
      section.append(row);
    }
    document.querySelector('main, #app, body')!.append(section);

    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<h3>In a shadow root</h3>${entries.map(([key, value]) => `<p>${key} ${value}</p><input aria-label="${key}">`).join('')}`;
    shadow.querySelectorAll('input').forEach((input, i) => (input.value = entries[i]![1]));
    document.body.append(host);

    const frame = document.createElement('iframe');
    frame.srcdoc = `<h3>In a frame</h3>${entries.map(([key, value]) => `<p>${key} ${value}</p><input aria-label="${key}" value="">`).join('')}`;
    document.body.append(frame);
  }, SAMPLES);
  await page.waitForFunction(() => document.querySelector('iframe[srcdoc]') && (document.querySelector('iframe[srcdoc]') as HTMLIFrameElement).contentDocument?.querySelectorAll('input').length);
  await page.evaluate((values: string[]) => {
    const inputs = (document.querySelector('iframe[srcdoc]') as HTMLIFrameElement).contentDocument!.querySelectorAll('input');
    inputs.forEach((input, i) => (input.value = values[i]!));
  }, Object.values(SAMPLES));
}

describe('Report this page (popup → HeavySet)', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
    const options = await saveOptions(sandbox, sandbox.server.codes.leap);
    await waitForText(options, /Connected to Acme Roofing/);
    await options.close();
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('previews a redacted snapshot, sends it with the note on click and shows the report id', async () => {
    const page = await sandbox.browser.newPage(DEVELOPERS);
    await waitForOverlay(page, 'Click "Generate Token"');
    await plantValues(page);

    const popup = await openPopup(sandbox);
    await click(popup, 'button', 'Report this page…');
    const preview = await popup.waitForSelector('pre[aria-label="What will be sent"]', { timeout: 15_000 });
    const previewText = (await preview!.evaluate((el) => el.textContent)) ?? '';
    expect(leaks(previewText)).toEqual([]);
    expect(previewText).toContain('Public API Tokens');
    expect(await popup.evaluate(() => document.body.innerText)).toContain('https://www.jobprogress.com/app/');
    await typeInto(popup, 'Note for HeavySet (optional)', 'Testing the report path.');
    await screenshot(popup, 'report-page-preview');
    expect((await callSandbox(sandbox.server, 'GET', '/sandbox/page-reports')).body.reports).toEqual([]);

    await click(popup, 'button', 'Send report');
    const idHandle = await popup.waitForSelector('.report-id', { timeout: 15_000 });
    const id = await idHandle!.evaluate((el) => el.textContent);
    expect(id).toMatch(/^rep_[A-Za-z0-9]{16,}$/);
    await screenshot(popup, 'report-page-sent');

    const { reports } = (await callSandbox(sandbox.server, 'GET', '/sandbox/page-reports')).body as { reports: Record<string, unknown>[] };
    expect(reports).toHaveLength(1);
    const report = reports[0]!;
    expect(report).toMatchObject({
      id,
      crmType: 'leap',
      pageUrl: 'https://www.jobprogress.com/app/',
      stepId: 'generate-token',
      playbookVersion: null,
      note: 'Testing the report path.',
    });
    expect(report.extensionVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const body = JSON.stringify(report);
    expect(leaks(body)).toEqual([]);
    const snapshot = report.snapshot as string;
    expect(snapshot).toContain('<h1>Developers</h1>');
    expect(snapshot).toContain('<template shadowrootmode="open">');
    expect(snapshot).toMatch(/data-heavyset-frame="inlined">[\s\S]*In a frame/);
    expect(snapshot).toContain('value="[input]"');
    expect(snapshot).not.toContain('heavyset-assistant');
    expect(snapshot).not.toMatch(/<script|\?token=/);
    await popup.close();
    await page.close();
  });
});
