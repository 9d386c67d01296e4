// JobProgress as a Lit app built on its own Shoelace-style kit (jp-kit.js) renders it, by hand.
// Everything lives in open shadow roots: <jp-app> (shell: top bar, the avatar's jp-dropdown menu with
// Settings) → the routed view (<jp-dashboard-view>, <jp-settings-view> with a side nav of jp-nav-items)
// → <jp-developers-panel> (the token table in a <jp-table>, Generate Token, one <jp-dialog> that asks
// for the Token Name and then shows the new token once in a read-only <jp-input>).
// Hash routes: #/dashboard, #/customers, #/jobs, #/calendar, #/reports, #/profile, #/settings[/<section>].
// `token-view` on <jp-app>: "clipboard" (a "Copy to Clipboard" button that copies and closes the
// dialog) or "copy-button" (an icon-only jp-copy-button in the input's suffix, then "Done").
import { JpElement, copyToClipboard, html, notify } from './kit-8b41e7c0.js';

function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  return fetch('/__sandbox__/' + path, init).then((r) =>
    r.json().then((j) => {
      if (!r.ok) throw new Error((j.error && j.error.message) || 'Request failed');
      return j;
    }),
  );
}
const fmtDate = (iso) => new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
/** The list never has a token's value: a stable made-up tail, as the server would keep. */
function maskedTail(t) {
  let n = 7;
  const s = t.name + ':' + t.id;
  for (let i = 0; i < s.length; i++) n = (n * 31 + s.charCodeAt(i)) % 65536;
  return '••••' + n.toString(16).padStart(4, '0');
}

const NAV = [
  ['dashboard', 'Dashboard', 'grid-1x2'],
  ['customers', 'Customers', 'people'],
  ['jobs', 'Jobs', 'tools'],
  ['calendar', 'Calendar', 'calendar3'],
  ['reports', 'Reports', 'bar-chart'],
];

// ---------------------------------------------------------------- the shell
class JpApp extends JpElement {
  static styles = `
    :host { display: block; min-height: 100vh; background: var(--jp-color-neutral-50, #fafafa); }
    .topbar { position: sticky; top: 0; z-index: 100; display: flex; align-items: center; gap: 24px; height: 56px; padding: 0 20px; background: #fff; border-bottom: solid 1px var(--jp-color-neutral-200, #e4e4e7); }
    .brand { display: flex; align-items: center; gap: 8px; text-decoration: none; color: var(--jp-color-neutral-900, #18181b); font-weight: 700; font-size: 16px; }
    .logo { display: inline-flex; align-items: center; justify-content: center; width: 28px; height: 28px; border-radius: 6px; background: #f97316; color: #fff; font-size: 12px; letter-spacing: -0.02em; }
    .main-nav { display: flex; gap: 4px; }
    .main-nav a { display: flex; align-items: center; gap: 6px; padding: 6px 10px; border-radius: 6px; color: var(--jp-color-neutral-600, #52525b); text-decoration: none; font-size: 14px; }
    .main-nav a:hover { background: var(--jp-color-neutral-100, #f4f4f5); }
    .main-nav a[aria-current] { color: var(--jp-color-primary-700, #0369a1); background: var(--jp-color-primary-50, #f0f9ff); font-weight: 600; }
    .topbar-end { margin-left: auto; display: flex; align-items: center; gap: 8px; }
    .user-menu jp-avatar { --size: 28px; }
    .user-name { margin-left: 2px; }
    .view { display: block; padding: 24px; max-width: 1200px; margin: 0 auto; }
    footer { padding: 16px 24px; color: var(--jp-color-neutral-500, #71717a); font-size: 12px; text-align: center; }
    @media (max-width: 1100px) { .main-nav a jp-icon { display: none; } .main-nav a { padding: 6px 8px; } }
  `;
  render() {
    const links = NAV.map(([key, label, icon]) => html`<a href="#/${key}" data-key="${key}"><jp-icon name="${icon}"></jp-icon>${label}</a>`);
    return html`<div part="base" class="app">
      <header class="topbar" part="header">
        <a class="brand" href="#/dashboard"><span class="logo" aria-hidden="true">JP</span><span>JobProgress</span></a>
        <nav class="main-nav" aria-label="Main">${links}</nav>
        <div class="topbar-end">
          <jp-icon-button name="bell" label="Notifications"></jp-icon-button>
          <jp-dropdown class="user-menu" placement="bottom-end">
            <jp-button slot="trigger" variant="text" caret><jp-avatar slot="prefix" initials="JC" label="User avatar"></jp-avatar><span class="user-name">Jane Cooper</span></jp-button>
            <jp-menu>
              <jp-menu-item value="profile"><jp-icon slot="prefix" name="person"></jp-icon>My Profile</jp-menu-item>
              <jp-menu-item value="settings"><jp-icon slot="prefix" name="gear"></jp-icon>Settings</jp-menu-item>
              <jp-divider></jp-divider>
              <jp-menu-item value="sign-out"><jp-icon slot="prefix" name="box-arrow-right"></jp-icon>Sign Out</jp-menu-item>
            </jp-menu>
          </jp-dropdown>
        </div>
      </header>
      <main class="view" part="view"></main>
      <footer>JobProgress © 2026 — a Leap company</footer>
    </div>`;
  }
  firstUpdated() {
    this.$('.user-menu').addEventListener('jp-select', (e) => {
      const value = e.detail.item.getAttribute('value');
      location.hash = value === 'settings' ? '#/settings' : value === 'profile' ? '#/profile' : '#/dashboard';
    });
    window.addEventListener('hashchange', () => this.route());
    this.route();
  }
  route() {
    const path = (location.hash || '#/dashboard').replace(/^#\/?/, '').split('/');
    const section = path[0] || 'dashboard';
    this.shadowRoot.querySelectorAll('.main-nav a').forEach((a) => {
      if (a.dataset.key === section) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
    const view = this.$('.view');
    const current = view.firstElementChild;
    if (section === 'settings') {
      const sub = path[1] || 'company';
      // The same element stays, its property changes (as Lit keeps an element its template still renders).
      if (current && current.tagName === 'JP-SETTINGS-VIEW') {
        current.setAttribute('section', sub);
        return;
      }
      view.innerHTML = html`<jp-settings-view section="${sub}" token-view="${this.getAttribute('token-view') || 'clipboard'}"></jp-settings-view>`.__html;
    } else if (section === 'dashboard') {
      view.innerHTML = html`<jp-dashboard-view></jp-dashboard-view>`.__html;
    } else {
      const name = section === 'profile' ? 'My Profile' : (NAV.find((n) => n[0] === section) || [0, 'Not found'])[1];
      view.innerHTML = html`<jp-placeholder-view heading="${name}"></jp-placeholder-view>`.__html;
    }
  }
}

// ---------------------------------------------------------------- dashboard and placeholders
const PAGE_STYLES = `
  :host { display: block; }
  h1 { font-size: 24px; font-weight: 600; margin: 0 0 4px; color: var(--jp-color-neutral-900, #18181b); }
  .lead { color: var(--jp-color-neutral-600, #52525b); margin: 0 0 20px; }
  .stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; margin-bottom: 20px; }
  .stat-label { color: var(--jp-color-neutral-500, #71717a); font-size: 13px; }
  .stat-value { font-size: 28px; font-weight: 600; margin-top: 4px; }
  ul.plain { list-style: none; margin: 0; padding: 0; }
  ul.plain li { display: flex; justify-content: space-between; padding: 8px 0; border-bottom: solid 1px var(--jp-color-neutral-100, #f4f4f5); font-size: 14px; }
  ul.plain li:last-child { border-bottom: none; }
  .muted { color: var(--jp-color-neutral-500, #71717a); }
`;
class JpDashboardView extends JpElement {
  static styles = PAGE_STYLES;
  render() {
    const stats = [['Appointments today', '3'], ['Open jobs', '12'], ['Leads this week', '7']].map(([label, value]) => html`<jp-card><div class="stat-label">${label}</div><div class="stat-value">${value}</div></jp-card>`);
    const appts = [['9:00 AM', 'Roof inspection — Maple St.'], ['11:30 AM', 'Gutter estimate — Oak Ave.'], ['3:00 PM', 'Siding walkthrough — Pine Rd.']].map(([t, w]) => html`<li><span>${w}</span><span class="muted">${t}</span></li>`);
    return html`<h1>Dashboard</h1><p class="lead">Good morning, Jane. 3 appointments today.</p><div class="stats">${stats}</div><jp-card><strong slot="header">Upcoming appointments</strong><ul class="plain">${appts}</ul></jp-card>`;
  }
}
class JpPlaceholderView extends JpElement {
  static styles = PAGE_STYLES;
  render() {
    return html`<h1>${this.getAttribute('heading') || ''}</h1><p class="lead">Nothing here yet.</p><jp-card><span class="muted">No data</span></jp-card>`;
  }
}

// ---------------------------------------------------------------- settings
const SECTIONS = [
  ['company', 'Company'],
  ['users', 'Users & Roles'],
  ['workflow', 'Workflow'],
  ['integrations', 'Integrations'],
  ['developers', 'Developers'],
];
class JpSettingsView extends JpElement {
  static observedAttributes = ['section'];
  static styles = `
    ${PAGE_STYLES}
    .settings { display: grid; grid-template-columns: 220px 1fr; gap: 24px; align-items: start; }
    .settings-nav { position: sticky; top: 80px; }
    .settings-nav h1 { font-size: 20px; margin: 0 0 12px 12px; }
    nav { display: flex; flex-direction: column; gap: 2px; }
    .settings-content { min-width: 0; }
    dl { display: grid; grid-template-columns: 180px 1fr; gap: 10px 16px; margin: 0; font-size: 14px; }
    dt { color: var(--jp-color-neutral-500, #71717a); }
    dd { margin: 0; }
    @media (max-width: 1100px) { .settings { grid-template-columns: 180px 1fr; gap: 16px; } }
  `;
  render() {
    const items = SECTIONS.map(([key, label]) => html`<jp-nav-item href="#/settings/${key}" data-key="${key}">${label}</jp-nav-item>`);
    return html`<div class="settings"><aside class="settings-nav"><h1>Settings</h1><nav aria-label="Settings">${items}</nav></aside><section class="settings-content"></section></div>`;
  }
  updated() {
    const section = SECTIONS.some((s) => s[0] === this.getAttribute('section')) ? this.getAttribute('section') : 'company';
    this.shadowRoot.querySelectorAll('jp-nav-item').forEach((n) => n.toggleAttribute('current', n.dataset.key === section));
    if (this._section === section) return;
    this._section = section;
    const content = this.$('.settings-content');
    if (section === 'developers') {
      content.innerHTML = html`<jp-developers-panel token-view="${this.getAttribute('token-view') || 'clipboard'}"></jp-developers-panel>`.__html;
    } else if (section === 'company') {
      content.innerHTML = html`<h1>Company</h1><p class="lead">Your company's details as customers see them on estimates and invoices.</p><jp-card><strong slot="header">Company Profile</strong><dl><dt>Company name</dt><dd>Cooper Roofing &amp; Exteriors</dd><dt>Phone</dt><dd>(555) 014-2290</dd><dt>Address</dt><dd>1180 Harbor Blvd, Springfield</dd><dt>Time zone</dt><dd>Eastern Time (US &amp; Canada)</dd></dl></jp-card>`.__html;
    } else {
      const label = SECTIONS.find((s) => s[0] === section)[1];
      content.innerHTML = html`<h1>${label}</h1><p class="lead">${label} settings are managed by your account owner.</p>`.__html;
    }
  }
}

// ---------------------------------------------------------------- Developers: tokens and the dialog
class JpDevelopersPanel extends JpElement {
  static styles = `
    ${PAGE_STYLES}
    .page-header { display: flex; align-items: flex-start; justify-content: space-between; gap: 16px; margin-bottom: 20px; }
    .page-header .lead { margin: 0; max-width: 560px; }
    .card-header { display: flex; align-items: center; gap: 8px; }
    .card-header strong { font-size: 15px; }
    jp-card::part(body) { padding: 0; }
    .dialog-intro { margin: 0 0 16px; color: var(--jp-color-neutral-600, #52525b); font-size: 14px; }
    .token-meta { margin: 16px 0; font-size: 14px; color: var(--jp-color-neutral-700, #3f3f46); }
    .token-form { margin: 0 0 4px; }
    jp-dialog { --width: 34rem; }
  `;
  constructor() {
    super();
    this.tokens = [];
    this.created = null;
  }
  render() {
    return html`<div class="page-header"><div><h1>Developers</h1><p class="lead">Tokens let other applications use your JobProgress data through the public API. Keep them secret.</p></div><jp-button variant="primary" class="generate"><jp-icon slot="prefix" name="plus-lg"></jp-icon>Generate Token</jp-button></div>
      <jp-card class="tokens"><div slot="header" class="card-header"><strong>Public API Tokens</strong><jp-badge class="count"></jp-badge></div><jp-table empty-text="No tokens yet"></jp-table></jp-card>
      <jp-dialog class="token-dialog" label="Generate Token"></jp-dialog>`;
  }
  firstUpdated() {
    const table = this.$('jp-table');
    table.columns = [
      { label: 'Name', cell: (t) => t.name },
      { label: 'Token', cell: (t) => html`<code>${maskedTail(t)}</code>` },
      { label: 'Created', cell: (t) => fmtDate(t.createdAt) },
      { label: 'Last Used', cell: () => html`<span class="muted">Never</span>` },
    ];
    this.$('.generate').addEventListener('click', () => this.openDialog());
    const dialog = this.$('jp-dialog');
    dialog.addEventListener('click', (e) => {
      const b = e.target.closest('jp-button');
      if (!b || b.parentElement !== dialog) return;
      if (b.classList.contains('cancel') || b.classList.contains('done')) dialog.hide();
      else if (b.classList.contains('submit')) this.submit();
      else if (b.classList.contains('copy')) this.copy();
    });
    dialog.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    dialog.addEventListener('jp-input', (e) => {
      if (e.target.getAttribute('name') === 'name' && e.target.hasAttribute('data-user-invalid')) {
        e.target.removeAttribute('data-user-invalid');
        e.target.removeAttribute('help-text');
      }
    });
    dialog.addEventListener('jp-request-close', (e) => {
      // The token is shown once: a click beside the dialog does not lose it.
      if (e.target === dialog && this.created && e.detail.source === 'overlay') e.preventDefault();
    });
    dialog.addEventListener('jp-after-hide', (e) => {
      if (e.target !== dialog) return;
      this.created = null;
      this.renderDialog();
    });
    this.renderDialog();
    this.load();
  }
  load() {
    const table = this.$('jp-table');
    table.loading = true;
    return api('tokens').then(
      (list) => {
        this.tokens = list;
        table.loading = false;
        table.rows = list;
        this.$('.count').textContent = String(list.length);
      },
      (err) => {
        table.loading = false;
        notify(err.message, 'danger', 'exclamation-triangle');
      },
    );
  }
  openDialog() {
    this.created = null;
    this.renderDialog();
    this.$('jp-dialog').show();
  }
  renderDialog() {
    const dialog = this.$('jp-dialog');
    const view = this.getAttribute('token-view') || 'clipboard';
    if (!this.created) {
      dialog.setAttribute('label', 'Generate Token');
      dialog.innerHTML = html`<p class="dialog-intro">Give the token a name so you know which application uses it.</p><form class="token-form" novalidate><jp-input name="name" label="Token Name" placeholder="e.g. Zapier" autocomplete="off" autofocus></jp-input></form><jp-button slot="footer" class="cancel">Cancel</jp-button><jp-button slot="footer" variant="primary" class="submit">Generate</jp-button>`.__html;
      return;
    }
    const t = this.created;
    const copyButton = view === 'copy-button' ? html`<jp-copy-button slot="suffix" from="api-token.value" copy-label="Copy" success-label="Copied"></jp-copy-button>` : '';
    const footer = view === 'copy-button'
      ? html`<jp-button slot="footer" variant="primary" class="done">Done</jp-button>`
      : html`<jp-button slot="footer" variant="primary" class="copy"><jp-icon slot="prefix" name="clipboard"></jp-icon>Copy to Clipboard</jp-button>`;
    dialog.setAttribute('label', 'API Token Generated');
    dialog.innerHTML = html`<jp-alert variant="warning" open><jp-icon slot="icon" name="exclamation-triangle"></jp-icon><strong>Copy this token now.</strong> It will not be shown again.</jp-alert><p class="token-meta">Token <strong>${t.name}</strong> was created on ${fmtDate(t.createdAt)}.</p><jp-input id="api-token" label="API Token" readonly spellcheck="false" autocomplete="off" data-mono>${copyButton}</jp-input>${footer}`.__html;
    // Lit: .value=${t.token} — a property, never an attribute.
    const input = this.shadowRoot.getElementById('api-token');
    input.value = t.token;
    input.updateComplete.then(() => {
      input.focus();
      input.select();
    });
  }
  submit() {
    const dialog = this.$('jp-dialog');
    const input = dialog.querySelector('jp-input[name=name]');
    const button = dialog.querySelector('jp-button.submit');
    if (!input || !button || button.hasAttribute('loading')) return;
    const name = input.value.trim();
    if (!name) {
      input.setAttribute('data-user-invalid', '');
      input.setAttribute('help-text', 'Enter a token name.');
      input.focus();
      return;
    }
    button.setAttribute('loading', '');
    api('tokens', { name }).then(
      (created) => {
        this.created = created;
        this.renderDialog();
        this.load();
      },
      (err) => {
        button.removeAttribute('loading');
        input.setAttribute('data-user-invalid', '');
        input.setAttribute('help-text', err.message);
      },
    );
  }
  copy() {
    const dialog = this.$('jp-dialog');
    const button = dialog.querySelector('jp-button.copy');
    if (!this.created || !button) return;
    button.setAttribute('loading', '');
    copyToClipboard(this.created.token, dialog).then((ok) => {
      button.removeAttribute('loading');
      if (ok) {
        dialog.hide();
        notify('Token copied to clipboard.', 'success');
      } else {
        notify('Could not copy the token. Select it and press Ctrl+C.', 'danger', 'exclamation-triangle');
      }
    });
  }
}

customElements.define('jp-app', JpApp);
customElements.define('jp-dashboard-view', JpDashboardView);
customElements.define('jp-placeholder-view', JpPlaceholderView);
customElements.define('jp-settings-view', JpSettingsView);
customElements.define('jp-developers-panel', JpDevelopersPanel);
