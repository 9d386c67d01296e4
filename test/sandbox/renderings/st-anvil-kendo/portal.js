// Developer Portal, Anvil + Kendo look: pages routed with the History API; native modal <dialog>s;
// grids whose column headers sit in their own table (cells tie to them by aria-colindex only).
(() => {
  const root = document.getElementById('root');
  const api = async (path, body) => {
    const r = await fetch('/__sandbox__/' + path, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const j = await r.json();
    if (!r.ok) throw new Error((j.error && j.error.message) || 'Request failed');
    return j;
  };
  const h = (tag, attrs = {}, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'value') e.value = v;
      else if (v !== false && v !== undefined && v !== null) e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of kids.flat(3)) if (c !== null && c !== undefined && c !== false) e.append(c);
    return e;
  };
  let uid = 0;
  const id = (p) => p + '-' + ++uid;
  const go = (path) => { history.pushState(null, '', path); render(); };
  const link = (path, text, attrs = {}) => h('a', { href: path, ...attrs, onclick: (e) => { e.preventDefault(); go(path); } }, text);
  const toast = (text) => { const t = h('div', { class: 'a-toast', role: 'status' }, text); document.body.append(t); setTimeout(() => t.remove(), 2500); };

  /** Kendo-style grid: header table apart from the body table, tied by aria-colindex. */
  const grid = (columns, rows, opts = {}) => {
    const cols = () => h('colgroup', {}, columns.map((c) => h('col', { style: `width:${c.width}` })));
    const header = h('div', { class: 'k-grid-header' }, h('table', { role: 'presentation' }, cols(),
      h('thead', { role: 'rowgroup' }, h('tr', { role: 'row', 'aria-rowindex': '1' },
        columns.map((c, i) => h('th', { role: 'columnheader', 'aria-colindex': String(i + 1), class: c.center ? 'k-center' : '' }, c.title))))));
    let index = 1;
    const body = h('tbody', { role: 'rowgroup' }, rows.map((row) => row.group
      ? h('tr', { class: 'k-grouping-row', role: 'row', 'aria-rowindex': String(++index) }, h('td', { colspan: String(columns.length), role: 'gridcell', 'aria-colindex': '1' }, row.group))
      : h('tr', { role: 'row', 'aria-rowindex': String(++index) }, row.map((cell, i) => h('td', { role: 'gridcell', 'aria-colindex': String(i + 1), class: columns[i].center ? 'k-center' : '' }, cell)))));
    const content = h('div', { class: 'k-grid-content' + (opts.scroll ? ' k-scroll' : '') }, h('table', { role: 'presentation' }, cols(), body));
    return h('div', { class: 'k-grid', role: 'grid', 'aria-colcount': String(columns.length), 'aria-rowcount': String(index), 'aria-label': opts.label }, header, content);
  };

  const field = (label, control, opts = {}) => {
    const fid = control.id || id('f');
    control.id = fid;
    return h('div', { class: 'a-field' }, h('label', { for: fid }, label, opts.required ? h('span', { class: 'req' }, ' *') : null), control, opts.help ? h('div', { class: 'a-help' }, opts.help) : null);
  };

  const shell = (active, ...content) => h('div', {},
    h('header', { class: 'a-top' },
      h('span', { class: 'a-brand' }, 'ServiceTitan ', h('b', {}, 'Developer')),
      h('nav', { 'aria-label': 'Main' }, link('/', 'Home', { class: active === 'home' ? 'on' : '' }), link('/apis', 'API Reference'), link('/guides', 'Guides'), link('/custom/my-apps/', 'My Apps', { class: active === 'apps' ? 'on' : '' })),
      h('span', { class: 'a-env' }, (sessionStorage.getItem('st-env') || 'production') === 'production' ? 'Production' : 'Integration')),
    h('main', { class: 'a-page' }, content));

  function signin() {
    const pick = (env) => { sessionStorage.setItem('st-env', env); go('/'); };
    return h('main', { class: 'a-page', style: 'max-width:480px;margin-top:60px' },
      h('div', { class: 'a-card' },
        h('h1', {}, 'Sign in'),
        h('p', { class: 'a-sub' }, 'Use your ServiceTitan account to access the Developer Portal.'),
        h('div', { style: 'display:grid;gap:10px' },
          h('button', { type: 'button', class: 'a-btn primary', onclick: () => pick('production') }, 'Login as Production Environment User'),
          h('button', { type: 'button', class: 'a-btn', onclick: () => pick('integration') }, 'Login as Integration Environment User'))));
  }

  function home() {
    return shell('home', h('h1', {}, 'Welcome back, Jane'), h('p', { class: 'a-sub' }, 'Build on the ServiceTitan platform: browse the API reference, read the guides or manage your apps.'));
  }

  function myApps() {
    const holder = h('div', {}, h('p', {}, 'Loading…'));
    api('apps').then((apps) => {
      holder.replaceChildren(apps.length
        ? grid([{ title: 'Name', width: '30%' }, { title: 'App ID', width: '14%' }, { title: 'Category', width: '18%' }, { title: 'Created', width: '14%' }, { title: 'Actions', width: '24%' }],
          apps.map((a) => [h('strong', {}, a.name), a.id, a.category || '—', new Date(a.createdAt).toLocaleDateString('en-US'),
            h('span', {}, link(`/custom/my-apps/${a.id}/connections`, 'App Connections'), ' · ', link(`/custom/my-apps/${a.id}/edit`, 'Edit'))]), { label: 'My Apps' })
        : h('div', { class: 'a-card' }, 'You have no apps yet.'));
    });
    return shell('apps', h('div', { class: 'a-bar' }, h('div', {}, h('h1', {}, 'My Apps'), h('p', { class: 'a-sub' }, 'Apps you registered for ServiceTitan tenants.')),
      h('button', { type: 'button', class: 'a-btn primary', onclick: () => go('/custom/my-apps/new') }, '+ New App')), holder);
  }

  function newApp() {
    const org = h('input', { type: 'text', name: 'organization', autocomplete: 'organization' });
    const homepage = h('input', { type: 'url', name: 'homepage', placeholder: 'https://' });
    const email = h('select', { name: 'email' }, h('option', { value: '' }, 'Select an email'), ['jane.cooper@acmeroofing.com', 'engineer@heavyset.tech', 'support@heavyset.tech'].map((m) => h('option', { value: m }, m)));
    const name = h('input', { type: 'text', name: 'name' });
    const description = h('textarea', { name: 'description', maxlength: '10000' });
    const category = h('select', { name: 'category' }, h('option', { value: '' }, 'Select a category'), ['Accounting', 'Call Tracking', 'CRM', 'Marketing', 'Payments', 'Web Scheduler', 'Other'].map((c) => h('option', { value: c }, c)));
    const tenantChip = h('span', { class: 'a-chip' }, 'Acme Roofing ', h('button', { type: 'button', class: 'a-btn ghost', 'aria-label': 'Remove Acme Roofing', onclick: () => tenantChip.remove() }, '×'));
    const guid = h('input', { type: 'text', name: 'externalDataGuid', value: '3f1c2a9e-6b7d-4e21-9a53-0c8d4f7b2e16' });
    const ccmName = id('ccm');
    const radio = (text, checked) => { const rid = id('r'); return h('div', { class: 'a-radio' }, h('input', { type: 'radio', name: ccmName, id: rid, value: text, checked }), h('label', { for: rid }, text)); };
    const rows = [];
    for (const [group, endpoints] of window.ST_SCOPE_GROUPS) {
      const groupBoxes = [];
      const setAll = (on) => groupBoxes.forEach((b) => { b.checked = on; });
      rows.push({ group: [group, h('a', { href: '#', onclick: (e) => { e.preventDefault(); setAll(true); } }, 'All'), h('a', { href: '#', onclick: (e) => { e.preventDefault(); setAll(false); } }, 'None')] });
      for (const endpoint of endpoints) {
        const read = h('input', { type: 'checkbox', 'data-scope': endpoint, 'data-perm': 'read', 'aria-label': `Read ${endpoint}` });
        const write = h('input', { type: 'checkbox', 'data-scope': endpoint, 'data-perm': 'write', 'aria-label': `Write ${endpoint}` });
        groupBoxes.push(read, write);
        rows.push([endpoint, read, write]);
      }
    }
    const scopes = grid([{ title: 'API Endpoint', width: '60%' }, { title: 'Read', width: '20%', center: true }, { title: 'Write', width: '20%', center: true }], rows, { label: 'API Scopes' });
    const error = h('div', { class: 'a-help', style: 'color:#d0021b' });
    const form = h('form', { novalidate: true },
      h('div', { class: 'a-card' }, h('h2', {}, 'Developer Details'),
        field('Organization', org, { required: true }), field('Homepage', homepage), field('Email Address', email, { help: 'Where ServiceTitan sends notices about this app.' })),
      h('div', { class: 'a-card' }, h('h2', {}, 'App Details'),
        field('Application Name', name, { required: true }), field('Description', description), field('App Category', category),
        h('div', { class: 'a-field' }, h('label', {}, 'Tenants'), h('div', { class: 'a-chips' }, tenantChip)),
        h('div', { class: 'a-field' }, h('label', {}, 'Customer Global Network(s)'), h('div', { class: 'a-chips' }, h('button', { type: 'button', class: 'a-btn ghost' }, '+ Add network'))),
        field('External Data Application GUID', guid)),
      h('div', { class: 'a-card' }, h('h2', {}, 'Client Credentials Management'),
        radio('The tenant will configure the credentials', true),
        radio('I, the app developer, will configure the credentials on behalf of each tenant', false)),
      h('div', { class: 'a-card' }, h('h2', {}, 'API Scopes'), h('p', { class: 'a-sub' }, 'Choose what the app may read and write.'), scopes,
        h('div', { class: 'a-actions' }, error, h('button', { type: 'button', class: 'a-btn', onclick: () => go('/custom/my-apps/') }, 'Cancel'), h('button', { type: 'submit', class: 'a-btn primary' }, 'Create App'))));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!name.value.trim() || !org.value.trim()) { error.textContent = 'Fill in the required fields.'; return; }
      const picked = (perm) => [...form.querySelectorAll(`input[data-perm="${perm}"]`)].filter((b) => b.checked).map((b) => b.dataset.scope);
      const ccm = form.querySelector(`input[name="${ccmName}"]:checked`);
      try {
        await api('apps', { name: name.value, organization: org.value, homepage: homepage.value, email: email.value, description: description.value, category: category.value, credentialsManagement: ccm ? ccm.value : '', scopes: { read: picked('read'), write: picked('write') } });
        go('/custom/my-apps/');
        toast('App created');
      } catch (err) { error.textContent = err.message; }
    });
    return shell('apps', h('h1', {}, 'New App'), h('p', { class: 'a-sub' }, 'Register an app to call the ServiceTitan API.'), form);
  }

  function dialog(title, body, buttons) {
    const d = h('dialog', { class: 'a-dialog', 'aria-labelledby': 'dlg-title' },
      h('header', {}, h('h2', { id: 'dlg-title' }, title), h('button', { type: 'button', class: 'a-btn ghost', 'aria-label': 'Close', onclick: () => d.close() }, '✕')),
      h('div', { class: 'a-dialog-body' }, body), h('footer', {}, buttons));
    d.addEventListener('close', () => d.remove());
    document.body.append(d);
    d.showModal();
    return d;
  }

  function generate(app, reload) {
    const yes = h('button', { type: 'button', class: 'a-btn primary' }, 'Yes, Continue');
    const d = dialog('Generate Client Secret', [
      h('p', {}, 'A new secret will be generated for this tenant connection:'),
      h('dl', { class: 'a-kv' }, h('dt', {}, 'Tenant ID'), h('dd', { class: 'mono' }, app.tenantId), h('dt', {}, 'Client ID'), h('dd', { class: 'mono' }, app.clientId)),
      h('div', { class: 'a-alert' }, 'Generating a new secret invalidates the previous one.')],
      [h('button', { type: 'button', class: 'a-btn', onclick: () => d.close() }, 'Cancel'), yes]);
    yes.addEventListener('click', async () => {
      const { clientSecret } = await api(`apps/${app.id}/secret`, {});
      const out = h('input', { type: 'text', readonly: true, class: 'mono' });
      out.value = clientSecret;
      d.querySelector('#dlg-title').textContent = 'Client Secret';
      d.querySelector('.a-dialog-body').replaceChildren(field('Client Secret', out, { help: 'Copy it now: the secret is shown only once.' }));
      d.querySelector('footer').replaceChildren(
        h('button', { type: 'button', class: 'a-btn', onclick: () => navigator.clipboard && navigator.clipboard.writeText(clientSecret).catch(() => undefined) }, 'Copy'),
        h('button', { type: 'button', class: 'a-btn primary', onclick: () => d.close() }, 'Done'));
      d.addEventListener('close', reload);
    });
  }

  function connections(appId) {
    const holder = h('div', {}, 'Loading…');
    const load = async () => {
      const app = await api('apps/' + appId);
      const allowed = app.allowedByTenant
        ? h('span', {}, h('span', { class: 'a-dot green', title: 'Allowed' }))
        : h('span', {}, h('span', { class: 'a-dot', title: 'Not allowed' }), ' Not Connected Yet');
      const secret = h('span', {}, app.hasClientSecret ? h('span', { class: 'mono' }, 'cs1.••••••••  ') : null,
        h('button', { type: 'button', class: 'a-btn', onclick: () => generate(app, load) }, 'Generate'));
      holder.replaceChildren(
        h('p', { class: 'a-sub' }, h('strong', {}, app.name), '  ·  App ID ', h('span', { class: 'mono' }, app.id)),
        grid([{ title: 'Tenant ID', width: '16%' }, { title: 'Tenant', width: '16%' }, { title: 'Client ID', width: '32%' }, { title: 'Allowed by Tenant', width: '14%', center: true }, { title: 'Client Secret', width: '22%' }],
          [[h('span', { class: 'mono' }, app.tenantId), 'Acme Roofing', h('span', { class: 'mono' }, app.clientId), allowed, secret]], { label: 'Connections' }));
    };
    load();
    return shell('apps', link('/custom/my-apps/', '‹ My Apps'), h('h1', {}, 'App Connections'), holder);
  }

  function edit(appId) {
    const holder = h('div', {}, 'Loading…');
    api('apps/' + appId).then((app) => {
      const name = h('input', { type: 'text', value: app.name });
      const description = h('textarea', { value: app.description });
      const count = h('div', { class: 'a-help', style: 'text-align:right' }, `${app.description.length}/10000`);
      description.addEventListener('input', () => { count.textContent = `${description.value.length}/10000`; });
      const category = h('select', {}, ['Accounting', 'Call Tracking', 'CRM', 'Marketing', 'Payments', 'Web Scheduler', 'Other'].map((c) => h('option', { value: c, selected: c === app.category }, c)));
      const key = h('input', { type: 'text', readonly: true, class: 'mono', value: app.applicationKey });
      holder.replaceChildren(h('div', { class: 'a-card' }, h('h2', {}, 'App Details'), h('p', { class: 'a-help' }, 'All fields are required'),
        field('Application Name', name), field('Description', description), count, field('App Category', category), field('Application Key', key),
        h('div', { style: 'display:flex;gap:10px;justify-content:flex-end' }, h('button', { type: 'button', class: 'a-btn', onclick: () => go('/custom/my-apps/') }, 'Cancel'), h('button', { type: 'button', class: 'a-btn primary', onclick: () => toast('Saved') }, 'Save'))));
    });
    return shell('apps', link('/custom/my-apps/', '‹ My Apps'), h('h1', {}, 'Edit App'), holder);
  }

  function render() {
    const path = location.pathname;
    let m;
    let view;
    if (path === '/signin') view = signin();
    else if (path === '/custom/my-apps/new') view = newApp();
    else if ((m = /^\/custom\/my-apps\/(\d+)\/connections\/?$/.exec(path))) view = connections(m[1]);
    else if ((m = /^\/custom\/my-apps\/(\d+)\/edit\/?$/.exec(path))) view = edit(m[1]);
    else if (path.startsWith('/custom/my-apps')) view = myApps();
    else if (path === '/') view = home();
    else view = shell('', h('h1', {}, 'Coming soon'), h('p', { class: 'a-sub' }, 'This page is not part of the sandbox.'));
    root.replaceChildren(view);
    window.scrollTo(0, 0);
  }
  window.addEventListener('popstate', render);
  render();
})();
