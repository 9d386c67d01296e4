// The options page as a person uses it: a good code shows the organization; a bad one says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { click, startSandbox, typeInto, waitForText, type Sandbox } from './harness';

let sandbox: Sandbox;
let page: Page;
beforeAll(async () => {
  sandbox = await startSandbox();
  page = await sandbox.browser.newPage(sandbox.extensionUrl('options.html'));
});
afterAll(() => sandbox.close());

async function save(apiUrl: string, code: string): Promise<void> {
  await typeInto(page, 'HeavySet API URL', apiUrl);
  await typeInto(page, 'Connect code', code);
  await click(page, 'button', 'Save');
}

describe('options page', () => {
  it('refuses plain http outside loopback before calling anything', async () => {
    await save('http://api.heavyset.tech', sandbox.server.codes.leap);
    await waitForText(page, /must use https/i);
  });

  it('says when HeavySet cannot be reached', async () => {
    await save('http://127.0.0.1:9', sandbox.server.codes.leap);
    await waitForText(page, /cannot be reached/i, 20_000);
  });

  it('says when the connect code has expired, and how to get a new one', async () => {
    await save(sandbox.server.url, sandbox.server.codes.expired);
    await waitForText(page, /expired or was revoked/i);
  });

  it('trims a pasted code and shows the organization and CRM config once saved', async () => {
    await save(sandbox.server.url, `  ${sandbox.server.codes.leap}\n`);
    await waitForText(page, /Connected to Acme Roofing/);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(sandbox.server.codes.leap);
  });
});
