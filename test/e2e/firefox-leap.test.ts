// The Firefox build in Firefox ESR, walked as a person does on the Leap flow: options with the Leap
// connect code, Settings → Developers → Generate Token, the token captured, the popup, Send (through
// two 500s: the queue retries under one key), settings, Verify. On the way: the badge, the alarms and
// storage.session, which the MV3 background (an event page in Firefox) relies on.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { byRole, check, click, injectFaults, openPopup, pageText, screenshot, waitForText, type Sandbox } from './harness';
import { extensionApis, startFirefoxSandbox } from './firefox-harness';
import { connectLeap, generateToken, leapConfig, sendFromPopup } from './walks/leap';

/** utils/popup-snapshot.ts → popupSnapshotItem ('session:popup-snapshot'): the popup's ready first screen. */
const POPUP_SNAPSHOT_KEY = 'popup-snapshot';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('Firefox: Leap flow, end to end', () => {
  it('captures the token, sends it once, saves the settings and verifies', async () => {
    sandbox = await startFirefoxSandbox();
    await connectLeap(sandbox);
    // The card is in a closed shadow root, which no test driver can reach in Firefox: the walk goes
    // by the page and the popup (the card's words are checked in Chromium).
    const { page, token } = await generateToken(sandbox, { card: false });
    expect(await pageText(page)).not.toContain(token);

    const popup = await openPopup(sandbox);
    const row = await popup.locator(byRole('group', 'API Token')).waitHandle();
    const masked = await row.evaluate((el) => el.textContent ?? '');
    expect(masked).toContain(token.slice(-4));
    expect(masked).not.toContain(token);
    const waiting = await extensionApis(popup);
    expect(waiting.badge).toBe('1');
    expect(waiting.title).toMatch(/1 value not sent yet/);
    expect(waiting.alarms).toContain('heavyset-purge-expired');
    expect(waiting.sessionKeys).toContain(POPUP_SNAPSHOT_KEY);

    await injectFaults(sandbox, { kind: '500', count: 2, pathPrefix: `/v1/crm-configs/${sandbox.server.configIds.leap}/connection` });
    await sendFromPopup(popup);
    const config = await leapConfig(sandbox);
    expect(config.connection.apiToken?.value).toBe(token);
    expect(config.writeLog.filter((w) => w.field === 'apiToken')).toHaveLength(1);
    await vi.waitFor(async () => expect((await extensionApis(popup)).badge).toBe(''), { timeout: 5_000 });

    await check(popup, 'Job Sold');
    await check(popup, 'Cancelled by Customer');
    await click(popup, 'button', 'Save settings');
    await waitForText(popup, /Settings saved/i, 20_000);
    expect((await leapConfig(sandbox)).settings.jobSoldStageNames).toEqual(['Job Sold']);
    await click(popup, 'button', 'Verify');
    await waitForText(popup, 'API token accepted by Leap', 20_000);
    await screenshot(popup, 'firefox-leap-popup-verified', { fullPage: true });
    expect(await pageText(popup)).not.toMatch(/✗|failed/i);
  });
});
