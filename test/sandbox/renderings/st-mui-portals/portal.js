// Developer Portal as a Material UI SPA: My Apps (a DataGrid), App Connections and Edit under
// /custom/my-apps/<id>/…, routed by history.pushState. Generate opens a portaled Dialog asking to
// confirm; the same Dialog then shows the Client Secret in a read-only password TextField that the
// eye button reveals, with Copy (snackbar) and Done.
(function () {
  var M = window.MUI;
  var h = M.h;
  var root = document.getElementById('root');
  function go(path) { history.pushState(null, '', path); render(); }
  window.addEventListener('popstate', render);

  function shell(title) {
    var content = h('main', { class: 'content' }, h('h1', { class: 'MuiTypography-root MuiTypography-h5' }, title));
    var bar = h('header', { class: 'MuiPaper-root MuiAppBar-root MuiAppBar-positionStatic' }, [
      h('h6', { class: 'MuiTypography-root MuiTypography-h6' }, 'ServiceTitan Developer'),
      h('a', { class: 'nav', on: { click: function () { go('/custom/my-apps/'); } } }, 'My Apps'),
      h('a', { class: 'nav', href: '/docs' }, 'API Reference'),
    ]);
    root.replaceChildren(bar, content);
    return content;
  }

  function list() {
    var main = shell('My Apps');
    var holder = h('div', {}, h('span', { role: 'progressbar', class: 'MuiCircularProgress-root' }, ''));
    main.append(h('div', { class: 'toolbar' }, [h('span', { class: 'muted' }, 'Applications you develop'), M.button('New App', { contained: true, startIcon: 'add' }, function () { M.snackbar('Creating apps is not part of this sandbox page.'); })]), holder);
    M.api('apps').then(function (apps) {
      holder.replaceChildren(M.dataGrid([
        { field: 'name', headerName: 'Application Name', width: 240 },
        { field: 'organization', headerName: 'Organization', width: 200 },
        { field: 'category', headerName: 'Category', width: 150 },
        { field: 'actions', headerName: 'Actions', width: 260, render: function (a) {
          return h('span', {}, [M.button('Edit', {}, function () { go('/custom/my-apps/' + a.id + '/edit'); }), M.button('Connections', {}, function () { go('/custom/my-apps/' + a.id + '/connections'); })]);
        } },
      ], apps, { label: 'My Apps', empty: 'No apps yet' }));
    });
  }

  function secretDialog(a) {
    var d = M.dialog('Generate Client Secret');
    d.content.append(
      h('p', { class: 'MuiDialogContentText-root' }, 'Tenant ID: ' + a.tenantId),
      h('p', { class: 'MuiDialogContentText-root' }, 'Client ID: ' + a.clientId),
      h('p', { class: 'MuiDialogContentText-root' }, 'Once a client secret is generated, it’s visible only once. Would you like to continue?'));
    var yes = M.button('Yes, Continue', { contained: true }, function () {
      yes.classList.add('Mui-disabled');
      M.api('apps/' + a.id + '/secret', {}).then(function (res) {
        d.title('Client Secret');
        var shownNow = false;
        var eye = M.iconButton('eye', 'toggle password visibility', function () {
          shownNow = !shownNow;
          tf.input.type = shownNow ? 'text' : 'password';
          eye.replaceChildren(M.icon(shownNow ? 'eyeOff' : 'eye'));
        });
        eye.addEventListener('mousedown', function (e) { e.preventDefault(); });
        var tf = M.textField('Client Secret', { type: 'password', readOnly: true, value: res.clientSecret, adornment: eye, helper: 'This secret is shown only once. Copy it and keep it somewhere safe.' });
        d.content.replaceChildren(tf.field);
        var copy = M.button('Copy', { startIcon: 'copy' }, function () {
          var done = function () { M.snackbar('Client secret copied'); };
          (navigator.clipboard ? navigator.clipboard.writeText(res.clientSecret) : Promise.reject()).then(done, done);
        });
        d.actions.replaceChildren(copy, M.button('Done', { contained: true }, function () { d.close(); connections(a.id); }));
      }, function (e) { d.content.append(h('p', { class: 'MuiFormHelperText-root Mui-error' }, e.message)); });
    });
    d.actions.append(M.button('Cancel', {}, d.close), yes);
  }

  function connections(id) {
    var main = shell('App Connections');
    var holder = h('div', {}, 'Loading…');
    main.append(holder);
    M.api('apps/' + id).then(function (a) {
      holder.replaceChildren(
        h('p', { class: 'muted' }, a.name + ' · App ID ' + a.id),
        M.dataGrid([
          { field: 'tenantId', headerName: 'Tenant ID', width: 160 },
          { field: 'clientId', headerName: 'Client ID', width: 260 },
          { field: 'secret', headerName: 'Client Secret', width: 200, render: function () {
            if (!a.allowedByTenant) return h('span', { class: 'muted' }, '—');
            return h('span', {}, [a.hasClientSecret ? h('span', { class: 'muted' }, '•••••••• ') : null, M.button('Generate', {}, function () { secretDialog(a); })]);
          } },
          { field: 'allowed', headerName: 'Allowed by Tenant', width: 170, render: function () { return a.allowedByTenant ? h('div', { class: 'MuiChip-root MuiChip-filled' }, h('span', { class: 'MuiChip-label' }, 'Allowed')) : h('span', { class: 'muted' }, 'Not connected yet'); } },
        ], a.allowedByTenant ? [{ id: a.tenantId, tenantId: a.tenantId, clientId: a.clientId }] : [], { label: 'Connections', empty: 'Not connected yet' }),
        h('p', {}, M.button('Back to My Apps', {}, function () { go('/custom/my-apps/'); })));
    });
  }

  function edit(id) {
    var main = shell('Edit App');
    var holder = h('div', {}, 'Loading…');
    main.append(holder);
    M.api('apps/' + id).then(function (a) {
      var key = M.textField('Application Key', { readOnly: true, value: a.applicationKey, adornment: M.iconButton('copy', 'copy to clipboard', function () {
        var done = function () { M.snackbar('Application key copied'); };
        (navigator.clipboard ? navigator.clipboard.writeText(a.applicationKey) : Promise.reject()).then(done, done);
      }) });
      holder.replaceChildren(
        M.textField('Application Name', { required: true, value: a.name }).field,
        M.textField('Organization', { required: true, value: a.organization }).field,
        M.textField('Homepage', { required: true, value: a.homepage }).field,
        key.field,
        h('div', {}, [M.button('Cancel', {}, function () { go('/custom/my-apps/'); }), M.button('Save', { contained: true }, function () { M.snackbar('Saved'); })]));
    });
  }

  function render() {
    var m = /^\/custom\/my-apps\/([^/]+)\/(connections|edit)\/?$/.exec(location.pathname);
    if (m && m[2] === 'connections') connections(m[1]);
    else if (m) edit(m[1]);
    else list();
  }
  render();
})();
