// developer.servicetitan.io: sign-in, home, and the My Apps widget. As in ServiceTitan's public
// developer-portal source (community/widgets/api-apps), the widget switches between the app list,
// the New App / Edit editor and App Connections in place: the URL stays /custom/my-apps/.
import { Button, Card, Combobox, Dialog, Icon, RadioGroup, Spinner, TextField, Textarea, Toast, withTooltip } from './anvil.js';
import { ACCOUNT, APP_CATEGORIES, SCOPE_GROUPS } from './catalog.js';
import { api, cls, controlledChecked, h, replaceChildren } from './dom.js';
import { KendoGrid } from './kendo-grid.js';
import { installStyles } from './styles.js';

const SESSION = 'st-developer-portal-session';
const MY_APPS = '/custom/my-apps/';
const DEVELOPER_OPTION = 'I, the app developer, will configure the credentials on behalf of each tenant';
const TENANT_OPTION = 'Tenants will configure the credentials themselves';

installStyles();
const root = document.getElementById('root');

function shell(...content) {
  const signedIn = localStorage.getItem(SESSION) === 'production';
  return [
    h(
      'header',
      { class: cls('topbar') },
      h('a', { class: cls('brand'), href: '/' }, 'ServiceTitan Developer'),
      h('nav', { class: cls('topnav'), 'aria-label': 'Main' }, h('a', { href: '/' }, 'Home'), ' ', h('a', { href: '/apis' }, 'APIs'), ' ', h('a', { href: MY_APPS }, 'My Apps'), ' ', h('a', { href: '/docs' }, 'Docs')),
      h('span', { class: cls('spacer') }),
      signedIn
        ? h('a', { href: '/signin', onClick: () => localStorage.removeItem(SESSION) }, `${ACCOUNT.name} · Sign out`)
        : h('a', { href: '/signin' }, 'Sign in'),
    ),
    h('main', { class: cls('page') }, content),
  ];
}

function signInPage() {
  const returnUrl = new URLSearchParams(location.search).get('returnUrl') || '/';
  const login = (environment) => {
    localStorage.setItem(SESSION, environment);
    location.assign(environment === 'production' ? returnUrl : '/');
  };
  replaceChildren(
    root,
    shell(
      h(
        'div',
        { class: cls('signin') },
        h('h1', null, 'Sign in to the ServiceTitan Developer Portal'),
        h('p', { class: cls('muted') }, 'Use your ServiceTitan account. Choose the environment your apps run against.'),
        Button({ label: 'Login as Production Environment User', appearance: 'primary', onClick: () => login('production') }),
        Button({ label: 'Login as Integration Environment User', onClick: () => login('integration') }),
      ),
    ),
  );
}

function homePage() {
  replaceChildren(
    root,
    shell(
      h('div', { class: cls('page-header') }, h('h1', null, 'Welcome to the ServiceTitan Developer Portal')),
      Card(h('p', null, 'Build integrations with the ServiceTitan APIs. Register your application under My Apps, then ask your customers to connect it.'), h('a', { href: MY_APPS }, 'Go to My Apps')),
    ),
  );
}

// ---------------------------------------------------------------------------------- My Apps
const view = h('div');
let apps = [];
const secretDialogs = makeSecretDialogs();

async function loadApps() {
  replaceChildren(view, Spinner());
  apps = await api('apps');
}

async function showList() {
  await loadApps();
  const grid = KendoGrid({
    ariaLabel: 'My Apps',
    noRecords: 'You have not created any apps yet.',
    columns: [
      { title: 'Name', width: '28%', cell: (app) => h('div', null, h('strong', null, app.name), h('div', { class: cls('muted') }, app.organization)) },
      { title: 'Version', width: '12%', cell: () => 'Version 1' },
      { title: 'API Scopes', width: '26%', cell: (app) => `Read ${app.scopes.read.length} · Write ${app.scopes.write.length}` },
      {
        title: 'Actions',
        cell: (app) => h('div', { style: { display: 'flex', gap: '6px', flexWrap: 'wrap' } },
          Button({ label: 'Edit', size: 'small', onClick: () => showEdit(app.id) }),
          Button({ label: 'View Connections', size: 'small', onClick: () => showConnections(app.id) }),
          Button({ label: 'API Usage Report', size: 'small', onClick: () => Toast('The report will be e-mailed to you.') })),
      },
    ],
    rows: apps,
  });
  replaceChildren(
    view,
    h('div', { class: cls('page-header') }, h('h1', null, 'My Apps'), h('span', { class: cls('count') }, String(apps.length)), h('span', { class: cls('grow') }), Button({ label: '+ New App', appearance: 'primary', onClick: showNewApp })),
    grid.root,
  );
}

function backLink() {
  return h('a', { href: '#', role: 'button', class: cls('back'), onClick: (e) => { e.preventDefault(); showList(); } }, Icon('back'), h('span', null, 'Back to all apps'));
}

function appHeading(app) {
  return h('div', { class: cls('page-header') }, h('div', null, h('h1', null, app.name), h('div', { class: cls('muted') }, `App ID: ${app.id}`)));
}

function categoryItems() {
  return APP_CATEGORIES.flatMap(({ group, items }) => items.map((label) => ({ id: label, label, group })));
}

function newGuid() {
  return crypto.randomUUID();
}

/** The API Scopes grid: group rows with All / None, one Read and one Write box per endpoint. */
function scopesGrid(read, write) {
  const rows = SCOPE_GROUPS.flatMap(([group, scopes]) => [
    {
      group,
      render: () => [
        h('span', null, group),
        Button({ label: 'All', appearance: 'ghost', size: 'small', onClick: () => { scopes.forEach((s) => { read.add(s); write.add(s); }); grid.refresh(); } }),
        Button({ label: 'None', appearance: 'ghost', size: 'small', onClick: () => { scopes.forEach((s) => { read.delete(s); write.delete(s); }); grid.refresh(); } }),
      ],
    },
    ...scopes.map((scope) => ({ scope })),
  ]);
  const box = (set, scope) =>
    CheckboxCell(set.has(scope), (checked) => { if (checked) set.add(scope); else set.delete(scope); });
  const grid = KendoGrid({
    ariaLabel: 'API Scopes',
    virtual: { height: 320, rowHeight: 40 },
    columns: [
      { title: 'API Endpoint', cell: (row) => row.scope },
      { title: 'Read', width: '110px', cell: (row) => box(read, row.scope) },
      { title: 'Write', width: '110px', cell: (row) => box(write, row.scope) },
    ],
    rows,
  });
  return grid;
}

/** An Anvil2 Checkbox without a label, as the seed's Figure 6 shows the scope boxes. */
function CheckboxCell(checked, onChange) {
  const input = h('input', { type: 'checkbox', class: cls('checkbox-input') });
  controlledChecked(input, checked, onChange);
  return h('div', { class: cls('checkbox') }, input, h('span', { class: cls('checkbox-box'), 'aria-hidden': 'true' }, Icon('check')));
}

function showNewApp() {
  const form = { name: '', organization: '', homepage: '', email: null, description: '', category: null, credentials: null };
  const read = new Set();
  const write = new Set();
  const nameField = TextField({ label: 'Application Name', maxLength: 120, onChange: (v) => { form.name = v; } });
  const orgField = TextField({ label: 'Organization', maxLength: 120, onChange: (v) => { form.organization = v; } });
  const homeField = TextField({ label: 'Homepage', placeholder: 'https://www.my-app.com', maxLength: 120, onChange: (v) => { form.homepage = v; } });
  const email = Combobox({ label: 'Email Address', searchable: false, placeholder: 'Select an email address', items: ACCOUNT.emails.map((e) => ({ id: e, label: e })), onChange: (item) => { form.email = item.label; } });
  const description = Textarea({ label: 'Description', onChange: (v) => { form.description = v; } });
  const category = Combobox({ label: 'App Category', placeholder: 'Search categories', items: categoryItems(), onChange: (item) => { form.category = item.label; } });
  const tenantRows = h('div');
  const addTenantRow = (tenantId) => {
    const row = h('div', { class: cls('inline-row'), style: { display: 'flex', gap: '12px', alignItems: 'flex-end' } },
      TextField({ label: 'Tenant ID', value: tenantId }).root,
      TextField({ label: 'Note', value: '' }).root,
      Button({ appearance: 'ghost', icon: 'trash', ariaLabel: 'Remove tenant', onClick: () => row.remove() }));
    tenantRows.append(row);
  };
  const networkRows = h('div');
  const guid = TextField({ label: 'External Data Application GUID', value: newGuid(), maxLength: 36, mono: true });
  const credentials = RadioGroup({
    legend: 'Who will be responsible for configuring these credentials within the app?',
    options: [
      { value: DEVELOPER_OPTION, label: DEVELOPER_OPTION, description: 'Select this option if, for example, you will manually enter the credentials into a file or database that can\'t be managed by tenants. After a tenant has connected your app, you can obtain the credentials by navigating to My Apps and clicking the View Connections button for the app.' },
      { value: TENANT_OPTION, label: TENANT_OPTION, description: 'Select this option if your app has a configuration screen where tenants can enter their own credentials. To obtain the credentials, tenants must sign in to the main ServiceTitan application and navigate to Settings > Integrations > API Application Access.' },
    ],
    onChange: (v) => { form.credentials = v; },
  });
  const formError = h('div', { role: 'alert', class: cls('error-text'), hidden: true });
  const scopes = scopesGrid(read, write);

  // The developer's own tenant is listed by default (known here once an app exists).
  if (apps[0]?.tenantId) addTenantRow(apps[0].tenantId);

  async function create() {
    const missing = [];
    for (const [field, key] of [[nameField, 'name'], [orgField, 'organization'], [homeField, 'homepage']]) {
      field.setError(form[key].trim() ? '' : 'This field is required');
      if (!form[key].trim()) missing.push(key);
    }
    if (!form.email) missing.push('email');
    if (!form.description.trim()) missing.push('description');
    if (!form.category) missing.push('category');
    if (!form.credentials) missing.push('credentials');
    if (read.size + write.size === 0) missing.push('scopes');
    if (missing.length) {
      formError.hidden = false;
      formError.textContent = 'All fields are required. Please complete the highlighted fields and select at least one API scope.';
      return;
    }
    const order = SCOPE_GROUPS.flatMap(([, s]) => s);
    await api('apps', 'POST', {
      name: form.name,
      organization: form.organization,
      homepage: form.homepage,
      email: form.email,
      description: form.description,
      category: form.category,
      credentialsManagement: form.credentials,
      scopes: { read: order.filter((s) => read.has(s)), write: order.filter((s) => write.has(s)) },
    });
    Toast('App created');
    await showList();
  }

  replaceChildren(
    view,
    backLink(),
    h('div', { class: cls('page-header') }, h('h1', null, 'New App')),
    Card(
      h('div', { class: cls('card-title') }, h('h2', { style: { display: 'inline' } }, 'App details'), '   ', h('span', { class: cls('muted') }, 'All fields are required')),
      nameField.root, orgField.root, homeField.root, email.root, description.root, category.root,
      h('div', { class: cls('field-label') }, 'Tenant(s)'), tenantRows, Button({ label: '+ Add Tenant', onClick: () => addTenantRow('') }),
      h('div', { class: cls('field-label'), style: { marginTop: '16px' } }, 'Customer Global Network(s)'), networkRows,
      Button({ label: '+ Add Network', onClick: () => networkRows.append(TextField({ label: 'Network ID' }).root) }),
      h('div', { style: { display: 'flex', gap: '12px', alignItems: 'flex-end', marginTop: '16px' } }, guid.root, Button({ label: 'Reset', onClick: () => guid.set(newGuid()) })),
      h('div', { class: cls('field-label'), style: { margin: '8px 0' } }, 'API Scopes'),
      scopes.root,
    ),
    Card(
      h('h3', null, 'Client Credentials Management'),
      h('p', null, 'To access ServiceTitan APIs, your app must authenticate itself by supplying a client ID and client secret.'),
      credentials.root,
      h('div', { class: cls('note') }, h('strong', null, 'Note'), h('p', null, 'You must keep client IDs and client secrets confidential. Never publish them with your source code, embed them within web pages, or distribute them via an app store.')),
    ),
    formError,
    h('div', { style: { display: 'flex', justifyContent: 'flex-end', gap: '12px' } }, Button({ label: 'Cancel', onClick: showList }), Button({ label: 'Create App', appearance: 'primary', onClick: create })),
  );
}

async function showEdit(id) {
  replaceChildren(view, Spinner());
  const app = await api(`apps/${id}`);
  const key = TextField({ label: 'Application Key', value: app.applicationKey, readOnly: true, mono: true });
  const category = Combobox({ label: 'App Category', items: categoryItems(), selected: categoryItems().find((c) => c.label === app.category) ?? null });
  const email = Combobox({ label: 'Email Address', searchable: false, items: ACCOUNT.emails.map((e) => ({ id: e, label: e })), selected: app.email ? { id: app.email, label: app.email } : null });
  replaceChildren(
    view,
    backLink(),
    appHeading(app),
    Card(
      h('div', null, h('h2', { style: { display: 'inline' } }, 'App Details'), '   ', h('span', { class: cls('muted') }, 'All fields are required')),
      TextField({ label: 'Application Name', value: app.name }).root,
      TextField({ label: 'Organization', value: app.organization }).root,
      TextField({ label: 'Homepage', value: app.homepage }).root,
      email.root,
      Textarea({ label: 'Description', value: app.description }).root,
      category.root,
      h('div', { style: { display: 'flex', gap: '12px', alignItems: 'flex-end' } }, key.root, Button({ label: 'Copy', icon: 'copy', onClick: () => navigator.clipboard?.writeText(app.applicationKey).catch(() => undefined) })),
      h('div', { class: cls('field-label') }, 'API Scopes'),
      h('p', null, `Read ${app.scopes.read.join(', ')} data`),
      h('p', null, `Write ${app.scopes.write.join(', ')} data`),
      Button({ label: 'Change API Scopes', onClick: () => Toast('Changing scopes creates a new app version that tenants must accept again.') }),
    ),
    h('div', { style: { display: 'flex', justifyContent: 'flex-end', gap: '12px' } }, Button({ label: 'Cancel', onClick: showList }), Button({ label: 'Save', appearance: 'primary', onClick: showList })),
  );
}

async function showConnections(id) {
  replaceChildren(view, Spinner());
  const app = await api(`apps/${id}`);
  const connected = app.allowedByTenant;
  const dot = withTooltip(
    h('span', { class: cls('status-dot'), tabindex: '0', style: { backgroundColor: connected ? '#18a761' : '#d1d7db' } }),
    connected ? 'Allowed' : 'Disallowed',
  );
  const secretCell = () => {
    if (!connected) return 'Not connected yet';
    const generate = Button({ label: 'Generate', appearance: app.hasClientSecret ? 'secondary' : 'primary', size: 'small', onClick: () => secretDialogs.confirm(app, () => showConnections(id)) });
    return app.hasClientSecret ? h('div', null, h('div', null, '🗝 Active secret'), generate) : generate;
  };
  const grid = KendoGrid({
    ariaLabel: 'App Connections',
    columns: [
      { title: 'Tenant/Network ID', width: '18%', cell: () => app.tenantId },
      { title: 'Client ID', width: '30%', cell: () => (connected ? app.clientId : 'Not connected yet') },
      { title: 'Client Secret', width: '20%', cell: secretCell },
      { title: 'API Scopes Version', width: '16%', cell: () => '1' },
      { title: 'Allowed by Tenant', cell: () => h('div', { style: { textAlign: 'center' } }, dot) },
    ],
    rows: [app],
  });
  replaceChildren(view, backLink(), appHeading(app), h('h2', null, 'App Connections'), grid.root);
}

/** "Generate Client Secret" confirmation, then the one-time "Client Secret" dialog. Both exist (closed) from page load. */
function makeSecretDialogs() {
  let pending = null;
  let after = () => {};
  const kv = (tenant, client) => h('div', { class: cls('kv') }, h('span', null, 'Tenant ID:'), h('span', null, tenant), h('span', null, 'Client ID:'), h('span', null, client));
  const confirmText = [h('p', null, 'Once a client secret is generated, it\'s visible only once.'), h('p', null, 'Would you like to continue?')];
  const confirm = Dialog({ title: 'Generate Client Secret', content: [kv('', ''), ...confirmText], onClose: () => { pending = null; } });
  const secretField = TextField({ label: 'Client Secret', value: '', readOnly: true, mono: true });
  const secretKv = h('div');
  const secret = Dialog({
    title: 'Client Secret',
    content: [secretKv, h('div', { style: { display: 'flex', gap: '12px', alignItems: 'flex-end' } }, secretField.root, Button({ label: 'Copy', icon: 'copy', onClick: () => navigator.clipboard?.writeText(secretField.input.value).catch(() => undefined) })), h('p', null, 'Note: This client secret is visible only once. If you lose it, you\'ll need to generate a new secret.')],
    onClose: () => { secretField.set(''); after(); },
  });
  const yes = Button({ label: 'Yes, Continue', appearance: 'primary', onClick: async () => {
    if (!pending) return;
    const app = pending;
    yes.disabled = true;
    try {
      const { clientSecret } = await api(`apps/${app.id}/secret`, 'POST');
      confirm.close();
      replaceChildren(secretKv, kv(app.tenantId, app.clientId));
      secretField.set(clientSecret);
      secret.open();
    } finally {
      yes.disabled = false;
    }
  } });
  confirm.setFooter(Button({ label: 'Cancel', onClick: () => confirm.close() }), yes);
  return {
    confirm(app, then) {
      pending = app;
      after = then;
      confirm.setContent(kv(app.tenantId, app.clientId), ...confirmText);
      confirm.open();
    },
  };
}

async function myAppsPage() {
  if (localStorage.getItem(SESSION) !== 'production') {
    location.replace(`/signin?returnUrl=${encodeURIComponent(location.pathname)}`);
    return;
  }
  replaceChildren(root, shell(view));
  await showList();
}

function notFoundPage() {
  replaceChildren(root, shell(h('h1', null, 'Page not found')));
}

const path = location.pathname;
if (path === '/signin') signInPage();
else if (path === '/' || path === '') homePage();
else if (path === MY_APPS || path === '/custom/my-apps') myAppsPage();
else notFoundPage();
