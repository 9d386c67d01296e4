// The ServiceTitan flow's steps as a person does them with the assistant, shared by the e2e test
// and the demo. Against a server that keeps its data, the app, the tag or the tenant authorization
// may exist from an earlier run: the person then skips creating them, as the overlay says.
import type { ElementHandle, Page } from 'puppeteer';
import {
  click,
  clickInRow,
  openPopup,
  overlayText,
  pageText,
  rowShown,
  connectWith,
  screenshot,
  serverState,
  waitForHeading,
  waitForLoaded,
  waitForOverlay,
  waitForRowStatus,
  waitForText,
  type Sandbox,
  type Shot,
} from '../harness';

export const PORTAL = 'https://developer.servicetitan.io';
export const GO = 'https://go.servicetitan.com';
export const ST_ROWS = ['Tenant ID', 'Client ID', 'Client Secret', 'Application Key', 'Booking Provider ID'];
const APP = 'HeavySet Tech';

export async function connectServiceTitan(s: Sandbox): Promise<void> {
  await connectWith(s, s.server.codes.servicetitan);
}

/** Step 3: the sign-in page points at the production login. Returns the portal tab, on My Apps. */
export async function signIn(s: Sandbox, shot: Shot = screenshot): Promise<Page> {
  const portal = await s.browser.newPage(`${PORTAL}/custom/my-apps/`);
  await waitForOverlay(portal, /Login as Production Environment User/);
  await shot(portal, 'st-flow-signin');
  await click(portal, 'button', 'Login as Production Environment User');
  await waitForHeading(portal, 'My Apps');
  return portal;
}

/** Every scope box of the New App form, named as the seed's table reads it: row "Bookings" ×
 *  column "Read" → "Read Bookings" (the boxes themselves are bare, as in the seed's Figure 6). */
export async function scopeBoxes(page: Page): Promise<{ scope: string; checked: boolean; disabled: boolean }[]> {
  return page.evaluate(() => {
    const table = [...document.querySelectorAll('table')].find((t) => /API Endpoint/.test(t.tHead?.textContent ?? ''));
    if (!table) return [];
    const headers = [...table.tHead!.rows[0]!.cells].map((th) => th.textContent?.trim() ?? '');
    return [...table.tBodies].flatMap((body) =>
      [...body.rows].flatMap((tr) => {
        const endpoint = tr.cells[0]?.textContent?.trim() ?? '';
        return [...tr.cells].flatMap((cell, i) => {
          const box = cell.querySelector<HTMLInputElement>('input[type=checkbox]');
          return box ? [{ scope: `${headers[i]} ${endpoint}`, checked: box.checked, disabled: box.disabled }] : [];
        });
      }),
    );
  });
}

/** The bare box at row `endpoint` × column `kind` of the scopes table. */
export async function scopeBox(page: Page, kind: 'Read' | 'Write', endpoint: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.evaluateHandle(
    (kind, endpoint) => {
      const table = [...document.querySelectorAll('table')].find((t) => /API Endpoint/.test(t.tHead?.textContent ?? ''));
      const col = [...(table?.tHead?.rows[0]?.cells ?? [])].findIndex((th) => th.textContent?.trim() === kind);
      const row = [...(table?.tBodies[0]?.rows ?? [])].find((tr) => tr.cells[0]?.textContent?.trim() === endpoint);
      return row?.cells[col]?.querySelector('input[type=checkbox]') ?? null;
    },
    kind,
    endpoint,
  );
  const box = handle.asElement() as ElementHandle<HTMLInputElement> | null;
  if (!box) throw new Error(`No scope box at row "${endpoint}" × column "${kind}"`);
  return box;
}

/** What the New App form holds: text/select values, the checked radio and every checked scope
 *  (a checked box outside the scopes table shows up as "?"). */
export async function formState(page: Page) {
  const state = await page.evaluate(() => {
    const controls = [...document.querySelectorAll('input:not([type=checkbox]):not([type=radio]), select, textarea')] as HTMLInputElement[];
    const fields = Object.fromEntries(controls.map((c) => [c.labels?.[0]?.textContent?.replace(/\s*\*$/, '') ?? c.id, c.value]));
    const radio = (document.querySelector('input[type=radio]:checked')?.closest('label')?.textContent ?? '').trim();
    const checkedBoxes = document.querySelectorAll('input[type=checkbox]:checked').length;
    return { fields, radio, checkedBoxes };
  });
  const scopes = (await scopeBoxes(page)).filter((b) => b.checked).map((b) => b.scope);
  const { checkedBoxes, ...rest } = state;
  return { ...rest, scopes: [...scopes, ...Array<string>(Math.max(0, checkedBoxes - scopes.length)).fill('?')] };
}
export type FormState = Awaited<ReturnType<typeof formState>>;

/** The New App form as the person saw it: before and after "Fill for me", and after pressing it again. */
export interface NewAppForm {
  before: FormState;
  filled: FormState;
  overlayAfterFill: string;
  refilled: FormState;
  /** Where the person was when they clicked Create App themselves. */
  pathBeforeCreate: string;
}

/**
 * Steps 4–8 on My Apps: + New App, Fill for me (twice), the person clicks Create App; then the app is
 * listed. Returns null when HeavySet Tech was listed already (an earlier run).
 */
export async function createApp(portal: Page, shot: Shot = screenshot): Promise<NewAppForm | null> {
  await waitForLoaded(portal);
  if (await rowShown(portal, /HeavySet Tech/)) {
    await waitForOverlay(portal, /✓ HeavySet Tech is listed in My Apps/);
    return null;
  }
  await waitForOverlay(portal, /\+ New App/);
  await click(portal, 'button', '+ New App');
  await waitForOverlay(portal, /Fill for me/);
  const before = await formState(portal);
  await click(portal, 'button', 'Fill for me');
  await waitForOverlay(portal, /Filled \d+ items/);
  const filled = await formState(portal);
  const overlayAfterFill = await overlayText(portal);
  if (/Could not fill/.test(overlayAfterFill)) throw new Error(`Fill for me missed fields:\n${overlayAfterFill}`);
  await shot(portal, 'st-flow-new-app-filled');
  await click(portal, 'button', 'Fill for me');
  const refilled = await formState(portal);
  const pathBeforeCreate = new URL(portal.url()).pathname;
  if (pathBeforeCreate !== '/custom/my-apps/new') throw new Error(`Fill for me left the New App form (now on ${portal.url()})`);
  await click(portal, 'button', 'Create App');
  // Step 8: listed; the next step is in the main app.
  await waitForOverlay(portal, /HeavySet Tech is listed in My Apps/);
  await waitForOverlay(portal, /Booking Providers/);
  return { before, filled, overlayAfterFill, refilled, pathBeforeCreate };
}

/** Steps 9–11 in another tab, on the main app's host: the HeavySet Tech tag (made unless it exists) and its ID captured. */
export async function addBookingProviderTag(s: Sandbox): Promise<{ go: Page; tagExisted: boolean }> {
  const go = await s.browser.newPage(`${GO}/#/Settings`);
  await waitForOverlay(go, /Booking Providers/);
  await click(go, 'link', 'Booking Providers');
  await waitForHeading(go, 'Booking Providers');
  await waitForLoaded(go);
  const tagExisted = await rowShown(go, /HeavySet Tech/);
  if (!tagExisted) {
    await waitForOverlay(go, /Add Tag/);
    await click(go, 'button', 'Add Tag');
    await waitForOverlay(go, /Fill for me/);
    await click(go, 'button', 'Fill for me');
    await click(go, 'button', 'Add');
  }
  await waitForOverlay(go, /Booking Provider ID captured ••••/);
  return { go, tagExisted };
}

/** Steps 12–16: HeavySet Tech connected to this tenant with bookings restricted to its tag. Returns false when it was connected already. */
export async function authorizeApp(go: Page, shot: Shot = screenshot): Promise<boolean> {
  await waitForOverlay(go, /API Application Access/);
  await click(go, 'link', 'API Application Access');
  await waitForHeading(go, 'API Application Access');
  await waitForLoaded(go);
  if (await rowShown(go, /HeavySet Tech.*Connected/)) return false;
  await waitForOverlay(go, /Connect New App/);
  await click(go, 'button', 'Connect New App');
  await waitForOverlay(go, /Select HeavySet Tech/);
  await clickInRow(go, APP, 'Connect');
  await waitForOverlay(go, /Restrict bookings/);
  await go.waitForFunction(() => !document.querySelector('[role=dialog] select')?.hasAttribute('disabled'));
  await click(go, 'button', 'Fill for me');
  await shot(go, 'st-flow-connect-app');
  await click(go, 'button', 'Accept');
  await go.waitForFunction(() => [...document.querySelectorAll('tbody tr')].some((tr) => /HeavySet Tech.*Connected/.test(tr.textContent ?? '')));
  return true;
}

/** Steps 17–20 back in the portal tab: the secret is never copied and the dialog is closed with Done. */
export async function generateSecret(portal: Page, shot: Shot = screenshot): Promise<void> {
  await portal.bringToFront();
  await portal.goto(`${PORTAL}/custom/my-apps/`);
  await waitForOverlay(portal, /View Connections/);
  await clickInRow(portal, APP, 'View Connections');
  await waitForOverlay(portal, /✓ Allowed by Tenant/);
  await waitForOverlay(portal, /✓ Tenant ID and Client ID shown/);
  await click(portal, 'button', 'Generate');
  await waitForOverlay(portal, /Yes, Continue/);
  await click(portal, 'button', 'Yes, Continue');
  await waitForOverlay(portal, /Client Secret captured ••••/);
  await shot(portal, 'st-flow-secret-captured');
  await click(portal, 'button', 'Done');
  await portal.waitForFunction(() => !document.querySelector('[role="dialog"]'));
}

/** Steps 21–22: My Apps → Edit on HeavySet Tech, where the Application Key is captured. */
export async function captureAppKey(portal: Page): Promise<void> {
  await click(portal, 'link', 'My Apps');
  await waitForOverlay(portal, /Edit/);
  await clickInRow(portal, APP, 'Edit');
  await waitForOverlay(portal, /Application Key captured ••••/);
}

/** The popup: five rows from two hosts, Send, Verify. Returns the popup, verified. */
export async function sendAndVerify(s: Sandbox, shot: Shot = screenshot): Promise<Page> {
  const popup = await openPopup(s);
  for (const row of ST_ROWS) await waitForRowStatus(popup, row, 'Format OK');
  await shot(popup, 'st-flow-popup');
  await click(popup, 'button', 'Send to HeavySet');
  for (const row of ST_ROWS) await waitForRowStatus(popup, row, 'Sent');
  await click(popup, 'button', 'Verify');
  await waitForText(popup, 'App allowed by the tenant', 20_000);
  if (/✗|failed/i.test(await pageText(popup))) throw new Error(`The popup shows a failure:\n${await pageText(popup)}`);
  return popup;
}

/** What HeavySet holds for ServiceTitan, next to what ServiceTitan (the sandbox) issued. */
export async function serviceTitanRecords(s: Sandbox) {
  const state = await serverState(s);
  const st = state.crm.servicetitan;
  const app = st.apps.find((a) => a.name === APP);
  const tag = st.tags.find((t) => t.name === APP);
  if (!app || !tag) throw new Error(`ServiceTitan has no ${app ? 'tag' : 'app'} named ${APP}`);
  const config = state.configs[s.server.configIds.servicetitan]!;
  const values = Object.fromEntries(Object.entries(config.connection).map(([k, v]) => [k, v?.value]));
  const issued = { tenantId: st.tenantId, clientId: app.clientId, clientSecret: app.clientSecret, applicationKey: app.applicationKey };
  return { st, app, tag, config, values, issued };
}

/** The whole happy path, with screenshots: the demo's headless walk. Returns what it found made by an earlier run. */
export async function walkServiceTitan(s: Sandbox, shot: Shot = screenshot): Promise<string[]> {
  const found: string[] = [];
  await connectServiceTitan(s);
  const portal = await signIn(s, shot);
  if (!(await createApp(portal, shot))) found.push('the app HeavySet Tech was listed in My Apps already');
  const { go, tagExisted } = await addBookingProviderTag(s);
  if (tagExisted) found.push('the booking provider tag HeavySet Tech existed already (its ID was captured)');
  if (!(await authorizeApp(go, shot))) found.push('HeavySet Tech was connected to the tenant already');
  await generateSecret(portal, shot);
  await captureAppKey(portal);
  const popup = await sendAndVerify(s, shot);
  await shot(popup, 'st-flow-popup-verified');
  const { values, issued, config, tag } = await serviceTitanRecords(s);
  for (const [key, value] of Object.entries(issued)) {
    if (values[key] !== value) throw new Error(`HeavySet does not hold the ${key} that ServiceTitan issued`);
  }
  if (config.settings.bookingProviderId !== tag.id) throw new Error('HeavySet does not hold the ID of the HeavySet Tech tag');
  return found;
}
