// Pick on page, as a person uses it when capture missed: a token the page showed without their
// action (so not taken on its own) is picked from the popup's row; the picking code is loaded from
// the extension on first use (pick.js) and the value arrives "picked by hand".
import { afterEach, describe, expect, it } from 'vitest';
import { byRole, openPopup, startSandbox, waitForOverlay, waitForText, type Sandbox } from './harness';
import { openDevelopers } from './walks/leap';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwaWNrZWQifQ.cGlja2VkLWJ5LWhhbmQtc2lnbmF0dXJl';

describe('Pick on page', () => {
  it('takes the value the person clicks, through the popup and the CRM tab', async () => {
    sandbox = await startSandbox();
    const page = await openDevelopers(sandbox);
    // The page shows a token nobody asked for: not captured on its own.
    await page.evaluate((token) => {
      const box = document.createElement('section');
      box.innerHTML = `<h3>API Token</h3><code id="planted-by-test"></code>`;
      box.querySelector('code')!.textContent = token;
      document.body.append(box); // outside the app's own root, which it re-renders
    }, TOKEN);

    const popup = await openPopup(sandbox);
    const row = await popup.locator(byRole('group', 'API Token')).waitHandle();
    expect(await row.evaluate((el) => el.textContent ?? '')).not.toContain(TOKEN.slice(-4));
    await (await row.$('::-p-text(Pick on page)'))!.click();
    await waitForText(popup, /Now click the API Token on/).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nThe popup showed: ${await popup.evaluate(() => document.body.innerText)}`);
    });

    await page.bringToFront();
    await waitForOverlay(page, /Point at the API Token/);
    await page.click('#planted-by-test');
    await waitForOverlay(page, /Next: Send the API Token to HeavySet/);

    await popup.bringToFront();
    await popup.reload();
    const picked = await popup.locator(byRole('group', 'API Token')).waitHandle();
    await popup.waitForFunction((el) => /picked by hand/.test(el.textContent ?? ''), {}, picked);
    expect(await picked.evaluate((el) => el.textContent ?? '')).toContain(TOKEN.slice(-4));
  });
});
