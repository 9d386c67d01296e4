// The main app as a Vue 3 + PrimeVue SPA (vue-router, hash mode): Settings with a static PrimeVue Menu
// (submenu labels, router-link items), #/settings/integrations/booking-providers (a DataTable in responsive
// "stack" mode: Name · Description · Booking Provider ID · Status, the decoys "HeavySet Tech (old)", "Home
// Advisor", "Angi Leads"; Add Tag → Dialog "Add Booking Provider Tag"), #/settings/integrations/api-application-access
// (Connect New App → Dialog listing apps waiting with "Connect" → Dialog "Connect HeavySet Tech": scopes, the
// restriction as a Select whose panel is teleported to <body>, Terms and Conditions, Accept).
(function () {
  'use strict';
  var PV = window.PV;
  var h = PV.h;
  var app = document.getElementById('app');
  app.setAttribute('data-v-app', '');
  var MENU = [['Company', [['Business Units', '#/settings/company/business-units', 'building'], ['Employees', '#/settings/company/employees', 'users']]], ['Integrations', [['Booking Providers', '#/settings/integrations/booking-providers', 'tag'], ['API Application Access', '#/settings/integrations/api-application-access', 'key']]]];

  function shell(title, sub, action) {
    var items = [];
    MENU.forEach(function (g) {
      items.push(h('li', { class: 'p-menu-submenu-label', role: 'none', 'data-pc-section': 'submenulabel' }, g[0]));
      g[1].forEach(function (i) {
        var active = location.hash === i[1];
        items.push(h('li', { class: 'p-menu-item' + (active ? ' active' : ''), role: 'menuitem', 'aria-label': i[0], 'data-pc-section': 'item' }, h('div', { class: 'p-menu-item-content', 'data-pc-section': 'itemcontent' },
          h('a', { href: i[1], class: 'p-menu-item-link' + (active ? ' router-link-active router-link-exact-active' : ''), 'aria-current': active ? 'page' : undefined, tabindex: '-1', 'data-pc-section': 'itemlink' }, h('span', { class: 'p-menu-item-label', 'data-pc-section': 'itemlabel' }, i[0])))));
      });
    });
    var side = h('aside', { class: 'settings-side', scoped: true }, h('div', { class: 'p-menu p-component', 'data-pc-name': 'menu', 'data-pc-section': 'root', scoped: true }, h('ul', { class: 'p-menu-list p-reset', role: 'menu', tabindex: '0', 'aria-label': 'Settings', 'data-pc-section': 'list' }, items)));
    var main = h('main', { class: 'layout-main', scoped: true, style: { margin: '0', maxWidth: 'none' } }, title ? h('div', { class: 'page-head', scoped: true }, [h('div', { scoped: true }, [h('h1', { scoped: true }, title), sub ? h('p', { class: 'muted', scoped: true }, sub) : null]), action || null]) : null);
    app.replaceChildren(h('div', { class: 'layout-wrapper', scoped: true }, [
      h('header', { class: 'layout-topbar', scoped: true }, [h('a', { href: '#/dispatch', class: 'brand', scoped: true }, 'ServiceTitan'), h('a', { href: '#/dispatch', scoped: true }, 'Dispatch'), h('a', { href: '#/settings', scoped: true }, 'Settings'), h('span', { class: 'spacer', scoped: true }), h('span', { scoped: true }, 'Jane Cooper')]),
      h('div', { class: 'settings-layout', scoped: true }, [side, main]),
    ]));
    return main;
  }

  function tags() {
    var main = shell('Booking Providers', 'Tags identify where a booking came from.', PV.button('Add Tag', { icon: 'plus' }, addTag));
    var holder = h('div', {}, PV.skeleton());
    main.append(holder);
    PV.api('tags').then(function (list) {
      holder.replaceChildren(PV.dataTable([
        { header: 'Name', field: 'name' },
        { header: 'Description', field: 'description' },
        { header: 'Booking Provider ID', field: 'id' },
        { header: 'Status', body: function (t) { var old = /\(old\)$/.test(t.name); return h('span', { class: 'p-tag p-component p-tag-' + (old ? 'secondary' : 'success'), 'data-pc-name': 'tag' }, h('span', { class: 'p-tag-label' }, old ? 'Inactive' : 'Active')); } },
      ], list, { stack: true, empty: 'No booking provider tags yet.' }));
    });
  }

  function addTag() {
    var m = PV.model({ name: '', description: '' });
    var d = PV.dialog('Add Booking Provider Tag', { width: '30rem' });
    var err = h('small', { class: 'p-error', scoped: true, style: { color: 'var(--p-red-500)' } });
    var name = PV.inputText(m, 'name', { autofocus: '' });
    d.content.append(h('p', { class: 'muted', scoped: true, style: { marginTop: '0' } }, 'Fill out details to create a tag'),
      PV.field('Name', name, { required: true }), err,
      PV.field('Description', PV.inputText(m, 'description', { placeholder: 'Add description (Optional)' })));
    var add = PV.button('Add', {}, function () {
      if (!m.state.name.trim()) { err.textContent = 'Name is required.'; name.classList.add('p-invalid'); return; }
      PV.setLoading(add, true);
      PV.api('tags', { name: m.state.name, description: m.state.description }).then(function (t) {
        d.close();
        PV.toast('success', 'Tag added', '“' + t.name + '” can now be used as a booking provider.');
        tags();
      }, function (e) { PV.setLoading(add, false); err.textContent = e.message; });
    });
    d.footer.append(PV.button('Cancel', { text: true, severity: 'secondary' }, function () { d.close(); }), add);
  }

  function apiApps() {
    var main = shell('API Application Access', 'Applications allowed to use this tenant’s data.', PV.button('Connect New App', { icon: 'plus' }, chooseApp));
    var holder = h('div', {}, PV.skeleton());
    main.append(holder);
    Promise.all([PV.api('apps'), PV.api('tags')]).then(function (r) {
      var tagName = {};
      r[1].forEach(function (t) { tagName[t.id] = t.name; });
      holder.replaceChildren(PV.dataTable([
        { header: 'Application', field: 'name' },
        { header: 'Developer', field: 'organization' },
        { header: 'Booking provider restriction', body: function (a) { return a.bookingProviderTagId ? tagName[a.bookingProviderTagId] || '' : 'None'; } },
        { header: 'Status', body: function () { return h('span', { class: 'p-tag p-component p-tag-success' }, h('span', { class: 'p-tag-label' }, 'Connected')); } },
      ], r[0].filter(function (a) { return a.allowedByTenant; }), { empty: 'No connected applications.' }));
    });
  }

  function chooseApp() {
    var d = PV.dialog('Connect New App', { width: '40rem' });
    var holder = h('div', {}, PV.skeleton());
    d.content.append(h('p', { class: 'muted', scoped: true, style: { marginTop: '0' } }, 'Applications published for your tenant that are not connected yet.'), holder);
    d.footer.append(PV.button('Close', { text: true, severity: 'secondary' }, function () { d.close(); }));
    PV.api('apps').then(function (apps) {
      holder.replaceChildren(PV.dataTable([
        { header: 'Application', field: 'name' },
        { header: 'Developer', field: 'organization' },
        { header: '', style: { textAlign: 'right' }, body: function (a) { return PV.button('Connect', { small: true }, function () { d.close(); setTimeout(function () { connect(a); }, 160); }); } },
      ], apps.filter(function (a) { return !a.allowedByTenant; }), { empty: 'No applications are waiting. Apps created in the integration environment are not listed here.' }));
    });
  }

  function connect(a) {
    var d = PV.dialog('Connect ' + a.name, { width: '38rem' });
    var m = PV.model({ tag: null });
    var selId = PV.pvId();
    PV.api('tags').then(function (list) {
      var accept = PV.button('Accept', {}, function () {
        PV.setLoading(accept, true);
        PV.api('apps/' + a.id + '/connect', m.state.tag ? { bookingProviderTagId: m.state.tag } : {}).then(function () {
          d.close();
          PV.toast('success', 'Application connected', a.name + ' can now access this tenant.');
          apiApps();
        }, function (e) { PV.setLoading(accept, false); PV.toast('error', 'Could not connect', e.message); });
      });
      d.content.append(
        h('p', { scoped: true, style: { marginTop: '0' } }, a.name + ' by ' + a.organization + ' requests access to:'),
        h('ul', { scoped: true, style: { columns: '2', fontSize: '.85rem', margin: '0 0 1rem' } }, a.scopes.read.map(function (s) { return h('li', {}, 'Read ' + s); }).concat(a.scopes.write.map(function (s) { return h('li', {}, 'Write ' + s); }))),
        PV.field('Restriction by booking_provider for Bookings', PV.select(m, 'tag', list.map(function (t) { return { value: t.id, label: t.name }; }), { inputId: selId, placeholder: 'Select a booking provider', fluid: true, showClear: true }), { noFor: true, inputId: selId, help: 'Bookings this app creates are restricted to this booking provider.' }),
        h('h4', { scoped: true, style: { margin: '1rem 0 0' } }, 'Terms and Conditions'),
        h('div', { class: 'terms', scoped: true }, 'By accepting, you allow this application to read and write the data listed above on behalf of your company, subject to the ServiceTitan API Terms of Use. You can disconnect the application at any time from API Application Access. The developer is responsible for keeping the credentials issued for your tenant confidential.'));
      d.footer.append(PV.button('Cancel', { text: true, severity: 'secondary' }, function () { d.close(); }), accept);
    });
  }

  function render() {
    document.querySelectorAll('.p-menu-overlay, .p-select-overlay, .p-tooltip').forEach(function (n) { n.remove(); });
    var hash = location.hash || '#/dispatch';
    if (hash === '#/settings/integrations/booking-providers') tags();
    else if (hash === '#/settings/integrations/api-application-access') apiApps();
    else if (hash.indexOf('#/settings') === 0) { var main = shell('Settings', 'Choose a section on the left.'); main.append(h('div', { class: 'p-card', scoped: true }, 'Company, integrations and account settings.')); }
    else { app.replaceChildren(h('div', { class: 'layout-wrapper', scoped: true }, [h('header', { class: 'layout-topbar', scoped: true }, [h('a', { href: '#/dispatch', class: 'brand', scoped: true }, 'ServiceTitan'), h('a', { href: '#/dispatch', scoped: true }, 'Dispatch'), h('a', { href: '#/settings', scoped: true }, 'Settings'), h('span', { class: 'spacer', scoped: true }), h('span', { scoped: true }, 'Jane Cooper')]), h('main', { class: 'layout-main', scoped: true }, [h('h1', { scoped: true }, 'Dispatch Board'), h('p', { class: 'muted', scoped: true }, 'Nothing scheduled today.')])])); }
  }
  window.addEventListener('hashchange', render);
  render();
})();
