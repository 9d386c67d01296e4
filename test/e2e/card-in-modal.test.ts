// While the page shows a native modal <dialog>, everything outside it is inert under its backdrop: the
// card moves into the dialog to stay readable and usable, also when a web component shows the dialog
// inside its shadow root (Lit and Spectrum-style kits do), and back out when it closes.
import { afterEach, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './harness';
import { openDevelopers } from './walks/leap';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

it('the card moves into a modal dialog shown in a web component’s shadow root (also with the focus in a slotted field), and out when it closes', async () => {
  sandbox = await startSandbox();
  const page = await openDevelopers(sandbox);
  await page.evaluate(() => {
    const component = document.createElement('x-dialog');
    component.attachShadow({ mode: 'open' }).innerHTML = '<dialog><h2>Confirm</h2><p>Are you sure?</p><button>Done</button></dialog>';
    document.body.append(component);
    component.shadowRoot!.querySelector('dialog')!.showModal();
  });
  const inDialog = () => document.querySelector('x-dialog')?.shadowRoot?.querySelector('dialog > heavyset-assistant') != null;
  await page.waitForFunction(inDialog, { timeout: 5_000 });
  // Above the backdrop: what a click at the card's corner meets is the card (the bottom right at 1280×800).
  const hit = await page.evaluate(() => document.querySelector('x-dialog')!.shadowRoot!.elementFromPoint(1200, 700)?.tagName);
  expect(hit).toBe('HEAVYSET-ASSISTANT');
  await page.evaluate(() => document.querySelector('x-dialog')!.shadowRoot!.querySelector('dialog')!.close());
  await page.waitForFunction(() => document.querySelector('heavyset-assistant')?.parentNode === document.documentElement, { timeout: 5_000 });
  expect(await page.evaluate(inDialog)).toBe(false);

  // The focus in a field the component slots into its dialog (light DOM: its parent is the host, not the dialog).
  await page.evaluate(() => {
    const component = document.createElement('x-field-dialog');
    component.innerHTML = '<label>Client Secret <input readonly value="shown once"></label>';
    component.attachShadow({ mode: 'open' }).innerHTML = '<dialog><h2>Client Secret</h2><slot></slot><button>Done</button></dialog>';
    document.body.append(component);
    component.shadowRoot!.querySelector('dialog')!.showModal();
    component.querySelector('input')!.focus();
  });
  await page.waitForFunction(() => document.querySelector('x-field-dialog')?.shadowRoot?.querySelector('dialog > heavyset-assistant') != null, { timeout: 5_000 });
});
