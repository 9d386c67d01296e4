// The ServiceTitan sandbox pages in Chromium at their real hosts (no extension), through the
// sandbox router and the reference server: the seed guide's steps 3–22 as a person does them,
// finding everything by role, label and button text.
import { mkdirSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer';
import { launchSandboxBrowser, type SandboxBrowser } from '../sandbox/browser';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { serviceTitanSite } from '../sandbox/sites/servicetitan/index';
import { scopeBox, scopeBoxes } from './walks/servicetitan';

const SCREENSHOTS = 'artifacts/screenshots';
const PORTAL = 'https://developer.servicetitan.io';
const GO = 'https://go.servicetitan.com';
const READ_SCOPES = ['Bookings', 'Customers', 'Leads', 'Appointments', 'Jobs', 'Campaigns', 'Business Units', 'Technicians'];
const WRITE_SCOPES = ['Bookings', 'Customers', 'Leads', 'Appointments', 'Jobs'];
const CREDENTIALS_CHOICE = 'I, the app developer, will configure the credentials on behalf of each tenant';

let server: ReferenceServer;
let sandbox: SandboxBrowser;
let page: Page;

const aria = (name: string, role?: string) => `::-p-aria(${role ? `[name="${name}"][role="${role}"]` : name})`;

async function click(name: string, role = 'button'): Promise<void> {
  await page.locator(aria(name, role)).click();
}

async function fillLabelled(label: string, value: string): Promise<void> {
  await page.locator(aria(label)).fill(value);
}

/** Clicks the link/button with this text inside the table row or list item containing `rowText`. */
async function clickInRow(rowText: string, controlText: string): Promise<void> {
  await page.waitForFunction(
    (row, control) =>
      [...document.querySelectorAll('tr, li')].some(
        (el) => el.textContent?.includes(row) && [...el.querySelectorAll('a, button')].some((c) => c.textContent?.trim() === control),
      ),
    {},
    rowText,
    controlText,
  );
  await page.evaluate(
    (row, control) => {
      const container = [...document.querySelectorAll('tr, li')].find((el) => el.textContent?.includes(row));
      const target = [...(container?.querySelectorAll<HTMLElement>('a, button') ?? [])].find((c) => c.textContent?.trim() === control);
      target?.click();
    },
    rowText,
    controlText,
  );
}

async function heading(text: string): Promise<void> {
  await page.locator(aria(text, 'heading')).wait();
}

async function dialog(title: string): Promise<ElementHandle<Element>> {
  return (await page.locator(aria(title, 'dialog')).waitHandle()) as ElementHandle<Element>;
}

async function dialogCount(): Promise<number> {
  return page.$$eval('[role="dialog"]', (els) => els.length);
}

/** The cells of the first table body row containing `rowText` (any row when omitted), by column header. */
async function rowByHeader(rowText = ''): Promise<Record<string, string>> {
  return page.$eval(
    'table',
    (table, text) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
      const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes(text));
      const cells = [...(row?.querySelectorAll('td') ?? [])];
      return Object.fromEntries(headers.map((h, i) => [h, cells[i]?.textContent?.trim() ?? '']));
    },
    rowText,
  );
}

async function shot(name: string, fullPage = false): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300)); // let the fade-in animations finish
  await page.screenshot({ path: `${SCREENSHOTS}/st-${name}.png`, fullPage });
}

async function backendApps(): Promise<Array<Record<string, unknown>>> {
  const response = await fetch(`${server.url}/sandbox/crm/servicetitan/apps`);
  return (await response.json()) as Array<Record<string, unknown>>;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startReferenceServer({ quiet: true });
  sandbox = await launchSandboxBrowser({ serverUrl: server.url, sites: [serviceTitanSite], headless: true });
  page = await sandbox.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await sandbox?.close();
  await server?.close();
});

describe('ServiceTitan Developer Portal', () => {
  it('signs in to production and lists the existing apps (steps 3–4)', async () => {
    await page.goto(`${PORTAL}/custom/my-apps/`);
    await page.locator(aria('Login as Production Environment User', 'button')).wait();
    expect(new URL(page.url()).pathname).toBe('/signin');
    await page.locator(aria('Developer login', 'button')).wait();
    await shot('signin');
    await click('Login as Production Environment User');
    await heading('My Apps');
    await page.waitForFunction(() => document.body.textContent?.includes('Fleet Tracker'));
    expect(new URL(page.url()).pathname).toBe('/custom/my-apps/');
    const headers = await page.$$eval('thead th', (ths) => ths.map((th) => th.textContent?.trim()));
    expect(headers).toEqual(expect.arrayContaining(['Name', 'Status', 'Created', 'App Connections']));
    await shot('my-apps');
  });

  it('refuses an incomplete New App form, then creates HeavySet Tech (steps 5–8)', async () => {
    await click('+ New App');
    await heading('New App');
    expect(new URL(page.url()).pathname).toBe('/custom/my-apps/new');
    await click('Create App');
    await page.waitForFunction(() => document.body.textContent?.includes('Application Name is required.'));
    expect(await backendApps()).toHaveLength(0);

    // The seed's Figure 6: bare boxes, named only by their row and column headers.
    const boxes = await scopeBoxes(page);
    expect(boxes.filter((b) => b.scope.startsWith('Read ')).length).toBeGreaterThanOrEqual(30);
    expect(await page.$$eval('input[type="checkbox"]', (els) => els.filter((el) => el.hasAttribute('aria-label') || (el as HTMLInputElement).labels?.length).length)).toBe(0);
    expect(await page.$$eval('thead th', (ths) => ths.map((th) => th.textContent?.trim()))).toEqual(['API Endpoint', 'Read', 'Write']);
    const emails = await page.$$eval('select', (selects) =>
      selects.flatMap((s) => [...s.options].map((o) => o.textContent ?? '')),
    );
    expect(emails).toContain('support@heavyset.tech');

    await fillLabelled('Organization', 'HeavySet Tech');
    await fillLabelled('Homepage', 'https://heavyset.tech');
    await fillLabelled('Email Address', 'support@heavyset.tech');
    await fillLabelled('Application Name', 'HeavySet Tech');
    await fillLabelled('Description', 'Web Scheduler integration for bookings, customers and leads.');
    await fillLabelled('App Category', 'Web Scheduler');
    await click(CREDENTIALS_CHOICE, 'radio');
    for (const scope of READ_SCOPES) await (await scopeBox(page, 'Read', scope)).click();
    for (const scope of WRITE_SCOPES) await (await scopeBox(page, 'Write', scope)).click();
    expect(await page.$eval(aria('External Data Application GUID'), (el) => (el as HTMLInputElement).value)).toBe('');
    expect(await page.evaluate(() => [...document.querySelectorAll('[role="alert"]')].map((el) => el.textContent).join(''))).toBe('');
    await shot('new-app', true);
    await click('Create App');

    await heading('My Apps');
    await page.waitForFunction(() => [...document.querySelectorAll('tbody tr')].some((tr) => tr.textContent?.includes('HeavySet Tech')));
    const [app] = await backendApps();
    expect(app).toMatchObject({
      name: 'HeavySet Tech',
      organization: 'HeavySet Tech',
      homepage: 'https://heavyset.tech',
      email: 'support@heavyset.tech',
      category: 'Web Scheduler',
      scopes: { read: expect.arrayContaining(READ_SCOPES), write: expect.arrayContaining(WRITE_SCOPES) },
    });
    expect((app?.scopes as { read: string[] }).read).toHaveLength(READ_SCOPES.length);
    await shot('my-apps-created');
  });

  it('shows the connection and generates the Client Secret once (steps 17–20)', async () => {
    await clickInRow('HeavySet Tech', 'View Connections');
    await heading('App Connections');
    await page.waitForSelector('tbody tr');
    const row = await rowByHeader();
    expect(row['Tenant ID']).toMatch(/^\d{10}$/);
    expect(row['Client ID']).toMatch(/^cid\.[a-z0-9]{25}$/);
    expect(row['Allowed by Tenant']).toBe('Not allowed');
    await page.locator(aria('Not allowed', 'image')).wait();

    await click('Generate');
    const confirm = await dialog('Generate Client Secret');
    const confirmText = await confirm.evaluate((el) => el.textContent ?? '');
    expect(confirmText).toContain(row['Tenant ID']);
    expect(confirmText).toContain(row['Client ID']);
    expect(confirmText).not.toMatch(/invalidate/i);
    await shot('generate-confirm');
    await click('Yes, Continue');

    await dialog('Client Secret');
    const secret = await page.$eval(aria('Client Secret', 'textbox'), (el) => (el as HTMLInputElement).value);
    expect(secret).toMatch(/^cs1\.[a-z0-9]{50}$/);
    await page.locator(aria('Copy Client Secret', 'button')).wait();
    await shot('client-secret');
    await click('Done');
    await page.waitForFunction(() => document.querySelectorAll('[role="dialog"]').length === 0);
    expect(await page.evaluate((s) => document.documentElement.innerHTML.includes(s), secret)).toBe(false);

    await click('Generate');
    const again = await dialog('Generate Client Secret');
    expect(await again.evaluate((el) => el.textContent ?? '')).toMatch(/invalidate the old secret/i);
    await click('Cancel');
    expect(await dialogCount()).toBe(0);
  });

  it('shows the Application Key on the Edit page (steps 21–22)', async () => {
    await click('My Apps', 'link');
    await heading('My Apps');
    await clickInRow('HeavySet Tech', 'Edit');
    await heading('Edit App');
    const key = await page.locator(aria('Application Key', 'textbox')).map((el) => (el as HTMLInputElement).value).wait();
    expect(key).toMatch(/^ak1\.[a-z0-9]{26}$/);
    expect(key).toBe((await backendApps())[0]?.applicationKey);
    await page.locator(aria('Copy Application Key', 'button')).wait();
    await shot('edit-app');
  });
});

describe('ServiceTitan main app', () => {
  let tagId = '';

  it('adds the HeavySet Tech booking provider tag and shows its ID (steps 9–11)', async () => {
    await page.goto(`${GO}/#/Settings`);
    await click('Booking Providers', 'link');
    await heading('Booking Providers');
    expect(new URL(page.url()).hash).toBe('#/Settings/Integrations/BookingProviders');
    await page.waitForFunction(() => document.body.textContent?.includes('Angi Leads'));
    await click('Add Tag');
    await dialog('Add Booking Provider Tag');
    await fillLabelled('Name', 'HeavySet Tech');
    await shot('add-tag');
    await click('Add');
    await page.waitForFunction(
      () => document.querySelectorAll('[role="dialog"]').length === 0 && [...document.querySelectorAll('tbody tr')].some((tr) => tr.textContent?.includes('HeavySet Tech')),
    );
    const row = await rowByHeader('HeavySet Tech');
    expect(row.Name).toBe('HeavySet Tech');
    expect(row.ID).toMatch(/^\d{9}$/);
    tagId = row.ID ?? '';
    await shot('booking-providers');
  });

  it('connects HeavySet Tech with the booking provider restriction (steps 12–16)', async () => {
    await click('API Application Access', 'link');
    await heading('API Application Access');
    expect(new URL(page.url()).hash).toBe('#/Settings/Api-Apps');
    await click('Connect New App');
    await dialog('Connect New App');
    await page.waitForFunction(() => document.querySelector('[aria-label="Available applications"]'));
    const listed = await page.$$eval('[aria-label="Available applications"] li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(listed.some((t) => t.includes('HeavySet Tech'))).toBe(true);
    expect(listed.some((t) => t.includes('Fleet Tracker'))).toBe(false);
    await clickInRow('HeavySet Tech', 'Connect');

    await dialog('Connect HeavySet Tech');
    const restriction = 'Restriction by booking_provider for Bookings';
    await page.waitForFunction((label) => {
      const select = [...document.querySelectorAll('label')].find((l) => l.textContent === label)?.control as HTMLSelectElement | undefined;
      return select && !select.disabled;
    }, {}, restriction);
    const options = await page.$eval(aria(restriction), (el) => [...(el as HTMLSelectElement).options].map((o) => o.textContent));
    expect(options).toEqual(expect.arrayContaining(['HeavySet Tech', 'Angi Leads']));
    await fillLabelled(restriction, tagId);
    await page.waitForFunction(() => document.body.textContent?.includes('Terms and Conditions'));
    await shot('connect-app');
    await click('Accept');

    await page.waitForFunction(() => document.querySelectorAll('[role="dialog"]').length === 0);
    await page.waitForFunction(() => [...document.querySelectorAll('tbody tr')].some((tr) => tr.textContent?.includes('HeavySet Tech') && tr.textContent.includes('Connected')));
    const [app] = await backendApps();
    expect(app).toMatchObject({ allowedByTenant: true, bookingProviderTagId: tagId });
    await shot('api-apps');
  });

  it('shows the green Allowed by Tenant dot in the portal afterwards (step 18)', async () => {
    await page.goto(`${PORTAL}/custom/my-apps/`);
    await clickInRow('HeavySet Tech', 'View Connections');
    await page.locator(aria('Allowed by Tenant', 'image')).wait();
    const color = await page.$eval(aria('Allowed by Tenant', 'image'), (el) => getComputedStyle(el).backgroundColor);
    expect(color).toBe('rgb(47, 168, 79)');
    await shot('connections-allowed');
  });
});

describe('ServiceTitan integration environment', () => {
  it('keeps apps made after Developer login out of production (troubleshooting)', async () => {
    await click('Sign out');
    await click('Developer login');
    await heading('My Apps');
    await page.waitForFunction(() => document.body.textContent?.includes('integration environment'));
    await click('+ New App');
    await heading('New App');
    await fillLabelled('Organization', 'HeavySet Tech');
    await fillLabelled('Homepage', 'https://heavyset.tech');
    await fillLabelled('Email Address', 'support@heavyset.tech');
    await fillLabelled('Application Name', 'HeavySet Tech (test)');
    await fillLabelled('Description', 'Made in the wrong environment.');
    await fillLabelled('App Category', 'Web Scheduler');
    await click(CREDENTIALS_CHOICE, 'radio');
    await (await scopeBox(page, 'Read', 'Bookings')).click();
    await click('Create App');
    await page.waitForFunction(() => [...document.querySelectorAll('tbody tr')].some((tr) => tr.textContent?.includes('HeavySet Tech (test)')));
    expect((await backendApps()).map((a) => a.name)).toEqual(['HeavySet Tech']);

    await page.goto('https://integration.servicetitan.com/');
    await heading('Integration environment');
    await shot('integration');
  });
});
