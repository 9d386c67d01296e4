// The ServiceTitan playbook on markup we have never seen: credentials as tables, dt/dd, cards
// and inputs; the secret dialog; tag lists as grids; the "Allowed by Tenant" dot; scope grids.
import { patternOf as re } from '../../utils/guide/text';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GuideState } from '../../utils/messages';
import type { Locator } from '../../utils/guide/playbook';
import { holds, type ConditionEnv } from '../../utils/guide/conditions';
import { currentStep } from '../../utils/guide/steps';
import { locate } from '../../utils/guide/locate';
import { readableName } from '../../utils/guide/text';
import { findValue } from '../../utils/guide/capture';
import { classifyValue } from '../../utils/guide/values';
import { fillHere as fillForMe } from './support/fill';
import { serviceTitanPlaybook as playbook } from '../../utils/crm/servicetitan';

const PORTAL = 'https://developer.servicetitan.io/custom/my-apps/2/connections';
const GO = 'https://go.servicetitan.com/#/Settings/booking-providers';
const TENANT = '1046823970';
const CID = 'cid.' + 'p3k8w1n6z9q2m5x7c4v0b8r1t';
const CS = 'cs1.' + 'abcdefghij0123456789abcdefghij0123456789abcdefghij';
const AK = 'ak1.' + 'f7x2m9q4k1w8z3n6b5v0c7r2ty';
const OUR_TAG = '48213597';
const OTHER_TAG = '31118842';

const base: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };
const env = (url: string, state: Partial<GuideState> = {}): ConditionEnv => ({ page: { root: document, url }, state: { ...base, ...state } });
const stepOf = (url: string, state: Partial<GuideState> = {}) => currentStep(playbook, env(url, state));
const stepById = (id: string) => playbook.steps.find((s) => s.id === id)!;
const field = (key: string) => playbook.fields.find((f) => f.key === key)!;
/** What the guide keeps from the page as the person finds it: the value found, unless it has another field's shape. */
const captured = (key: string, root: ParentNode = document): string | null => {
  const value = findValue(field(key), root, { fields: playbook.fields, onArrival: true });
  const looksLike = value ? classifyValue(value, playbook.fields) : undefined;
  return looksLike && looksLike.key !== key ? null : value;
};
/** What the guide keeps from what appeared after the person's click (a secret shown once). */
const revealed = (key: string, root: ParentNode = document): string | null => {
  const value = findValue(field(key), root, { fields: playbook.fields });
  const looksLike = value ? classifyValue(value, playbook.fields) : undefined;
  return looksLike && looksLike.key !== key ? null : value;
};
const checks = (id: string, e: ConditionEnv) =>
  (stepById(id).checks ?? []).map((c) => [c.name, holds(c.passWhen, e) ? true : c.failWhen && holds(c.failWhen, e) ? false : undefined]);
const allowedCheck = (state: Partial<GuideState>) => Object.fromEntries(checks('generate-secret', env(PORTAL, state)))['Allowed by Tenant (green dot)'];

beforeEach(() => {
  document.body.innerHTML = '';
});

const crumbs = '<nav aria-label="Breadcrumb"><a href="/custom/my-apps/">My Apps</a> / <span>HeavySet Tech</span></nav><h1>App Connections</h1>';
const green = '<span role="img" aria-label="Allowed by Tenant"></span>';

describe('ServiceTitan: Tenant ID and Client ID on App Connections', () => {
  const variants: [string, string][] = [
    ['table cells, columns in another order', `<table><thead><tr><th>Client ID</th><th>Allowed by Tenant</th><th>Tenant ID</th><th>Client Secret</th></tr></thead><tbody><tr><td>${CID}</td><td>${green}</td><td>${TENANT}</td><td><button>Generate</button></td></tr></tbody></table>`],
    ['a role=grid with copy buttons in the cells', `<div role="grid"><div role="row"><div role="columnheader">Tenant ID</div><div role="columnheader">Client ID</div></div><div role="row"><div role="gridcell"><span>${TENANT}</span><button aria-label="Copy">⧉</button></div><div role="gridcell"><span>${CID}</span><button>Copy</button></div></div></div>${green}<button>Generate</button>`],
    ['dt/dd', `<dl><dt>Tenant ID</dt><dd>${TENANT}</dd><dt>Client ID</dt><dd>${CID}</dd><dt>Client Secret</dt><dd><button>Generate</button></dd></dl>${green}`],
    ['label + value cards', `<div class="card"><div class="card-label">Tenant ID</div><div class="card-value">${TENANT}</div></div><div class="card"><div class="card-label">Client ID</div><div class="card-value"><code>${CID}</code> <button>Copy</button></div></div>${green}<button>Generate</button>`],
    ['read-only inputs', `<label for="t">Tenant ID</label><input id="t" readonly value="${TENANT}"><label for="c">Client ID</label><input id="c" readonly value="${CID}">${green}<button>Generate</button>`],
    ['"Tenant ID:" with a colon, value in <strong>', `<p><span>Tenant ID:</span> <strong>${TENANT}</strong></p><p><span>Client ID:</span> <strong>${CID}</strong></p>${green}<button>Generate</button>`],
    ['label and value in one <p>, value in <strong>', `<p>Tenant ID: <strong>${TENANT}</strong></p><p>Client ID: <strong>${CID}</strong> <button>Copy</button></p>${green}<button>Generate</button>`],
    ['label and value in one text node', `<div>Tenant ID: ${TENANT}</div><div>Client ID: ${CID}</div>${green}<button>Generate</button>`],
    ['list items, the label in <b>', `<ul><li><b>Tenant ID:</b> ${TENANT}</li><li><b>Client ID:</b> ${CID}<button>Copy</button></li></ul>${green}<button>Generate</button>`],
    ['list items "Label value" without a colon', `<ul><li>Tenant ID ${TENANT}</li><li>Client ID ${CID}</li></ul>${green}<button>Generate</button>`],
  ];

  it.each(variants)('as %s → both captured exactly; step "Generate"', async (_name, body) => {
    document.body.innerHTML = crumbs + body;
    expect(captured('tenantId')).toBe(TENANT);
    expect(captured('clientId')).toBe(CID);
    expect(revealed('clientSecret')).toBeNull();
    expect(stepOf(PORTAL, { captured: ['tenantId', 'clientId'] })?.id).toBe('generate-secret');
    expect(locate(stepById('generate-secret').target as Locator)?.textContent).toBe('Generate');
  });

  it.each([
    ['a value of the wrong shape', `<div>Tenant ID: pending</div><div>Client ID: not issued yet</div>`],
    ['a longer label ("Tenant IDs")', `<div>Tenant IDs: ${TENANT}</div><div>Client IDs: ${CID}</div>`],
    ['words before the label', `<p>Your Tenant ID: ${TENANT}</p><p>Old Client ID: ${CID}</p>`],
  ])('label and value in one element, with %s → nothing captured', (_name, body) => {
    document.body.innerHTML = crumbs + body;
    expect(captured('tenantId')).toBeNull();
    expect(captured('clientId')).toBeNull();
  });

  it('another app’s connections page is never captured', async () => {
    document.body.innerHTML = crumbs.replace('HeavySet Tech', 'Fleet Tracker') + variants[2]![1];
    expect(captured('tenantId')).toBeNull();
    expect(captured('clientId')).toBeNull();
  });
});

describe('ServiceTitan: "Allowed by Tenant"', () => {
  const table = (cell: string) => `${crumbs}<table><tr><th>Tenant ID</th><th>Client ID</th><th>Allowed by Tenant</th><th>Client Secret</th></tr><tr><td>${TENANT}</td><td>${CID}</td><td>${cell}</td><td><button>Generate</button></td></tr></table>`;
  const state = { captured: ['tenantId', 'clientId'] };
  const variants: [string, string, boolean][] = [
    ['a role=img dot', green, true],
    ['a dot with only a title', '<span class="dot dot-green" title="Allowed by Tenant"></span>', true],
    ['an icon with aria-label "Allowed"', '<i class="status" aria-label="Allowed"></i>', true],
    ['a badge reading "Allowed"', '<span class="badge bg-success">Allowed</span>', true],
    ['an img with alt', '<img src="green.svg" alt="Allowed by Tenant">', true],
    ['a grey dot titled "Not allowed"', '<span class="dot" title="Not allowed by tenant"></span>', false],
    ['a badge reading "Not allowed"', '<span class="badge">Not Allowed</span>', false],
    ['a role=img "Pending"', '<span role="img" aria-label="Not allowed (pending)"></span>', false],
  ];
  it.each(variants)('as %s → check is %s', async (_name, cell, ok) => {
    document.body.innerHTML = table(cell);
    expect(allowedCheck(state)).toBe(ok);
  });
});

describe('ServiceTitan: the Client Secret dialog', () => {
  const shells: [string, (inner: string) => string][] = [
    ['aria-labelledby', (inner) => `<div role="dialog" aria-labelledby="st"><h2 id="st">Client Secret</h2>${inner}<button>Close</button></div>`],
    ['aria-label', (inner) => `<div role="dialog" aria-label="Client Secret"><p>Copy it now.</p>${inner}<button>Done</button></div>`],
    ['a heading only (no aria name)', (inner) => `<div role="dialog" aria-modal="true"><h2>Client Secret</h2><p>This secret is shown only once.</p>${inner}<button>Close</button></div>`],
    ['a <dialog open> titled "Your client secret"', (inner) => `<dialog open><h3>Your client secret</h3>${inner}<button>Close</button></dialog>`],
  ];
  const bodies: [string, (v: string) => string][] = [
    ['a read-only input', (v) => `<input readonly value="${v}"><button>Copy</button>`],
    ['code', (v) => `<pre><code>${v}</code></pre>`],
    ['a span with "Copy"', (v) => `<div><span>${v}</span><button>Copy</button></div>`],
    ['a labelled field next to the Client ID', (v) => `<dl><dt>Client ID</dt><dd>${CID}</dd><dt>Client Secret</dt><dd>${v} <button>Copy</button></dd></dl>`],
  ];
  for (const [shellName, shell] of shells) {
    it.each(bodies)(`with ${shellName}, as %s → step "Record the Client Secret", exact secret`, async (_name, body) => {
      document.body.innerHTML = crumbs + `<table><tr><th>Tenant ID</th><th>Client ID</th></tr><tr><td>${TENANT}</td><td>${CID}</td></tr></table>` + shell(body(CS));
      expect(stepOf(PORTAL, { captured: ['tenantId', 'clientId'] })?.id).toBe('capture-secret');
      expect(revealed('clientSecret')).toBe(CS);
      const dialog = locate({ role: 'dialog' })!;
      expect(revealed('clientSecret', dialog)).toBe(CS);
    });
  }

  it.each([
    ['<h2>', '<div role="dialog"><button aria-label="Close">×</button><h2>Client Secret</h2><p>Shown once.</p></div>', 'Client Secret'],
    ['role=heading', '<div role="alertdialog"><div role="heading" aria-level="2">Generate Client Secret?</div><p>The old one stops working.</p></div>', 'Generate Client Secret?'],
    ['a <dialog open> with an icon in its title', '<dialog open><h3><i class="material-icons" aria-hidden="true">key</i> Your client secret</h3><p>Copy it.</p></dialog>', 'Your client secret'],
  ])('a dialog without aria naming is named by its first heading (%s)', (_name, html, name) => {
    document.body.innerHTML = html;
    expect(readableName(locate({ role: 'dialog' })!)).toBe(name);
  });

  it('the secret dialog is told from the confirm dialog by their titles, whatever comes first in them', async () => {
    document.body.innerHTML = crumbs + `<div role="dialog"><button>×</button><h2>Generate Client Secret</h2><p>Client secret for HeavySet Tech will be replaced.</p></div>`;
    expect(stepOf(PORTAL, { captured: ['tenantId', 'clientId'] })?.id).toBe('confirm-generate');
    document.body.innerHTML = crumbs + `<div role="dialog"><div><button>Close</button><h2>Client Secret</h2></div><input readonly value="${CS}"></div>`;
    expect(stepOf(PORTAL, { captured: ['tenantId', 'clientId'] })?.id).toBe('capture-secret');
    expect(revealed('clientSecret')).toBe(CS);
  });

  it('a Client ID alone in the dialog is not taken as the secret', async () => {
    document.body.innerHTML = crumbs + `<div role="dialog" aria-label="Client Secret"><input readonly value="${CID}"></div>`;
    expect(revealed('clientSecret')).toBeNull();
  });

  it('the confirm dialog (no aria name) is "Yes, Continue", and nothing is captured from it', async () => {
    document.body.innerHTML = crumbs + `<div role="dialog"><h2>Generate Client Secret?</h2><p>Tenant ID ${TENANT}, Client ID ${CID}</p><button>Cancel</button><button>Yes, continue</button></div>`;
    expect(stepOf(PORTAL, { captured: ['tenantId', 'clientId'] })?.id).toBe('confirm-generate');
    expect(locate(stepById('confirm-generate').target as Locator)?.textContent).toBe('Yes, continue');
    expect(revealed('clientSecret')).toBeNull();
  });
});

describe('ServiceTitan: the Application Key on Edit App', () => {
  const page = (heading: string, body: string) => `${crumbs.replace('<h1>App Connections</h1>', '')}<h1>${heading}</h1><label for="n">Application Name</label><input id="n" value="HeavySet Tech">${body}<label for="cid">Client ID</label><input id="cid" readonly value="${CID}">`;
  const variants: [string, string][] = [
    ['a disabled input', `<label for="ak">Application Key</label><input id="ak" disabled value="${AK}">`],
    ['a read-only input with a Copy button', `<div class="field"><label for="ak">Application Key</label><div class="input-group"><input id="ak" readonly value="${AK}"><button>Copy</button></div></div>`],
    ['text under a label-like div', `<div class="form-row"><div class="lbl">Application Key</div><div class="val">${AK}</div></div>`],
    ['"Application Key:" with code', `<p><b>Application Key:</b> <code>${AK}</code></p>`],
  ];
  it.each(variants)('as %s → step "Record the Application Key", exact key (not the Client ID or the name)', async (_name, body) => {
    document.body.innerHTML = page('Edit App', body);
    expect(stepOf(PORTAL, { captured: ['tenantId', 'clientId', 'clientSecret', 'bookingProviderId'] })?.id).toBe('app-key');
    expect(captured('applicationKey')).toBe(AK);
    expect(captured('clientId')).toBe(CID);
  });

  it('a heading "Edit Application" is the Edit screen too', async () => {
    document.body.innerHTML = page('Edit Application', variants[0]![1]);
    expect(stepOf(PORTAL, { captured: ['clientSecret'] })?.id).toBe('app-key');
  });
});

describe('ServiceTitan: the Booking Provider ID of the HeavySet Tech tag', () => {
  const page = (list: string) => `<h1>Booking Providers</h1><button>Add Tag</button>${list}`;
  const gridRow = (name: string, id: string) => `<div role="row"><div role="gridcell">${name}</div><div role="gridcell">Web bookings</div><div role="gridcell">${id}</div></div>`;
  const variants: [string, string][] = [
    ['a role=grid with the ID column last, HeavySet Tech below another tag', `<div role="grid"><div role="row"><div role="columnheader">Name</div><div role="columnheader">Description</div><div role="columnheader">ID</div></div>${gridRow('Angi', OTHER_TAG)}${gridRow('HeavySet Tech', OUR_TAG)}</div>`],
    ['a role=grid, HeavySet Tech above another tag', `<div role="grid"><div role="row"><div role="columnheader">Name</div><div role="columnheader">Description</div><div role="columnheader">ID</div></div>${gridRow('HeavySet Tech', OUR_TAG)}${gridRow('Angi', OTHER_TAG)}</div>`],
    ['a table with "Booking Provider ID" first', `<table><thead><tr><th>Booking Provider ID</th><th>Name</th><th>Active</th></tr></thead><tbody><tr><td>${OTHER_TAG}</td><td>Angi</td><td>Yes</td></tr><tr><td>${OUR_TAG}</td><td>HeavySet Tech</td><td>Yes</td></tr></tbody></table>`],
    ['cards with "ID:"', `<ul><li><h4>Angi</h4><span>ID:</span> <span>${OTHER_TAG}</span></li><li><h4>HeavySet Tech</h4><span>ID:</span> <span>${OUR_TAG}</span></li></ul>`],
    ['a table with a "Tag ID" column', `<table><tr><th>Name</th><th>Tag ID</th></tr><tr><td>Angi</td><td>${OTHER_TAG}</td></tr><tr><td>HeavySet Tech</td><td>${OUR_TAG}</td></tr></table>`],
  ];
  it.each(variants)('as %s → its ID, never the other tag’s', async (_name, list) => {
    document.body.innerHTML = page(list);
    expect(stepOf(GO)?.id).toBe('booking-provider-id');
    expect(captured('bookingProviderId')).toBe(OUR_TAG);
    const row = locate({ rowContaining: re(/heavyset tech/i) })!;
    expect(captured('bookingProviderId', row)).toBe(OUR_TAG);
  });

  it('without a HeavySet Tech tag → "Add Tag", nothing captured', async () => {
    document.body.innerHTML = page(`<div role="grid"><div role="row"><div role="columnheader">Name</div><div role="columnheader">ID</div></div>${gridRow('Angi', OTHER_TAG)}</div>`);
    expect(stepOf(GO)?.id).toBe('add-tag');
    expect(captured('bookingProviderId')).toBeNull();
  });

  it('an "Add Tag" dialog titled only "Add Tag" (no aria name) → name the tag', async () => {
    document.body.innerHTML = page('') + '<div role="dialog"><h2>Add Tag</h2><label>Name <input></label><label>Description <textarea></textarea></label><button>Cancel</button><button>Add</button></div>';
    expect(stepOf(GO)?.id).toBe('name-tag');
    expect(await fillForMe(stepById('name-tag').fill!, {})).toMatchObject({ filled: ['Name'], missed: [] });
  });
});

describe('ServiceTitan: API scopes on the New App form', () => {
  const scopeNames = playbook.steps.find((s) => s.id === 'new-app-form')!.fill!.filter((f) => /^(Read|Write) /.test(f.name));
  const NAMES = ['Bookings', 'Customers', 'Leads', 'Appointments', 'Jobs', 'Campaigns', 'Business Units', 'Technicians', 'Invoices', 'Payroll'];
  const form = (cell: (kind: string, name: string) => string) =>
    `<h1>New App</h1><table><thead><tr><th>API</th><th>Read</th><th>Write</th></tr></thead><tbody>${NAMES.map((n) => `<tr><th scope="row">${n}</th><td>${cell('Read', n)}</td><td>${cell('Write', n)}</td></tr>`).join('')}</tbody></table>`;
  const ticked = () => Array.from(document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).filter((c) => c.checked).map((c) => c.dataset.scope);
  const wanted = scopeNames.map((f) => f.name);

  it.each([
    ['aria-label', (k: string, n: string) => `<input type="checkbox" data-scope="${k} ${n}" aria-label="${k} ${n}">`],
    ['a wrapping label', (k: string, n: string) => `<label><input type="checkbox" data-scope="${k} ${n}"> ${k} ${n}</label>`],
    ['a <label for>', (k: string, n: string) => `<input type="checkbox" id="${k}-${n.replace(' ', '')}" data-scope="${k} ${n}"><label for="${k}-${n.replace(' ', '')}">${k} ${n}</label>`],
    ['role=checkbox with its text', (k: string, n: string) => `<div role="checkbox" aria-checked="false" tabindex="0" data-scope="${k} ${n}">${k} ${n}</div>`],
  ])('checkboxes named by %s → exactly the guide’s 13 scopes ticked', async (_name, cell) => {
    document.body.innerHTML = form(cell);
    for (const box of document.querySelectorAll('[role=checkbox]')) {
      box.addEventListener('click', () => box.setAttribute('aria-checked', String(box.getAttribute('aria-checked') !== 'true')));
    }
    const result = await fillForMe(scopeNames, {});
    expect(result.missed.map((m) => m.name)).toEqual([]);
    expect(result.filled).toEqual(wanted);
    const on = document.querySelectorAll('input[type=checkbox]').length
      ? ticked()
      : Array.from(document.querySelectorAll<HTMLElement>('[role=checkbox][aria-checked=true]')).map((c) => c.dataset.scope);
    expect(on.sort()).toEqual([...wanted].sort());
  });

  it('named only by the row header ("Bookings") and the column header ("Read") → exactly the guide’s 13 scopes', async () => {
    document.body.innerHTML = form((k, n) => `<input type="checkbox" data-scope="${k} ${n}">`);
    const result = await fillForMe(scopeNames, {});
    expect(result.missed.map((m) => m.name)).toEqual([]);
    expect(ticked().sort()).toEqual([...wanted].sort());
  });

  // The seed's Figure 6: "API Endpoint | Read | Write", group rows "Accounting All None", bare boxes.
  // Look-alike rows come first: "Booking Provider Tags" before "Bookings", "Job Types" before "Jobs".
  const GROUPS: [string, string[]][] = [
    ['Accounting', ['AP Bills', 'AP Credits', 'Invoices']],
    ['CRM', ['Booking Provider Tags', 'Bookings', 'Customer Memberships', 'Customers', 'Leads', 'Locations']],
    ['Job Planning', ['Appointment Assignments', 'Appointments', 'Job Types', 'Jobs', 'Job Hold Reasons']],
    ['Marketing', ['Campaign Costs', 'Campaigns']],
    ['Settings', ['Business Units', 'Employees', 'Technicians', 'Technician Shifts']],
  ];
  const box = (k: string, n: string) => `<input type="checkbox" data-scope="${k} ${n}">`;
  const seedTable = () =>
    `<h1>New App</h1><h2>API Scopes</h2><table><thead><tr><th>API Endpoint</th><th>Read</th><th>Write</th></tr></thead><tbody>${GROUPS.map(
      ([group, names]) =>
        `<tr><th colspan="3">${group} <button type="button">All</button> <button type="button">None</button></th></tr>` +
        names.map((n) => `<tr><td>${n}</td><td>${box('Read', n)}</td><td>${box('Write', n)}</td></tr>`).join(''),
    ).join('')}</tbody></table>`;
  const ariaGrid = () =>
    `<h1>New App</h1><div role="grid" aria-label="API Scopes"><div role="rowgroup"><div role="row"><span role="columnheader">API Endpoint</span><span role="columnheader">Read</span><span role="columnheader">Write</span></div></div><div role="rowgroup">${GROUPS.map(
      ([group, names]) =>
        `<div role="row"><span role="rowheader" aria-colspan="3">${group}</span></div>` +
        names
          .map((n) => `<div role="row"><span role="rowheader">${n}</span>${['Read', 'Write'].map((k) => `<span role="gridcell"><div role="checkbox" tabindex="0" aria-checked="false" data-scope="${k} ${n}"></div></span>`).join('')}</div>`)
          .join(''),
    ).join('')}</div></div>`;
  const iconColumn = () =>
    `<h1>New App</h1><table><tr><th colspan="2">API Endpoint</th><th>Write</th><th>Read</th></tr>${GROUPS.flatMap(([, names]) => names)
      .map((n) => `<tr><td><i class="material-icons" aria-hidden="true">api</i></td><td>${n}</td><td>${box('Write', n)}</td><td>${box('Read', n)}</td></tr>`)
      .join('')}</table>`;
  const allTicked = () =>
    [...Array.from(document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).filter((c) => c.checked), ...document.querySelectorAll<HTMLElement>('[role=checkbox][aria-checked=true]')].map(
      (c) => (c as HTMLElement).dataset.scope,
    );

  it.each([
    ['the seed’s table (group rows, bare boxes)', seedTable],
    ['an ARIA grid of divs with role=checkbox', ariaGrid],
    ['a table without <thead>, an icon column under a colspan header, Write before Read', iconColumn],
  ])('%s → exactly the 13 scopes, never a look-alike row; filling twice changes nothing', async (_name, markup) => {
    document.body.innerHTML = markup();
    for (const el of document.querySelectorAll('[role=checkbox]')) {
      el.addEventListener('click', () => el.setAttribute('aria-checked', String(el.getAttribute('aria-checked') !== 'true')));
    }
    const first = await fillForMe(scopeNames, {});
    expect(first.missed.map((m) => m.name)).toEqual([]);
    expect(first.filled).toEqual(wanted);
    expect(allTicked().sort()).toEqual([...wanted].sort());
    const again = await fillForMe(scopeNames, {});
    expect(again.filled).toEqual([]);
    expect(again.unchanged).toEqual(wanted);
    expect(allTicked().sort()).toEqual([...wanted].sort());
  });

  it('a scope row that is missing is reported, not ticked elsewhere', async () => {
    document.body.innerHTML = seedTable().replace(/<tr><td>Jobs<\/td>.*?<\/tr>/, '');
    const result = await fillForMe(scopeNames, {});
    expect(result.missed.map((m) => m.name).sort()).toEqual(['Read Jobs', 'Write Jobs']);
    expect(allTicked().sort()).toEqual(wanted.filter((w) => !/ Jobs$/.test(w)).sort());
  });
});

describe('ServiceTitan: the terms of connecting HeavySet Tech', () => {
  const GO_APPS = 'https://go.servicetitan.com/#/Settings/Api-Apps';
  const page = (dialog: string) => `<h1>API Application Access</h1><button>Connect New App</button>${dialog}`;
  it.each([
    ['titled "Allow HeavySet Tech"', '<div role="dialog" aria-labelledby="t"><h2 id="t">Allow HeavySet Tech</h2><span id="l">Restriction by booking_provider for Bookings</span><button role="combobox" aria-labelledby="l">None</button><button>Accept</button></div>'],
    ['titled otherwise, asking for the restriction', '<div role="dialog" aria-label="Review"><label for="r">Restriction by booking_provider for Bookings</label><select id="r"><option>HeavySet Tech</option></select><button>Accept</button></div>'],
  ])('%s → step "Restrict bookings … accept the terms"', (_name, dialog) => {
    document.body.innerHTML = page(dialog);
    expect(stepOf(GO_APPS, { captured: ['bookingProviderId'] })?.id).toBe('restrict-and-accept');
  });
});
