// Developer Portal as a Chakra UI v2 SPA (history.pushState): My Apps (a Chakra Table whose row
// actions are a Menu "Actions" → "View details" / "Connections"), an app page /custom/my-apps/<id>
// with Tabs "Details" (the fields, the Application Key in a Code element with a copy IconButton)
// and "Connections" (a Table: Tenant ID, Client ID, Client Secret with the older secret masked,
// Allowed by Tenant badge, "Generate secret"). Generate secret → AlertDialog to confirm → a Modal
// "Client Secret" with a warning Alert and the secret in an InputGroup (read-only password input,
// "Show" button in the InputRightElement), "Copy" (useClipboard: "Copied!") and "Done".
(function () {
  var C = window.Chakra;
  var h = C.h;
  var root = document.getElementById('root');
  function go(path) { history.pushState(null, '', path); render(); }
  window.addEventListener('popstate', render);

  function shell(crumbs) {
    var bar = h('header', { class: 'st-topbar ' + C.css('topbar') }, [
      h('a', { class: 'chakra-link st-brand ' + C.css('brand'), href: '/' }, 'ServiceTitan Developer'),
      h('nav', { class: C.css('topnav') }, [
        h('a', { class: 'chakra-link ' + C.css('navlink'), href: '/custom/my-apps/', on: { click: function (e) { e.preventDefault(); go('/custom/my-apps/'); } } }, 'My Apps'),
        h('a', { class: 'chakra-link ' + C.css('navlink'), href: '/docs' }, 'API Reference'),
        h('a', { class: 'chakra-link ' + C.css('navlink'), href: '/support' }, 'Support'),
      ]),
      h('span', { class: 'chakra-avatar ' + C.css('avatar'), role: 'img', 'aria-label': 'Dev Account' }, h('div', { role: 'img', 'aria-label': 'Dev Account', class: 'chakra-avatar__initials ' + C.css('initials') }, 'DA')),
    ]);
    var main = h('main', { class: 'chakra-container ' + C.css('container') }, crumbs ? C.breadcrumb(crumbs) : null);
    root.replaceChildren(bar, main);
    return main;
  }
  var myApps = ['My Apps', '/custom/my-apps/', function () { go('/custom/my-apps/'); }];

  function list() {
    var main = shell(null);
    var holder = h('div', { class: C.css('skeleton-holder') }, h('div', { class: 'chakra-skeleton ' + C.css('skeleton') }, ''));
    main.append(h('div', { class: 'chakra-stack ' + C.css('hstack-between') }, [
      h('div', {}, [C.heading(2, 'My Apps'), C.text('Applications you develop for ServiceTitan tenants.', 'subtle')]),
      C.button('New App', { scheme: 'blue', leftIcon: 'add' }, function () { C.toast({ status: 'info', title: 'Not available', description: 'Creating apps is not part of this sandbox page.' }); }),
    ]), holder);
    C.api('apps').then(function (apps) {
      holder.replaceChildren(C.table([
        { header: 'Application Name', render: function (a) { return h('span', { class: C.css('strong') }, a.name); } },
        { header: 'Organization', key: 'organization' },
        { header: 'App ID', key: 'id' },
        { header: 'Status', render: function (a) { return a.allowedByTenant ? C.badge('Connected', 'green') : C.badge('Not connected', 'gray'); } },
        { header: 'Actions', render: function (a) {
          return C.menu('Actions', [
            ['View details', function () { go('/custom/my-apps/' + a.id); }],
            ['Connections', function () { go('/custom/my-apps/' + a.id + '?tab=connections'); }],
            ['API usage', function () { C.toast({ status: 'info', title: 'No usage yet' }); }],
          ]);
        } },
      ], apps, { empty: 'No apps yet' }));
    });
  }

  function secretModal(a, done) {
    var confirm = C.modal('Generate Client Secret', { alert: true, noOverlayClose: true });
    confirm.body.append(
      C.text('Tenant ID: ' + a.tenantId),
      C.text('Client ID: ' + a.clientId),
      C.text('Once a client secret is generated, it’s visible only once. Would you like to continue?'));
    var cancel = C.button('Cancel', { variant: 'ghost' }, function () { confirm.close(); });
    cancel.setAttribute('data-autofocus', '');
    var yes = C.button('Yes, Continue', { scheme: 'red' }, function () {
      C.setLoading(yes, true);
      C.api('apps/' + a.id + '/secret', {}).then(function (res) {
        confirm.close();
        setTimeout(function () { shown(res.clientSecret); }, 160);
      }, function (e) { C.setLoading(yes, false); C.toast({ status: 'error', title: 'Could not generate', description: e.message }); });
    });
    confirm.footer.append(cancel, yes);

    function shown(secret) {
      var m = C.modal('Client Secret', { size: 'lg', noOverlayClose: true, onClosed: done });
      var inp = C.input({ type: 'password', readOnly: true, value: secret });
      var showBtn = C.button('Show', { size: 'sm', variant: 'solid' }, function () {
        var reveal = inp.type === 'password';
        inp.type = reveal ? 'text' : 'password';
        showBtn.textContent = reveal ? 'Hide' : 'Show';
      });
      var fc = C.formControl('Client Secret', inp, { group: C.inputGroup(inp, showBtn), helper: 'Store it in a password manager or send it to your integration partner.' });
      var copyBtn = C.button('Copy', { variant: 'outline', leftIcon: 'copy' }, function () {
        C.clipboard(secret, function () { copyBtn.lastChild.textContent = 'Copied!'; setTimeout(function () { copyBtn.lastChild.textContent = 'Copy'; }, 1500); });
      });
      m.body.append(C.alert('warning', 'Copy this secret now', 'You will not see this client secret again. Generating another one replaces it.'), fc.root);
      var doneBtn = C.button('Done', { scheme: 'blue' }, function () { m.close(); });
      m.footer.append(copyBtn, doneBtn);
    }
  }

  function appPage(id, tabIndex) {
    var main = shell(null);
    var holder = h('div', {}, h('div', { class: 'chakra-spinner ' + C.css('spinner-lg') }, h('span', { class: C.css('visually-hidden') }, 'Loading...')));
    main.append(holder);
    C.api('apps/' + id).then(function (a) {
      main.replaceChildren(C.breadcrumb([myApps, [a.name]]), holder);
      // Details
      var keyRow = h('div', { class: C.css('key-block') }, [
        C.text('Application Key', 'key-label'),
        h('div', { class: 'chakra-stack ' + C.css('hstack') }, [C.code(a.applicationKey), C.iconButton('copy', 'Copy application key', function () {
          C.clipboard(a.applicationKey, function () { C.toast({ status: 'success', title: 'Application key copied' }); });
        })]),
        C.text('Send it in the ST-App-Key header of every API call. It is the same in every environment.', 'subtle-sm'),
      ]);
      var details = h('form', { class: C.css('details-form'), on: { submit: function (e) { e.preventDefault(); C.toast({ status: 'success', title: 'App saved' }); } } }, [
        C.formControl('Application Name', C.input({ value: a.name }), { required: true }).root,
        C.formControl('Organization', C.input({ value: a.organization }), { required: true }).root,
        C.formControl('Homepage', C.input({ value: a.homepage, type: 'url' }), { required: true }).root,
        C.formControl('Email Address', C.input({ value: a.email, type: 'email' }), { required: true }).root,
        h('hr', { 'aria-orientation': 'horizontal', class: 'chakra-divider ' + C.css('divider') }),
        keyRow,
        h('div', { class: 'chakra-stack ' + C.css('hstack-end') }, [C.button('Cancel', { variant: 'ghost' }, function () { go('/custom/my-apps/'); }), C.button('Save changes', { scheme: 'blue', type: 'submit' })]),
      ]);
      // Connections
      var connections = h('div', {}, [
        C.text('Tenants that allowed ' + a.name + ' and the credentials of each connection.', 'subtle'),
        C.table([
          { header: 'Tenant ID', key: 'tenantId' },
          { header: 'Client ID', render: function () { return C.code(a.clientId); } },
          { header: 'Client Secret', render: function () {
            return h('div', { class: 'chakra-stack ' + C.css('vstack-start') }, [
              // The secret of an earlier connection attempt, masked, and the current one if any.
              h('span', { class: C.css('masked') }, 'cs1.••••••••••••7qx2 ' ), C.badge('Expired', 'red'),
              a.hasClientSecret ? h('span', { class: C.css('masked') }, 'cs1.•••••••••••••••• (active)') : null,
              C.button('Generate secret', { size: 'sm', scheme: 'blue', variant: 'outline' }, function () { secretModal(a, function () { appPage(id, 1); }); }),
            ]);
          } },
          { header: 'Allowed by Tenant', render: function () { return C.badge('Allowed', 'green'); } },
        ], a.allowedByTenant ? [a] : [], { empty: 'Not connected yet' }),
      ]);
      holder.replaceChildren(h('div', { class: C.css('app-head') }, [C.heading(2, a.name), C.text('App ID ' + a.id + ' · ' + a.organization, 'subtle')]),
        C.tabs([['Details', details], ['Connections', connections]], tabIndex, function (i) { history.replaceState(null, '', '/custom/my-apps/' + id + (i ? '?tab=connections' : '')); }));
    });
  }

  function render() {
    var m = /^\/custom\/my-apps\/(\d+)\/?$/.exec(location.pathname);
    if (m) appPage(m[1], new URLSearchParams(location.search).get('tab') === 'connections' ? 1 : 0);
    else list();
  }
  render();
})();
