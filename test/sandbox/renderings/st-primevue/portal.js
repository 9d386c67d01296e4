// The Developer Portal as a Vue 3 + PrimeVue SPA (vue-router, history mode): /signin, / (home),
// /custom/my-apps/ (a DataTable of apps; row actions in a popup Menu behind a "More actions" icon button),
// /custom/my-apps/new (the New App form: InputText, Textarea, Select with option groups, RadioButtons, the
// API scopes as a scrollable DataTable grouped by module with unlabelled Checkboxes), /custom/my-apps/<id>/connections
// (a DataTable in responsive "stack" mode: each cell repeats its column's title; Generate → ConfirmDialog
// "Generate Client Secret?" → Dialog "Client Secret" with a read-only Password + eye toggle, Copy → Toast),
// /custom/my-apps/<id>/edit (TabView: App Details with the Application Key in a read-only InputText; API Scopes).
(function () {
  'use strict';
  var PV = window.PV;
  var h = PV.h;
  var app = document.getElementById('app');
  app.setAttribute('data-v-app', '');

  function go(path) { history.pushState({ back: location.pathname }, '', path); render(); }
  window.addEventListener('popstate', render);
  function link(text, path, cls) {
    return h('a', { href: path, class: (cls || '') + (location.pathname === path ? ' router-link-active router-link-exact-active' : ''), 'aria-current': location.pathname === path ? 'page' : undefined, scoped: true, on: { click: function (e) { e.preventDefault(); go(path); } } }, text);
  }
  function signedIn() { return localStorage.getItem('st-dev-session') !== null; }

  function layout() {
    var main = h('main', { class: 'layout-main', scoped: true });
    app.replaceChildren(h('div', { class: 'layout-wrapper', scoped: true }, [
      h('header', { class: 'layout-topbar', scoped: true }, [
        link('ServiceTitan Developer', '/', 'brand'),
        h('nav', { class: 'inline-group', style: { gap: '1.5rem' }, scoped: true }, [link('Home', '/'), link('My Apps', '/custom/my-apps/'), h('a', { href: '/docs', scoped: true }, 'API Reference'), h('a', { href: '/support', scoped: true }, 'Support')]),
        h('span', { class: 'spacer', scoped: true }),
        signedIn() ? h('a', { href: '/signin', scoped: true, on: { click: function (e) { e.preventDefault(); localStorage.removeItem('st-dev-session'); go('/signin'); } } }, 'Sign out') : link('Sign in', '/signin'),
      ]),
      main,
    ]));
    return main;
  }
  function pageHead(title, sub, actions) {
    return h('div', { class: 'page-head', scoped: true }, [h('div', { scoped: true }, [h('h1', { scoped: true }, title), sub ? h('p', { class: 'muted', scoped: true }, sub) : null]), actions || null]);
  }
  function back(text) { return h('a', { href: '/custom/my-apps/', class: 'link-back', scoped: true, on: { click: function (e) { e.preventDefault(); go('/custom/my-apps/'); } } }, [PV.pi('arrow-left'), h('span', {}, text)]); }

  // ---------- Sign in / home
  function signin() {
    var main = layout();
    main.append(h('div', { class: 'signin p-card', scoped: true }, [
      h('h1', { scoped: true, style: { margin: '0 0 .5rem', fontSize: '1.35rem' } }, 'Sign in to the Developer Portal'),
      h('p', { class: 'muted', scoped: true }, 'Choose the environment your ServiceTitan account belongs to.'),
      PV.button('Login as Production Environment User', {}, function () { localStorage.setItem('st-dev-session', 'production'); go('/'); }),
      PV.button('Login as Integration Environment User', { outlined: true }, function () { localStorage.setItem('st-dev-session', 'integration'); go('/'); }),
    ]));
  }
  function home() {
    var main = layout();
    main.append(pageHead('Welcome back', signedIn() ? 'Signed in as a ' + localStorage.getItem('st-dev-session') + ' environment user.' : 'Sign in to manage your apps.'),
      h('div', { class: 'p-card', scoped: true }, [h('p', { scoped: true }, 'Build integrations with the ServiceTitan API. Manage your applications under My Apps.')]));
  }

  // ---------- My Apps
  function list() {
    var main = layout();
    var holder = h('div', {}, PV.skeleton());
    main.append(pageHead('My Apps', 'Applications registered by your developer account.', PV.button('New App', { icon: 'plus' }, function () { go('/custom/my-apps/new'); })), holder);
    PV.api('apps').then(function (apps) {
      holder.replaceChildren(PV.dataTable([
        { header: 'Application Name', body: function (a) { return h('span', { style: { fontWeight: '600' } }, a.name); } },
        { header: 'App ID', field: 'id' },
        { header: 'Organization', field: 'organization' },
        { header: 'Category', field: 'category' },
        { header: 'Created', body: function (a) { return new Date(a.createdAt).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' }); } },
        { header: '', style: { width: '4rem', textAlign: 'right' }, body: function (a) {
          return PV.menuButton([
            ['Edit', 'pencil', function () { go('/custom/my-apps/' + a.id + '/edit'); }],
            ['App Connections', 'link', function () { go('/custom/my-apps/' + a.id + '/connections'); }],
            ['API Usage Report', 'chart-bar', function () { PV.toast('info', 'API Usage Report', 'No calls in the last 30 days.'); }],
          ]);
        } },
      ], apps, { empty: 'You have no apps yet.' }));
    });
  }

  // ---------- New App
  var EMAILS = ['engineer@heavyset.tech', 'support@heavyset.tech', 'jane.cooper@acmeroofing.com'];
  var CATEGORIES = [
    { group: 'Customer Experience', items: ['Web Scheduler', 'Reviews & Reputation', 'Customer Communication'] },
    { group: 'Marketing', items: ['Call Tracking', 'Marketing Automation', 'Lead Generation'] },
    { group: 'Operations', items: ['CRM', 'Dispatch & Scheduling', 'Fleet Management', 'Accounting'] },
    { group: 'Other', items: ['Custom Integration'] },
  ];
  var CREDENTIALS = [
    ['I, the app developer, will configure the credentials on behalf of each tenant', 'You generate the Client ID and Client Secret for every tenant in App Connections.'],
    ['The tenant will configure the credentials', 'Each tenant’s admin generates the credentials in API Application Access.'],
  ];
  function guid() { return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) { var r = (Math.random() * 16) | 0; return (c === 'x' ? r : (r & 3) | 8).toString(16); }); }

  function newApp() {
    var main = layout();
    var groups = window.ST_SCOPE_GROUPS;
    var init = { name: '', organization: '', homepage: '', email: null, description: '', category: null, credentials: null, guid: guid() };
    groups.forEach(function (g) { g[1].forEach(function (s) { init['r:' + s] = false; init['w:' + s] = false; }); });
    var m = PV.model(init);
    var ids = { name: PV.pvId(), org: PV.pvId(), home: PV.pvId(), email: PV.pvId(), desc: PV.pvId(), cat: PV.pvId(), tenants: PV.pvId(), nets: PV.pvId(), guid: PV.pvId() };
    var counter = h('small', { class: 'counter', scoped: true }, '0/10000');
    m.watch(function (s) { counter.textContent = s.description.length + '/10000'; });
    var desc = PV.inputText(m, 'description', { textarea: true, rows: 4, maxlength: 10000, id: ids.desc });
    var guidInput = PV.inputText(m, 'guid', { id: ids.guid, readonly: true });
    var errors = h('div', {});

    var rows = [];
    groups.forEach(function (g) { g[1].forEach(function (s) { rows.push({ module: g[0], name: s }); }); });
    function setGroup(mod, on) { rows.forEach(function (r) { if (r.module === mod) { m.state['r:' + r.name] = on; m.state['w:' + r.name] = on; } }); m.rerender(); }
    var scopes = PV.dataTable([
      { header: 'API Endpoint', field: 'name' },
      { header: 'Read', style: { width: '6rem', textAlign: 'center' }, body: function (r) { return PV.checkbox(m, 'r:' + r.name); } },
      { header: 'Write', style: { width: '6rem', textAlign: 'center' }, body: function (r) { return PV.checkbox(m, 'w:' + r.name); } },
    ], rows, {
      scrollHeight: '420px', groupBy: 'module',
      groupHeader: function (r) { return h('div', { class: 'inline-group', scoped: true }, [h('span', { style: { flex: '1' } }, r.module), PV.button('All', { text: true, small: true }, function () { setGroup(r.module, true); }), PV.button('None', { text: true, small: true, severity: 'secondary' }, function () { setGroup(r.module, false); })]); },
    });

    var create = PV.button('Create App', { type: 'submit' });
    var form = h('form', { novalidate: '', scoped: true, on: { submit: function (e) {
      e.preventDefault();
      var s = m.state;
      var missing = [];
      if (!s.name.trim()) missing.push('Application Name');
      if (!s.organization.trim()) missing.push('Organization');
      if (!s.homepage.trim()) missing.push('Homepage');
      if (!s.email) missing.push('Email Address');
      if (!s.description.trim()) missing.push('Description');
      if (!s.category) missing.push('App Category');
      if (!s.credentials) missing.push('Client Credentials Management');
      var read = rows.filter(function (r) { return s['r:' + r.name]; }).map(function (r) { return r.name; });
      var write = rows.filter(function (r) { return s['w:' + r.name]; }).map(function (r) { return r.name; });
      if (!read.length && !write.length) missing.push('API Scopes');
      if (missing.length) { errors.replaceChildren(PV.message('error', 'All fields are required. Missing: ' + missing.join(', ') + '.')); errors.scrollIntoView({ block: 'center' }); return; }
      PV.setLoading(create, true);
      PV.api('apps', { name: s.name, organization: s.organization, homepage: s.homepage, email: s.email, description: s.description, category: s.category, credentialsManagement: s.credentials, scopes: { read: read, write: write } }).then(function (a) {
        go('/custom/my-apps/');
        PV.toast('success', 'App created', '“' + a.name + '” was registered.');
      }, function (err) { PV.setLoading(create, false); errors.replaceChildren(PV.message('error', err.message)); });
    } } }, [
      h('h2', { scoped: true, style: { fontSize: '1.1rem' } }, 'App details'), h('p', { class: 'muted', scoped: true, style: { marginBottom: '1rem' } }, 'All fields are required'),
      h('div', { class: 'grid-2', scoped: true }, [
        PV.field('Application Name', PV.inputText(m, 'name', { id: ids.name }), { required: true }),
        PV.field('Organization', PV.inputText(m, 'organization', { id: ids.org }), { required: true }),
        PV.field('Homepage', PV.inputText(m, 'homepage', { id: ids.home, placeholder: 'https://www.my-app.com' }), { required: true }),
        PV.field('Email Address', PV.select(m, 'email', EMAILS.map(function (e) { return { value: e, label: e }; }), { inputId: ids.email, placeholder: 'Select an email', fluid: true }), { required: true, noFor: true, inputId: ids.email }),
      ]),
      h('div', { class: 'field', scoped: true }, [h('label', { for: ids.desc, class: 'field-label', scoped: true }, ['Description', h('span', { class: 'required', 'aria-hidden': 'true', scoped: true }, ' *')]), desc, counter]),
      PV.field('App Category', PV.select(m, 'category', CATEGORIES.map(function (g) { return { group: g.group, items: g.items.map(function (i) { return { value: i, label: i }; }) }; }), { inputId: ids.cat, placeholder: 'Select a category', fluid: true }), { required: true, noFor: true, inputId: ids.cat }),
      PV.field('Tenant(s)', h('div', { class: 'p-autocomplete p-component p-inputwrapper p-autocomplete-multiple', 'data-pc-name': 'autocomplete' }, h('ul', { class: 'p-autocomplete-input-multiple p-inputtext', role: 'listbox', 'aria-orientation': 'horizontal', style: { listStyle: 'none', margin: 0, display: 'flex' } }, h('li', { class: 'p-autocomplete-input-chip', role: 'option', style: { flex: '1' } }, h('input', { id: ids.tenants, type: 'text', role: 'combobox', placeholder: 'Enter a Tenant ID', 'aria-autocomplete': 'list', 'aria-expanded': 'false', style: { border: 0, outline: 'none', width: '100%', font: 'inherit' } })))), { noFor: true, inputId: ids.tenants, help: 'Tenants that may connect to this app. Leave empty to allow any tenant.' }),
      PV.field('Customer Global Network(s)', h('div', { class: 'p-multiselect p-component p-inputwrapper', 'data-pc-name': 'multiselect', style: { display: 'flex', border: '1px solid var(--p-form-field-border-color)', borderRadius: '6px', background: '#fff', cursor: 'pointer' } }, [h('div', { class: 'p-multiselect-label-container', style: { flex: '1' } }, h('div', { class: 'p-multiselect-label p-placeholder', style: { padding: '.5rem .75rem', color: '#94a3b8' } }, 'Select networks')), h('div', { class: 'p-multiselect-dropdown', style: { width: '2.5rem', display: 'flex', alignItems: 'center', justifyContent: 'center', color: '#94a3b8' } }, PV.svgIcon('chevron', 'p-multiselect-dropdown-icon'))]), { noFor: true, inputId: ids.nets }),
      PV.field('External Data Application GUID', guidInput, { wrap: h('div', { class: 'inline-group', scoped: true }, [guidInput, PV.button('Reset', { outlined: true, icon: 'refresh' }, function () { m.set('guid', guid()); })]) }),
      h('fieldset', { class: 'field', scoped: true, style: { border: 0, padding: 0 } }, [h('legend', { class: 'field-label', scoped: true, style: { marginBottom: '.4rem' } }, 'Client Credentials Management')].concat(CREDENTIALS.map(function (c) {
        var id = PV.pvId();
        return h('div', { class: 'radio-row', scoped: true }, [PV.radio(m, 'credentials', c[0], { name: 'credentials', inputId: id }), h('div', { scoped: true }, [h('label', { for: id, scoped: true }, c[0]), h('div', { class: 'muted', scoped: true, style: { fontSize: '.85rem' } }, c[1])])]);
      }))),
      h('h2', { scoped: true, style: { fontSize: '1.1rem', marginTop: '1.5rem' } }, 'API Scopes'),
      h('p', { class: 'muted', scoped: true, style: { marginBottom: '.75rem' } }, 'Choose the data your app reads and writes.'),
      scopes,
      h('p', { class: 'muted', scoped: true, style: { marginTop: '1rem' } }, 'Note: changing the scopes later creates a new app version that every tenant must accept again.'),
      errors,
      h('div', { class: 'form-actions', scoped: true }, [PV.button('Cancel', { text: true, severity: 'secondary' }, function () { go('/custom/my-apps/'); }), create]),
    ]);
    main.append(back('Back to all apps'), pageHead('New App', 'Register an application for the ServiceTitan API.'), h('div', { class: 'p-card', scoped: true }, form));
  }

  // ---------- App Connections
  function connections(id) {
    var main = layout();
    var holder = h('div', {}, PV.skeleton());
    main.append(back('Back to My Apps'), holder);
    PV.api('apps/' + id).then(function (a) {
      var row = { tenantId: a.tenantId };
      var dot = h('span', { class: 'status-dot pi pi-circle-fill', scoped: true, style: { color: a.allowedByTenant ? 'var(--p-green-500)' : '#cbd5e1' } });
      PV.tooltip(dot, a.allowedByTenant ? 'Allowed' : 'Disallowed');
      var table = PV.dataTable([
        { header: 'Tenant ID', field: 'tenantId' },
        { header: 'Client ID', body: function () { return a.allowedByTenant ? h('span', { style: { fontFamily: 'ui-monospace, monospace' } }, a.clientId) : h('span', { class: 'muted', scoped: true }, 'Not connected yet'); } },
        { header: 'Client Secret', body: function () {
          if (!a.allowedByTenant) return h('span', { class: 'muted', scoped: true }, '—');
          return h('div', { class: 'inline-group', scoped: true }, [
            a.hasClientSecret ? h('span', { class: 'muted', scoped: true }, '•••••••••• generated ' + new Date(a.secretGeneratedAt).toLocaleDateString('en-US')) : null,
            PV.button('Generate', { small: true, outlined: true }, function () { generate(a); }),
          ]);
        } },
        { header: 'API Scopes Version', body: function () { return 'v1'; } },
        { header: 'Allowed by Tenant', style: { textAlign: 'center' }, body: function () { return dot; } },
      ], [row], { stack: true });
      holder.replaceChildren(pageHead('App Connections', a.name + ' · App ID ' + a.id), table);
    }, function (e) { holder.replaceChildren(PV.message('error', e.message)); });

    function generate(a) {
      PV.confirm({
        header: 'Generate Client Secret?',
        message: 'Tenant ID: ' + a.tenantId + '\nClient ID: ' + a.clientId + '\n\nOnce a client secret is generated, it’s visible only once. Would you like to continue?',
        acceptLabel: 'Yes, Continue',
        rejectLabel: 'No',
        accept: function (d, btn) {
          PV.setLoading(btn, true);
          PV.api('apps/' + a.id + '/secret', {}).then(function (res) {
            d.close();
            setTimeout(function () { showSecret(res.clientSecret); }, 160);
          }, function (e) { PV.setLoading(btn, false); PV.toast('error', 'Could not generate the secret', e.message); });
        },
      });
    }
    function showSecret(secret) {
      var inputId = PV.pvId();
      var pw = PV.password(secret, { inputId: inputId, readonly: true });
      var d = PV.dialog('Client Secret', { width: '36rem', closeOnEscape: false, onHide: function () { connections(id); } });
      d.content.append(
        PV.message('warn', 'This client secret is shown only once. Copy it now and keep it somewhere safe.'),
        PV.field('Client Secret', pw.input, { wrap: pw.root, help: 'Generating a new secret invalidates this one.' }));
      d.footer.append(
        PV.button('Copy', { outlined: true, icon: 'copy' }, function () { PV.copy(secret, function () { PV.toast('success', 'Client secret copied', 'Paste it where your integration needs it.'); }); }),
        PV.button('Done', {}, function () { pw.input.value = ''; d.close(); }));
    }
  }

  // ---------- Edit (App Details)
  function edit(id) {
    var main = layout();
    var holder = h('div', {}, PV.skeleton());
    main.append(back('Back to My Apps'), holder);
    PV.api('apps/' + id).then(function (a) {
      var m = PV.model({ name: a.name, description: a.description, category: a.category, key: a.applicationKey });
      var keyId = PV.pvId();
      var keyInput = PV.inputText(null, null, { id: keyId, readonly: true });
      keyInput.value = a.applicationKey;
      var counter = h('small', { class: 'counter', scoped: true }, a.description.length + '/10000');
      m.watch(function (s) { counter.textContent = s.description.length + '/10000'; });
      var descId = PV.pvId();
      var catId = PV.pvId();
      var details = h('form', { scoped: true, on: { submit: function (e) { e.preventDefault(); PV.toast('success', 'App saved', 'Your changes were saved.'); } } }, [
        h('h3', { scoped: true, style: { margin: '0 0 .25rem' } }, 'App Details'), h('p', { class: 'muted', scoped: true, style: { marginBottom: '1rem' } }, 'All fields are required'),
        PV.field('Application Name', PV.inputText(m, 'name', {})),
        h('div', { class: 'field', scoped: true }, [h('label', { for: descId, class: 'field-label', scoped: true }, 'Description'), PV.inputText(m, 'description', { textarea: true, rows: 4, id: descId }), counter]),
        PV.field('App Category', PV.select(m, 'category', CATEGORIES.map(function (g) { return { group: g.group, items: g.items.map(function (i) { return { value: i, label: i }; }) }; }), { inputId: catId, fluid: true }), { noFor: true, inputId: catId }),
        PV.field('Application Key', keyInput, { wrap: h('div', { class: 'inline-group', scoped: true }, [keyInput, PV.button(null, { icon: 'copy', outlined: true, ariaLabel: 'Copy Application Key', tooltip: 'Copy' }, function () { PV.copy(a.applicationKey, function () { PV.toast('success', 'Application key copied'); }); })]), help: 'Send it in the ST-App-Key header of every request. It works in both environments.' }),
        h('div', { class: 'form-actions', scoped: true }, [PV.button('Cancel', { text: true, severity: 'secondary' }, function () { go('/custom/my-apps/'); }), PV.button('Save', { type: 'submit' })]),
      ]);
      var scopes = h('div', {}, [
        h('p', { class: 'muted', scoped: true }, 'Read: ' + a.scopes.read.join(', ')),
        h('p', { class: 'muted', scoped: true }, 'Write: ' + a.scopes.write.join(', ')),
        PV.button('Change API Scopes', { outlined: true }, function () { PV.toast('info', 'Change API Scopes', 'Saving new scopes creates a new app version.'); }),
      ]);
      var versions = h('div', {}, PV.dataTable([{ header: 'Version', field: 'v' }, { header: 'Created', field: 'at' }, { header: 'Client ID', field: 'cid' }], [{ v: 'v1', at: new Date(a.createdAt).toLocaleString('en-US'), cid: a.clientId }], {}));
      holder.replaceChildren(pageHead(a.name, 'App ID ' + a.id + ' · ' + a.organization), PV.tabView([['App Details', h('div', { class: 'p-card', scoped: true }, details)], ['API Scopes', scopes], ['Version History', versions]], 0));
    });
  }

  function render() {
    document.querySelectorAll('.p-menu-overlay, .p-select-overlay, .p-tooltip').forEach(function (n) { n.remove(); });
    var p = location.pathname;
    var m;
    if (p === '/signin') signin();
    else if (p === '/custom/my-apps/new') newApp();
    else if ((m = /^\/custom\/my-apps\/(\d+)\/connections\/?$/.exec(p))) connections(m[1]);
    else if ((m = /^\/custom\/my-apps\/(\d+)\/edit\/?$/.exec(p))) edit(m[1]);
    else if (p.indexOf('/custom/my-apps') === 0) list();
    else home();
  }
  render();
})();
