// Developer Portal as a modern ARIA-rich SPA: sidebar navigation, My Apps as an ARIA grid whose
// rows are display: contents with an "Actions" menu per row, the New App form in a side sheet headed
// "Register an application" (fields labelled by aria-labelledby spans, a combobox, the scopes as an
// ARIA grid of role=checkbox spans), App Connections with the App ID next to the Client ID and a
// "New secret" button, a div dialog (role=dialog, aria-modal) with "Yes, Continue" as a span button.
(() => {
  const app = document.getElementById('app');
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
      else if (k === 'style' && typeof v === 'object') Object.assign(e.style, v);
      else if (v !== false && v !== undefined && v !== null) e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of kids.flat(3)) if (c !== null && c !== undefined && c !== false) e.append(c);
    return e;
  };
  let n = 0;
  const uid = (p) => `${p}${++n}`;
  const go = (url) => { history.pushState(null, '', url); render(); };
  const a = (url, text, attrs = {}) => h('a', { href: url, ...attrs, onclick: (e) => { e.preventDefault(); go(url); } }, text);
  const spanButton = (text, onclick, attrs = {}) => {
    const b = h('span', { role: 'button', tabindex: '0', class: 'btn', ...attrs, onclick }, text);
    b.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onclick(e); } });
    return b;
  };
  /** A field labelled by a visible span (aria-labelledby), not a <label>. */
  const fld = (label, control) => {
    const lid = uid('lbl');
    control.setAttribute('aria-labelledby', lid);
    return h('div', { class: 'fld' }, h('span', { class: 'lbl', id: lid }, label), control);
  };
  const checkbox = (label) => {
    const cb = h('span', { role: 'checkbox', 'aria-checked': 'false', 'aria-label': label, tabindex: '0', class: 'cb' });
    const toggle = () => { const on = cb.getAttribute('aria-checked') !== 'true'; cb.setAttribute('aria-checked', String(on)); cb.textContent = on ? '✓' : ''; };
    cb.addEventListener('click', toggle);
    cb.addEventListener('keydown', (e) => { if (e.key === ' ') { e.preventDefault(); toggle(); } });
    return cb;
  };
  const combobox = (options, placeholder) => {
    const listId = uid('lb');
    const button = h('button', { type: 'button', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-haspopup': 'listbox' }, placeholder);
    const list = h('ul', { role: 'listbox', id: listId, hidden: true });
    const wrap = h('div', { class: 'combo' }, button, list);
    wrap.value = '';
    const open = (yes) => { list.hidden = !yes; button.setAttribute('aria-expanded', String(yes)); };
    for (const o of options) {
      list.append(h('li', { role: 'option', 'aria-selected': 'false', onclick: () => {
        wrap.value = o.value;
        button.textContent = o.label;
        list.querySelectorAll('[role=option]').forEach((x) => x.setAttribute('aria-selected', String(x.textContent === o.label)));
        open(false);
      } }, o.label));
    }
    button.addEventListener('click', () => open(list.hidden));
    return wrap;
  };

  const frame = (active, ...content) => {
    app.replaceChildren(
      h('nav', { class: 'side', 'aria-label': 'Developer Portal' }, h('div', { class: 'logo' }, 'ServiceTitan Developer'),
        a('/', 'Overview', { 'aria-current': active === 'overview' ? 'page' : false }),
        a('/custom/my-apps/', 'My Apps', { 'aria-current': active === 'apps' ? 'page' : false }),
        a('/docs', 'Docs')),
      h('main', { class: 'content' }, content));
  };

  function signin() {
    app.className = '';
    app.replaceChildren(h('main', { class: 'content', style: { maxWidth: '460px', margin: '10vh auto' } },
      h('h1', {}, 'Welcome to the Developer Portal'),
      h('p', { class: 'lead' }, 'Which environment do you want to work in?'),
      h('div', { role: 'group', 'aria-label': 'Sign-in options', style: { display: 'grid', gap: '10px' } },
        h('a', { role: 'button', class: 'btn primary', href: '/', onclick: (e) => { e.preventDefault(); localStorage.setItem('env', 'prod'); app.className = 'layout'; go('/'); } }, 'Login as Production Environment User'),
        h('a', { role: 'button', class: 'btn', href: '/', onclick: (e) => { e.preventDefault(); localStorage.setItem('env', 'integration'); app.className = 'layout'; go('/'); } }, 'Login as Integration Environment User'))));
  }

  function myApps() {
    const holder = h('div', { 'aria-busy': 'true' }, 'Loading applications…');
    frame('apps', h('div', { class: 'toolbar' }, h('div', {}, h('h1', {}, 'My Apps'), h('p', { class: 'lead' }, 'Applications registered by your organization.')),
      h('button', { type: 'button', class: 'btn primary', onclick: openSheet }, 'New Application')), holder);
    api('apps').then((apps) => {
      const grid = h('div', { role: 'grid', class: 'grid', 'aria-label': 'Applications', style: { gridTemplateColumns: '2fr 1fr 1fr 120px' } },
        h('div', { role: 'row' }, ['Application', 'Category', 'Tenant status', ''].map((t) => h('div', { role: 'columnheader' }, t))));
      for (const app of apps) {
        const menuId = uid('menu');
        const menu = h('div', { role: 'menu', id: menuId, hidden: true, 'aria-label': `Actions for ${app.name}` },
          h('button', { type: 'button', role: 'menuitem', onclick: () => go(`/custom/my-apps/connections?appId=${app.id}`) }, 'App Connections'),
          h('button', { type: 'button', role: 'menuitem', onclick: () => go(`/custom/my-apps/edit?appId=${app.id}`) }, 'Edit'));
        const trigger = h('button', { type: 'button', class: 'btn', 'aria-haspopup': 'menu', 'aria-controls': menuId, 'aria-expanded': 'false', onclick: (e) => {
          e.stopPropagation();
          menu.hidden = !menu.hidden;
          trigger.setAttribute('aria-expanded', String(!menu.hidden));
        } }, 'Actions ▾');
        grid.append(h('div', { role: 'row' },
          h('div', { role: 'rowheader' }, h('strong', {}, app.name)),
          h('div', { role: 'gridcell' }, app.category || '—'),
          h('div', { role: 'gridcell' }, app.allowedByTenant ? 'Connected' : 'Not Connected Yet'),
          h('div', { role: 'gridcell' }, h('div', { class: 'menu-wrap' }, trigger, menu))));
      }
      holder.removeAttribute('aria-busy');
      holder.replaceChildren(apps.length ? grid : h('p', {}, 'No applications yet.'));
    });
  }
  document.addEventListener('click', () => document.querySelectorAll('[role=menu]').forEach((m) => { m.hidden = true; }));

  function openSheet() {
    const org = h('input', { type: 'text' });
    const homepage = h('input', { type: 'url' });
    const email = h('select', {}, h('option', { value: '' }, '—'), ['jane.cooper@acmeroofing.com', 'engineer@heavyset.tech', 'support@heavyset.tech'].map((m) => h('option', { value: m }, m)));
    const name = h('input', { type: 'text' });
    const description = h('textarea', {});
    const category = combobox(['Accounting', 'CRM', 'Marketing', 'Web Scheduler', 'Other'].map((c) => ({ value: c, label: c })), 'Choose a category');
    const guid = h('input', { type: 'text', value: 'c47e1b90-2d6a-4f83-8e15-7a9b0d3c6f21' });
    const ccm = uid('ccm');
    const radios = h('div', { role: 'radiogroup', 'aria-labelledby': ccm + 'l' },
      ['The tenant will configure the credentials', 'I, the app developer, will configure the credentials on behalf of each tenant'].map((t, i) =>
        h('label', { style: { display: 'flex', gap: '8px', margin: '6px 0' } }, h('input', { type: 'radio', name: ccm, value: t, checked: i === 0 }), t)));
    const scopes = h('div', { role: 'grid', class: 'grid', 'aria-label': 'API scopes', style: { gridTemplateColumns: '1fr 90px 90px' } },
      h('div', { role: 'row' }, h('div', { role: 'columnheader' }, 'API Endpoint'), h('div', { role: 'columnheader', class: 'center' }, 'Read'), h('div', { role: 'columnheader', class: 'center' }, 'Write')));
    for (const [group, endpoints] of window.ST_SCOPE_GROUPS) {
      scopes.append(h('div', { role: 'row' }, h('div', { role: 'gridcell', class: 'group' }, group)));
      for (const endpoint of endpoints) {
        const read = checkbox(`Read ${endpoint}`);
        const write = checkbox(`Write ${endpoint}`);
        read.dataset.scope = write.dataset.scope = endpoint;
        read.dataset.perm = 'read';
        write.dataset.perm = 'write';
        scopes.append(h('div', { role: 'row' }, h('div', { role: 'rowheader' }, endpoint), h('div', { role: 'gridcell', class: 'center' }, read), h('div', { role: 'gridcell', class: 'center' }, write)));
      }
    }
    const error = h('p', { role: 'alert', style: { color: '#b42318', margin: 0 } });
    const back = h('div', { class: 'sheet-back' });
    const headingId = uid('sheet');
    const close = () => { back.remove(); sheet.remove(); };
    const sheet = h('div', { class: 'sheet', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': headingId },
      h('header', {}, h('h2', { id: headingId }, 'Register an application'), h('p', { class: 'lead', style: { margin: 0 } }, 'Tell tenants who you are and what your app needs.')),
      h('div', { class: 'sheet-body' },
        h('fieldset', {}, h('legend', {}, 'Developer'), fld('Organization', org), fld('Homepage', homepage), fld('Email Address', email)),
        h('fieldset', {}, h('legend', {}, 'Application'), fld('Application Name', name), fld('Description', description), fld('App Category', category),
          h('div', { class: 'fld' }, h('span', { class: 'lbl' }, 'Tenants'), h('span', {}, 'Acme Roofing (default)')),
          h('div', { class: 'fld' }, h('span', { class: 'lbl' }, 'Customer Global Network(s)'), h('span', { class: 'lead' }, 'None added')),
          fld('External Data Application GUID', guid)),
        h('fieldset', {}, h('legend', { id: ccm + 'l' }, 'Client Credentials Management'), radios),
        h('fieldset', {}, h('legend', {}, 'API Scopes'), scopes)),
      h('footer', {}, error, h('button', { type: 'button', class: 'btn', onclick: close }, 'Cancel'), h('button', { type: 'button', class: 'btn primary', onclick: async () => {
        if (!name.value.trim() || !org.value.trim()) { error.textContent = 'Organization and Application Name are required.'; return; }
        const picked = (perm) => [...scopes.querySelectorAll(`[data-perm="${perm}"][aria-checked="true"]`)].map((c) => c.dataset.scope);
        const chosen = radios.querySelector('input:checked');
        try {
          await api('apps', { name: name.value, organization: org.value, homepage: homepage.value, email: email.value, description: description.value, category: category.value, credentialsManagement: chosen ? chosen.value : '', scopes: { read: picked('read'), write: picked('write') } });
          close();
          myApps();
        } catch (err) { error.textContent = err.message; }
      } }, 'Create App')));
    document.body.append(back, sheet);
    org.focus();
  }

  function modal(title, body, foot) {
    const back = h('div', { class: 'modal-back' });
    const tid = uid('m');
    const box = h('div', { class: 'modal', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': tid },
      h('h2', { id: tid }, title), h('div', { class: 'modal-body' }, body), h('div', { class: 'modal-foot' }, foot));
    document.body.append(back, box);
    return { box, close: () => { back.remove(); box.remove(); } };
  }

  function connections(appId) {
    const holder = h('div', {}, 'Loading…');
    frame('apps', a('/custom/my-apps/', '← Back to My Apps'), h('h1', {}, 'App Connections'), holder);
    const load = async () => {
      const app = await api('apps/' + appId);
      const status = app.allowedByTenant
        ? h('span', { class: 'status' }, h('span', { class: 'dot on', role: 'img', 'aria-label': 'Allowed' }), 'Allowed')
        : h('span', { class: 'status' }, h('span', { class: 'dot', role: 'img', 'aria-label': 'Not allowed' }), 'Not Connected Yet');
      holder.replaceChildren(
        h('div', { class: 'idcard' },
          h('dl', {}, h('dt', {}, 'Application'), h('dd', {}, app.name)),
          h('dl', {}, h('dt', {}, 'App ID'), h('dd', {}, app.id)),
          h('dl', {}, h('dt', {}, 'Client ID'), h('dd', {}, app.clientId))),
        h('table', { class: 'tenants' },
          h('caption', { class: 'lead', style: { textAlign: 'left' } }, 'Tenants using this app'),
          h('thead', {}, h('tr', {}, ['Tenant ID', 'Tenant', 'Allowed by Tenant', 'Client Secret'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, h('tr', {}, h('td', {}, app.tenantId), h('td', {}, 'Acme Roofing'), h('td', {}, status),
            h('td', {}, app.allowedByTenant ? h('button', { type: 'button', class: 'btn', onclick: () => confirmSecret(app, load) }, 'New secret') : '—')))));
    };
    load();
  }

  function confirmSecret(app, reload) {
    const m = modal('Generate a client secret', [
      h('p', {}, 'Check that this is the right connection:'),
      h('div', { class: 'pair' }, h('span', { class: 'k' }, 'Tenant ID'), h('output', {}, app.tenantId), h('span', { class: 'k' }, 'Client ID'), h('output', {}, app.clientId)),
      h('p', { class: 'lead' }, 'Any secret generated before stops working.')],
    [h('button', { type: 'button', class: 'btn', onclick: () => m.close() }, 'Cancel'), spanButton('Yes, Continue', async () => {
      const { clientSecret } = await api(`apps/${app.id}/secret`, {});
      m.box.querySelector('h2').textContent = 'Client Secret';
      m.box.querySelector('.modal-body').replaceChildren(
        h('p', {}, 'This secret is displayed only once. Store it securely.'),
        h('output', { class: 'secret-out', 'aria-label': 'Client Secret' }, clientSecret));
      m.box.querySelector('.modal-foot').replaceChildren(
        spanButton('Copy', () => navigator.clipboard && navigator.clipboard.writeText(clientSecret).catch(() => undefined)),
        h('button', { type: 'button', class: 'btn primary', onclick: () => { m.close(); reload(); } }, 'Close'));
    }, { class: 'btn primary' })]);
  }

  function edit(appId) {
    const holder = h('div', {}, 'Loading…');
    frame('apps', a('/custom/my-apps/', '← Back to My Apps'), h('h1', {}, 'Edit application'), holder);
    api('apps/' + appId).then((app) => {
      const key = h('input', { type: 'text', readonly: true });
      key.value = app.applicationKey;
      holder.replaceChildren(h('section', { 'aria-labelledby': 'details-h', style: { background: '#fff', border: '1px solid #e2e7ed', borderRadius: '10px', padding: '18px 22px' } },
        h('h2', { id: 'details-h', style: { marginTop: 0 } }, 'App Details'), h('p', { class: 'lead' }, 'All fields are required'),
        fld('Application Name', h('input', { type: 'text', value: app.name })),
        fld('Description', h('textarea', { value: app.description })),
        fld('App Category', h('input', { type: 'text', value: app.category })),
        fld('Application Key', key),
        h('button', { type: 'button', class: 'btn primary' }, 'Save changes')));
    });
  }

  function render() {
    const path = location.pathname;
    const q = new URLSearchParams(location.search);
    app.className = path === '/signin' ? '' : 'layout';
    if (path === '/signin') signin();
    else if (path.startsWith('/custom/my-apps/connections')) connections(q.get('appId'));
    else if (path.startsWith('/custom/my-apps/edit')) edit(q.get('appId'));
    else if (path.startsWith('/custom/my-apps')) myApps();
    else if (path === '/') frame('overview', h('h1', {}, 'Overview'), h('p', { class: 'lead' }, 'Production environment · Acme Roofing developer account'));
    else frame('', h('h1', {}, 'Docs'), h('p', { class: 'lead' }, 'Not part of the sandbox.'));
  }
  window.addEventListener('popstate', render);
  render();
})();
