// The Developer Portal as a Lit app on the st-* kit: <st-app> (top bar, routes by pathname with the
// History API) → <st-signin-page> | <st-home-page> | <st-my-apps-page>. My Apps switches between its
// views IN PLACE (the URL stays /custom/my-apps/, as the portal's own widget does): <st-app-list> (an
// st-table of the account's apps: App ID, Client ID, Edit / App Connections / API Usage Report per row),
// <st-app-editor> (New App and Edit: st-text-fields, st-pickers, <st-scopes-table> whose real <table> in
// its shadow root holds unlabelled st-checkboxes, an st-radio-group), <st-app-connections> (an st-table,
// "Generate secret" → st-dialog to confirm → st-dialog with the Client Secret once in a read-only
// st-text-field, Copy, Done). Every value comes from the sandbox backend (/__sandbox__/…).
import { html, raw, StElement } from './kit-5d1f0a93.js';

function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  return fetch('/__sandbox__/' + path, init).then((r) =>
    r.json().then((j) => {
      if (!r.ok) throw new Error((j.error && j.error.message) || 'Something went wrong. Try again.');
      return j;
    }),
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const fmtDate = (iso) => {
  const d = new Date(iso);
  return isNaN(d) ? '' : MONTHS[d.getMonth()] + ' ' + d.getDate() + ', ' + d.getFullYear();
};
const guid = () => (crypto.randomUUID ? crypto.randomUUID() : '3f2504e0-4f89-41d3-9a0c-0305e82c3301');

const SESSION_KEY = 'st-devportal-session';
const session = () => {
  try {
    return JSON.parse(localStorage.getItem(SESSION_KEY) || 'null');
  } catch {
    return null;
  }
};

const EMAILS = ['jane.cooper@coolairhvac.com', 'engineer@heavyset.tech', 'support@heavyset.tech'];
const CATEGORIES = [
  ['Accounting & Finance', ['Accounting', 'Payments', 'Consumer Financing']],
  ['Customer Experience', ['Call Tracking', 'Chat & Messaging', 'Reviews & Reputation', 'Web Scheduler']],
  ['Marketing', ['Lead Generation', 'Marketing Automation', 'Websites']],
  ['Operations', ['CRM', 'Dispatch', 'Fleet Management', 'Inventory']],
  ['Other', ['Other']],
];
const CREDENTIALS = [
  ['I, the app developer, will configure the credentials on behalf of each tenant', 'You generate the client ID and secret for each tenant that connects your app, here in the Developer Portal.'],
  ['The tenant will configure the credentials', 'Each tenant’s administrator generates the client ID and secret in ServiceTitan and shares them with you.'],
];

const navigate = (path) => {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
};
const toast = (from, text, variant) => from.emit('st-toast', { text, variant });

const PAGE = `
  :host { display: block; }
  h1 { margin: 0; font-size: 28px; font-weight: 800; line-height: 1.2; color: var(--st-gray-900); }
  h2 { margin: 0; font-size: 18px; font-weight: 700; }
  .muted { color: var(--st-gray-600); }
  .mono { font-family: var(--st-mono); font-size: 12px; }
  .page-head { display: flex; align-items: center; gap: 16px; margin: 4px 0 20px; flex-wrap: wrap; }
  .page-head .grow { flex: 1; }
  .back { margin: 0 0 10px -8px; }
`;

// ---- <st-app>: top bar, the page for the path, toasts.
class StApp extends StElement {
  static styles = `
    :host { display: block; min-height: 100vh; }
    header { display: flex; align-items: center; gap: 24px; height: 52px; padding: 0 24px; background: var(--st-gray-50); border-bottom: 1px solid var(--st-gray-300); position: sticky; top: 0; z-index: 5; }
    .brand { display: flex; align-items: center; gap: 8px; color: var(--st-gray-900); font-weight: 800; font-size: 16px; text-decoration: none; white-space: nowrap; }
    .brand .logo { width: 22px; height: 22px; border-radius: 5px; background: #0a4ea2; }
    .brand span { font-weight: 400; color: var(--st-gray-700); }
    st-top-nav { flex: 1; }
    .account { display: flex; align-items: center; gap: 10px; white-space: nowrap; }
    .avatar { width: 28px; height: 28px; border-radius: 50%; background: #5e3bd8; color: #fff; display: inline-flex; align-items: center; justify-content: center; font-size: 12px; font-weight: 700; }
    main { max-width: 1180px; margin: 0 auto; padding: 24px; }
    .toasts { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); display: flex; flex-direction: column; gap: 8px; z-index: 10; }
  `;
  render() {
    return html`<header part="header"><a class="brand" href="/"><span class="logo"></span>ServiceTitan <span>Developer</span></a><st-top-nav><st-top-nav-item href="/" label="Home"></st-top-nav-item><st-top-nav-item href="/apis" label="APIs"></st-top-nav-item><st-top-nav-item href="/getting-started" label="Getting Started"></st-top-nav-item><st-top-nav-item href="/custom/my-apps/" label="My Apps"></st-top-nav-item></st-top-nav><div class="account" id="account"></div></header><main id="outlet"></main><div class="toasts" id="toasts" aria-live="polite"></div>`;
  }
  firstUpdated() {
    // Links anywhere in the app (inside shadow roots too) are routed here, as a client-side router does.
    this.shadowRoot.addEventListener('click', (e) => {
      const a = e.composedPath().find((n) => n instanceof HTMLAnchorElement && n.getAttribute('href'));
      if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey) return;
      const href = a.getAttribute('href');
      if (!href.startsWith('/')) return;
      e.preventDefault();
      navigate(href);
    });
    this.addEventListener('st-toast', (e) => {
      const t = document.createElement('st-toast');
      if (e.detail.variant) t.setAttribute('variant', e.detail.variant);
      t.textContent = e.detail.text;
      this.$('#toasts').append(t);
    });
    window.addEventListener('popstate', () => this.route());
    this.route();
  }
  route() {
    const path = location.pathname;
    const s = session();
    this.$('#account').innerHTML = s
      ? html`<st-badge variant="${s.env === 'integration' ? 'notice' : 'positive'}">${s.env === 'integration' ? 'Integration' : 'Production'}</st-badge><span class="avatar" aria-hidden="true">JC</span><span>Jane Cooper</span>`.__html
      : html`<st-button quiet id="signin-link">Sign in</st-button>`.__html;
    const signin = this.$('#signin-link');
    if (signin) signin.addEventListener('click', () => navigate('/signin'));
    let tag = 'st-home-page';
    if (path === '/signin') tag = 'st-signin-page';
    else if (path.startsWith('/custom/my-apps')) tag = 'st-my-apps-page';
    else if (path !== '/') tag = 'st-placeholder-page';
    this.$('#outlet').replaceChildren(document.createElement(tag));
    this.shadowRoot.querySelectorAll('st-top-nav-item').forEach((item) => {
      const href = item.getAttribute('href');
      item.toggleAttribute('selected', href === '/' ? path === '/' : path.startsWith(href));
    });
    document.title = (tag === 'st-my-apps-page' ? 'My Apps' : tag === 'st-signin-page' ? 'Sign in' : 'Home') + ' · ServiceTitan Developer Portal';
  }
}

// ---- /signin
class StSigninPage extends StElement {
  static styles = PAGE + `
    .box { max-width: 440px; margin: 48px auto; padding: 32px; background: var(--st-gray-50); border: 1px solid var(--st-gray-300); border-radius: var(--st-radius-l); }
    p { margin: 8px 0 24px; }
    .buttons { display: flex; flex-direction: column; gap: 12px; }
    .buttons st-button, .buttons st-button::part(button) { width: 100%; }
  `;
  render() {
    return html`<div class="box"><h1>Sign in</h1><p class="muted">Use your ServiceTitan account. Choose the environment you build for.</p><div class="buttons"><st-button variant="accent" id="prod">Login as Production Environment User</st-button><st-button variant="secondary" treatment="outline" id="integration">Login as Integration Environment User</st-button></div></div>`;
  }
  firstUpdated() {
    const go = (env) => {
      localStorage.setItem(SESSION_KEY, JSON.stringify({ env, user: 'jane.cooper@coolairhvac.com' }));
      const back = new URLSearchParams(location.search).get('returnUrl');
      navigate(back && back.startsWith('/') ? back : '/');
    };
    this.$('#prod').addEventListener('click', () => go('production'));
    this.$('#integration').addEventListener('click', () => go('integration'));
  }
}

// ---- / (home)
class StHomePage extends StElement {
  static styles = PAGE + '.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 16px; margin-top: 24px; } p { margin: 8px 0 0; }';
  render() {
    const s = session();
    const env = s ? (s.env === 'integration' ? 'Integration environment' : 'Production environment') : 'Not signed in';
    return html`<h1>Welcome to the ServiceTitan Developer Portal</h1><p class="muted">${env} · Build apps on the ServiceTitan API.</p><div class="cards"><st-card href="/custom/my-apps/" heading="Manage your apps" subheading="Register apps, connect tenants, generate credentials."></st-card><st-card href="/apis" heading="API reference" subheading="Endpoints, scopes and versions."></st-card><st-card href="/getting-started" heading="Getting started" subheading="Authentication and your first call."></st-card></div>`;
  }
}
class StPlaceholderPage extends StElement {
  static styles = PAGE;
  render() {
    return html`<h1>Coming soon</h1><p class="muted">This section is not part of this portal build.</p>`;
  }
}

// ---- /custom/my-apps/: one widget, three views in place.
class StMyAppsPage extends StElement {
  static styles = ':host { display: block; }';
  render() {
    return html`<div id="view"></div>`;
  }
  firstUpdated() {
    this.addEventListener('st-my-apps-view', (e) => {
      e.stopPropagation();
      this.show(e.detail.view, e.detail.app);
    });
    this.show('list');
  }
  show(view, app) {
    const tag = { list: 'st-app-list', editor: 'st-app-editor', edit: 'st-app-editor', clients: 'st-app-connections' }[view];
    const el = document.createElement(tag);
    if (view === 'edit') el.setAttribute('mode', 'edit');
    if (app) el.appId = app;
    this.$('#view').replaceChildren(el);
    window.scrollTo(0, 0);
  }
}
const goView = (from, view, app) => from.emit('st-my-apps-view', { view, app });

class StAppList extends StElement {
  static styles = PAGE + `
    st-table { --st-table-columns: minmax(170px, 1.1fr) 84px minmax(200px, 1.3fr) minmax(330px, auto); }
    .name { font-weight: 700; }
    .sub { font-size: 12px; color: var(--st-gray-600); }
    .actions { display: flex; gap: 2px; flex-wrap: wrap; }
    .loading { display: flex; align-items: center; gap: 12px; padding: 32px; }
    .empty { padding: 24px 14px; color: var(--st-gray-600); }
  `;
  render() {
    return html`<div class="page-head"><h1>My Apps</h1><span class="muted grow" id="count"></span><st-button variant="accent" id="new"><st-icon slot="icon" name="add"></st-icon>New App</st-button></div><div id="holder"><div class="loading"><st-progress-circle label="Loading apps"></st-progress-circle><span class="muted">Loading apps…</span></div></div>`;
  }
  firstUpdated() {
    this.$('#new').addEventListener('click', () => goView(this, 'editor'));
    api('apps').then(
      (apps) => this.draw(apps),
      (e) => (this.$('#holder').textContent = e.message),
    );
  }
  draw(apps) {
    this.$('#count').textContent = apps.length + (apps.length === 1 ? ' app' : ' apps');
    const rows = apps.map(
      (a) =>
        html`<st-table-row data-id="${a.id}"><st-table-cell><div class="name">${a.name}</div><div class="sub">${a.organization} · Created ${fmtDate(a.createdAt)}</div></st-table-cell><st-table-cell>${a.id}</st-table-cell><st-table-cell class="mono">${a.clientId}</st-table-cell><st-table-cell><div class="actions"><st-button quiet size="s" data-act="edit">Edit</st-button><st-button quiet size="s" data-act="clients">App Connections</st-button><st-button quiet size="s" data-act="usage">API Usage Report</st-button></div></st-table-cell></st-table-row>`,
    );
    this.$('#holder').innerHTML = html`<st-table aria-label="My Apps"><st-table-head><st-table-head-cell>Application Name</st-table-head-cell><st-table-head-cell>App ID</st-table-head-cell><st-table-head-cell>Client ID</st-table-head-cell><st-table-head-cell>Actions</st-table-head-cell></st-table-head><st-table-body>${apps.length ? rows : raw('<div class="empty">You have no apps yet.</div>')}</st-table-body></st-table>`.__html;
    this.shadowRoot.querySelectorAll('st-button[data-act]').forEach((b) =>
      b.addEventListener('click', () => {
        const id = b.closest('st-table-row').dataset.id;
        const act = b.dataset.act;
        if (act === 'usage') toast(this, 'API usage reports are not available for this app yet.');
        else goView(this, act, id);
      }),
    );
  }
}

// ---- The scopes: a real <table> in this component's shadow root, unlabelled st-checkboxes in its cells.
class StScopesTable extends StElement {
  static styles = `
    :host { display: block; }
    .scroller { max-height: 380px; overflow: auto; border: 1px solid var(--st-gray-300); border-radius: var(--st-radius); background: var(--st-gray-50); }
    table { width: 100%; border-collapse: collapse; }
    th, td { padding: 0 14px; text-align: left; border-bottom: 1px solid var(--st-gray-200); }
    thead th { position: sticky; top: 0; z-index: 2; height: 36px; background: var(--st-gray-100); font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: var(--st-gray-700); border-bottom-color: var(--st-gray-300); }
    th.perm, td.perm { width: 90px; text-align: center; }
    tr.group th { height: 34px; background: var(--st-gray-75); font-weight: 700; }
    tr.group td { background: var(--st-gray-75); text-align: center; }
    td.endpoint { height: 34px; }
  `;
  constructor() {
    super();
    this._pending = null;
  }
  render() {
    const groups = window.ST_SCOPE_GROUPS || [];
    const body = groups.map(
      ([group, names]) =>
        html`<tr class="group"><th scope="rowgroup">${group}</th><td colspan="2"><st-button quiet size="s" variant="accent" data-group="${group}" data-all="1">All</st-button><st-button quiet size="s" variant="accent" data-group="${group}" data-all="">None</st-button></td></tr>${names.map(
          (n) => html`<tr data-group="${group}"><td class="endpoint">${n}</td><td class="perm"><st-checkbox data-scope="${n}" data-perm="read"></st-checkbox></td><td class="perm"><st-checkbox data-scope="${n}" data-perm="write"></st-checkbox></td></tr>`,
        )}`,
    );
    return html`<div class="scroller" part="scroller"><table part="table"><thead><tr><th scope="col">API Endpoint</th><th scope="col" class="perm">Read</th><th scope="col" class="perm">Write</th></tr></thead><tbody>${body}</tbody></table></div>`;
  }
  firstUpdated() {
    this.shadowRoot.querySelectorAll('st-button[data-group]').forEach((b) =>
      b.addEventListener('click', () => {
        const on = Boolean(b.dataset.all);
        this.shadowRoot.querySelectorAll(`tr[data-group="${CSS.escape(b.dataset.group)}"] st-checkbox`).forEach((c) => (c.checked = on));
        this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }),
    );
    if (this._pending) this.value = this._pending;
  }
  get value() {
    const out = { read: [], write: [] };
    this.shadowRoot.querySelectorAll('st-checkbox').forEach((c) => {
      if (c.checked) out[c.dataset.perm].push(c.dataset.scope);
    });
    return out;
  }
  set value(v) {
    if (!this.hasUpdated) {
      this._pending = v;
      return;
    }
    this.shadowRoot.querySelectorAll('st-checkbox').forEach((c) => (c.checked = (v[c.dataset.perm] || []).includes(c.dataset.scope)));
  }
}

// ---- New App / Edit: the same editor (mode="edit" loads the app and shows the Application Key).
class StAppEditor extends StElement {
  static observedAttributes = [];
  static styles = PAGE + `
    form { display: block; max-width: 760px; }
    .card { padding: 24px; margin-bottom: 16px; background: var(--st-gray-50); border: 1px solid var(--st-gray-300); border-radius: var(--st-radius-l); }
    .card-head { display: flex; align-items: baseline; gap: 12px; margin-bottom: 16px; }
    .fields { display: grid; grid-template-columns: 1fr 1fr; gap: 16px 20px; }
    .wide { grid-column: 1 / -1; }
    .row { display: flex; gap: 8px; align-items: flex-end; }
    .row st-text-field { flex: 1; }
    .list-label { font-size: 12px; color: var(--st-gray-700); padding-bottom: 5px; }
    .list-empty { font-size: 13px; color: var(--st-gray-600); padding: 4px 0 6px; }
    .tenant-row { display: flex; gap: 8px; margin-bottom: 8px; }
    .note { display: flex; gap: 10px; padding: 12px 14px; border-radius: var(--st-radius); background: var(--st-accent-soft); color: var(--st-gray-800); font-size: 13px; }
    .note st-icon { color: var(--st-accent); }
    .desc { display: block; font-size: 12px; color: var(--st-gray-600); margin: -4px 0 6px 24px; }
    .summary { margin: 0 0 10px; }
    .footer { display: flex; justify-content: flex-end; gap: 12px; padding: 8px 0 40px; }
    .error { color: var(--st-negative); font-size: 13px; align-self: center; margin-right: auto; }
  `;
  get edit() {
    return this.getAttribute('mode') === 'edit';
  }
  render() {
    const edit = this.edit;
    const emailItems = EMAILS.map((e) => html`<st-menu-item value="${e}">${e}</st-menu-item>`);
    const catItems = CATEGORIES.map(([g, names]) => html`<st-menu-group><span slot="header">${g}</span>${names.map((n) => html`<st-menu-item value="${n}">${n}</st-menu-item>`)}</st-menu-group>`);
    const radios = CREDENTIALS.map(([words, desc]) => html`<st-radio value="${words}">${words}</st-radio><span class="desc">${desc}</span>`);
    const key = edit
      ? html`<st-text-field class="wide" id="key" label="Application Key" readonly mono help-text="Use the Application Key with every API request, in both environments."><st-button slot="suffix" quiet size="s" id="copy-key" label="Copy"><st-icon slot="icon" name="copy"></st-icon></st-button></st-text-field>`
      : '';
    const scopes = edit
      ? html`<p class="summary" id="summary"></p><st-button treatment="outline" variant="secondary" id="change-scopes">Change API Scopes</st-button><div id="scopes-holder" hidden><p class="muted">Saving new scopes creates a new app version that each tenant must accept again.</p><st-scopes-table id="scopes"></st-scopes-table></div>`
      : html`<st-scopes-table id="scopes"></st-scopes-table>`;
    return html`<st-button quiet class="back" id="back"><st-icon slot="icon" name="chevronLeft"></st-icon>Back to all apps</st-button><div class="page-head"><h1>${edit ? 'Edit App' : 'New App'}</h1><span class="muted" id="app-id"></span></div><form novalidate><div class="card"><div class="card-head"><h2>${edit ? 'App Details' : 'App details'}</h2><span class="muted">All fields are required</span></div><div class="fields"><st-text-field id="name" label="Application Name" required maxlength="100"></st-text-field><st-text-field id="organization" label="Organization" required maxlength="200"></st-text-field><st-text-field id="homepage" label="Homepage" required placeholder="https://www.my-app.com"></st-text-field><st-picker id="email" label="Email Address" required placeholder="Select an email address">${emailItems}</st-picker><st-text-field class="wide" id="description" label="Description" required multiline maxlength="10000" rows="4"></st-text-field><st-picker id="category" label="App Category" required placeholder="Select a category">${catItems}</st-picker><span></span>${key}</div></div><div class="card"><div class="card-head"><h2>Tenants and networks</h2></div><div class="list-label">Tenant(s)</div><div id="tenants"><div class="list-empty">No tenants added.</div></div><st-button quiet variant="accent" id="add-tenant"><st-icon slot="icon" name="add"></st-icon>Add Tenant</st-button><div class="list-label" style="margin-top:16px">Customer Global Network(s)</div><div class="list-empty">No networks added.</div><st-button quiet variant="accent" id="add-network"><st-icon slot="icon" name="add"></st-icon>Add Network</st-button><div class="row" style="margin-top:16px"><st-text-field id="guid" label="External Data Application GUID" readonly mono></st-text-field><st-button treatment="outline" variant="secondary" id="reset-guid"><st-icon slot="icon" name="refresh"></st-icon>Reset</st-button></div></div><div class="card"><div class="card-head"><h2>API Scopes</h2><span class="muted">What your app may read and write</span></div>${scopes}</div><div class="card"><st-radio-group id="credentials" label="Client Credentials Management" required>${radios}</st-radio-group></div><div class="note"><st-icon name="info"></st-icon><span>Once the app is created, tenants can connect it in ServiceTitan under Settings → Integrations → API Application Access.</span></div><div class="footer"><span class="error" id="error" role="alert"></span><st-button variant="secondary" treatment="outline" id="cancel">Cancel</st-button><st-button variant="accent" id="submit">${edit ? 'Save' : 'Create App'}</st-button></div></form>`;
  }
  firstUpdated() {
    const $ = (id) => this.$('#' + id);
    $('back').addEventListener('click', () => goView(this, 'list'));
    $('cancel').addEventListener('click', () => goView(this, 'list'));
    $('guid').value = guid();
    $('reset-guid').addEventListener('click', () => ($('guid').value = guid()));
    $('add-tenant').addEventListener('click', () => {
      const holder = $('tenants');
      if (holder.querySelector('.list-empty')) holder.replaceChildren();
      const row = document.createElement('div');
      row.className = 'tenant-row';
      row.innerHTML = html`<st-text-field label="Tenant ID"></st-text-field><st-text-field label="Note"></st-text-field>`.__html;
      holder.append(row);
    });
    $('add-network').addEventListener('click', () => toast(this, 'No Customer Global Network is available to this account.'));
    $('submit').addEventListener('click', () => this.submit());
    if (this.edit) {
      $('change-scopes').addEventListener('click', () => {
        $('scopes-holder').hidden = false;
        $('change-scopes').hidden = true;
      });
      $('copy-key').addEventListener('click', () => copyText(this, $('key').value, 'Application key copied to clipboard.'));
      this.load();
    }
  }
  load() {
    const $ = (id) => this.$('#' + id);
    api('apps/' + this.appId).then((a) => {
      this.app = a;
      $('app-id').textContent = a.name + ' · App ID ' + a.id;
      $('name').value = a.name;
      $('organization').value = a.organization;
      $('homepage').value = a.homepage;
      $('email').value = a.email;
      $('description').value = a.description;
      $('category').value = a.category;
      $('key').value = a.applicationKey;
      $('credentials').selected = a.credentialsManagement;
      $('scopes').value = a.scopes;
      $('summary').textContent = 'Read: ' + a.scopes.read.join(', ') + ' · Write: ' + a.scopes.write.join(', ');
    });
  }
  submit() {
    const $ = (id) => this.$('#' + id);
    const fields = {
      name: $('name').value.trim(),
      organization: $('organization').value.trim(),
      homepage: $('homepage').value.trim(),
      email: $('email').value,
      description: $('description').value.trim(),
      category: $('category').value,
      credentialsManagement: $('credentials').selected,
      scopes: $('scopes').value,
    };
    const missing = [];
    for (const id of ['name', 'organization', 'homepage', 'email', 'description', 'category']) {
      const empty = !fields[id];
      $(id).toggleAttribute('invalid', empty);
      if (empty) missing.push(id);
    }
    $('credentials').toggleAttribute('invalid', !fields.credentialsManagement);
    if (!fields.credentialsManagement) missing.push('credentials');
    if (!fields.scopes.read.length && !fields.scopes.write.length) missing.push('scopes');
    if (missing.length) {
      $('error').textContent = 'All fields are required: fill in the ones marked in red and choose at least one API scope.';
      return;
    }
    $('error').textContent = '';
    if (this.edit) {
      toast(this, 'Your changes were saved.', 'positive');
      goView(this, 'list');
      return;
    }
    const submit = $('submit');
    submit.setAttribute('pending', '');
    api('apps', fields).then(
      (a) => {
        toast(this, a.name + ' was created.', 'positive');
        goView(this, 'list');
      },
      (e) => {
        submit.removeAttribute('pending');
        $('error').textContent = e.message;
      },
    );
  }
}

function copyText(from, text, done) {
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;opacity:0;left:-1000px';
    from.shadowRoot.append(area);
    area.select();
    try {
      document.execCommand('copy');
    } catch {
      /* nothing to copy with */
    }
    area.remove();
  };
  const said = () => toast(from, done, 'positive');
  const write = navigator.clipboard && window.isSecureContext ? navigator.clipboard.writeText(text) : Promise.reject(new Error('no clipboard'));
  const timeout = new Promise((resolve, reject) => setTimeout(() => reject(new Error('slow')), 800));
  Promise.race([write, timeout]).catch(fallback).then(said);
}

// ---- App Connections, Generate secret, the secret once.
class StAppConnections extends StElement {
  static styles = PAGE + `
    st-table { --st-table-columns: 130px minmax(220px, 1.4fr) minmax(230px, 1fr) 110px 150px; }
    .secret { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
    .masked { letter-spacing: 1px; }
    .when { font-size: 12px; color: var(--st-gray-600); }
    .not-connected { padding: 16px 14px; color: var(--st-gray-600); }
    dl { display: grid; grid-template-columns: auto 1fr; gap: 6px 16px; margin: 0 0 16px; }
    dt { color: var(--st-gray-600); }
    dd { margin: 0; font-family: var(--st-mono); font-size: 13px; overflow-wrap: anywhere; }
    .warn { display: flex; gap: 10px; padding: 10px 12px; margin: 0 0 16px; border-radius: var(--st-radius); background: #fff4e5; color: var(--st-gray-800); }
    .warn st-icon { color: var(--st-notice); }
    p { margin: 0 0 12px; }
    .help { margin: 16px 0 0; font-size: 13px; }
  `;
  render() {
    return html`<st-button quiet class="back" id="back"><st-icon slot="icon" name="chevronLeft"></st-icon>Back to all apps</st-button><div class="page-head"><h1>App Connections</h1><span class="muted" id="app-line"></span></div><div id="holder"><st-progress-circle label="Loading connections"></st-progress-circle></div><p class="help muted">Tenants connect your app in ServiceTitan (Settings → Integrations → API Application Access). Client credentials are per tenant and per environment.</p>
<st-dialog id="confirm" headline="Generate Client Secret"><dl><dt>Tenant ID</dt><dd id="c-tenant"></dd><dt>Client ID</dt><dd id="c-client"></dd></dl><p>Once a client secret is generated, it’s visible only once. Would you like to continue?</p><p class="muted" id="c-replace" hidden>The current client secret stops working as soon as the new one is generated.</p><st-button slot="footer" variant="secondary" treatment="outline" id="c-cancel">Cancel</st-button><st-button slot="footer" variant="accent" id="c-yes">Yes, Continue</st-button></st-dialog>
<st-dialog id="secret" headline="Client Secret"><div class="warn"><st-icon name="alert"></st-icon><span>This is the only time the client secret is shown. Copy it now and keep it somewhere safe.</span></div><st-text-field id="secret-field" label="Client Secret" readonly mono></st-text-field><st-button slot="footer" variant="secondary" treatment="outline" id="s-copy"><st-icon slot="icon" name="copy"></st-icon>Copy</st-button><st-button slot="footer" variant="accent" id="s-done">Done</st-button></st-dialog>`;
  }
  firstUpdated() {
    const $ = (id) => this.$('#' + id);
    $('back').addEventListener('click', () => goView(this, 'list'));
    $('c-cancel').addEventListener('click', () => $('confirm').close());
    $('c-yes').addEventListener('click', () => this.generate());
    $('s-copy').addEventListener('click', () => {
      copyText(this, $('secret-field').value, 'Client secret copied to clipboard.');
      const b = $('s-copy');
      b.lastChild.textContent = 'Copied';
      setTimeout(() => (b.lastChild.textContent = 'Copy'), 2000);
    });
    $('s-done').addEventListener('click', async () => {
      await $('secret').close();
      $('secret-field').value = '';
      this.load();
    });
    this.load();
  }
  load() {
    const $ = (id) => this.$('#' + id);
    return api('apps/' + this.appId).then((a) => {
      this.app = a;
      $('app-line').textContent = a.name + ' · App ID: ' + a.id;
      const secretCell = a.hasClientSecret
        ? html`<span class="masked">••••••••••••</span><span class="when">Generated ${fmtDate(a.secretGeneratedAt)}</span><st-button size="s" variant="secondary" treatment="outline" id="generate">Generate secret</st-button>`
        : html`<st-button size="s" variant="accent" id="generate">Generate secret</st-button>`;
      const row = a.allowedByTenant
        ? html`<st-table-row><st-table-cell>${a.tenantId}</st-table-cell><st-table-cell class="mono">${a.clientId}</st-table-cell><st-table-cell><div class="secret">${secretCell}</div></st-table-cell><st-table-cell>v2</st-table-cell><st-table-cell><st-status-light variant="positive">Allowed</st-status-light></st-table-cell></st-table-row>`
        : raw('<div class="not-connected">Not connected yet. No tenant has allowed this app.</div>');
      $('holder').innerHTML = html`<st-table aria-label="App Connections"><st-table-head><st-table-head-cell>Tenant ID</st-table-head-cell><st-table-head-cell>Client ID</st-table-head-cell><st-table-head-cell>Client Secret</st-table-head-cell><st-table-head-cell>API Scopes Version</st-table-head-cell><st-table-head-cell>Allowed by Tenant</st-table-head-cell></st-table-head><st-table-body>${row}</st-table-body></st-table>`.__html;
      const gen = $('generate');
      if (gen) gen.addEventListener('click', () => this.confirm());
    });
  }
  confirm() {
    const $ = (id) => this.$('#' + id);
    $('c-tenant').textContent = this.app.tenantId;
    $('c-client').textContent = this.app.clientId;
    $('c-replace').hidden = !this.app.hasClientSecret;
    $('c-yes').removeAttribute('pending');
    $('confirm').show();
  }
  generate() {
    const $ = (id) => this.$('#' + id);
    const yes = $('c-yes');
    if (yes.hasAttribute('pending')) return;
    yes.setAttribute('pending', '');
    api('apps/' + this.app.id + '/secret', {}).then(
      async (res) => {
        await $('confirm').close();
        $('secret-field').value = res.clientSecret;
        await $('secret').show();
        $('secret-field').select();
      },
      (e) => {
        yes.removeAttribute('pending');
        toast(this, e.message, 'negative');
      },
    );
  }
}

customElements.define('st-app', StApp);
customElements.define('st-signin-page', StSigninPage);
customElements.define('st-home-page', StHomePage);
customElements.define('st-placeholder-page', StPlaceholderPage);
customElements.define('st-my-apps-page', StMyAppsPage);
customElements.define('st-app-list', StAppList);
customElements.define('st-scopes-table', StScopesTable);
customElements.define('st-app-editor', StAppEditor);
customElements.define('st-app-connections', StAppConnections);
