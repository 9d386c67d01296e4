// The main app as Material UI renders it: hash routes #/settings/integrations/booking-provider-tags
// and #/settings/integrations/api-apps, a permanent Drawer with a List of ListItemButtons. Tags in a
// DataGrid (Name, Description, ID; oldest first, three rows in view, virtualised); Add Tag → Dialog with outlined
// TextFields → snackbar. API Application Access: Connect New App → Dialog listing apps → Dialog
// "Connect HeavySet Tech" with the restriction as a MUI Select (listbox in a popover portal).
(function () {
  var M = window.MUI;
  var h = M.h;
  var root = document.getElementById('root');
  var MENU = [['Company', [['Business Units', '#/settings/company/business-units']]], ['Integrations', [['Booking Provider Tags', '#/settings/integrations/booking-provider-tags'], ['API Application Access', '#/settings/integrations/api-apps']]]];

  function shell(title) {
    var nav = h('nav', { class: 'MuiDrawer-docked' }, MENU.map(function (g) {
      return h('ul', { class: 'MuiList-root' }, [h('li', { class: 'MuiListSubheader-root' }, g[0])].concat(g[1].map(function (i) {
        return h('div', { class: 'MuiButtonBase-root MuiListItemButton-root' + (location.hash === i[1] ? ' Mui-selected' : ''), role: 'button', tabindex: '0', on: { click: function () { location.hash = i[1]; } } }, h('div', { class: 'MuiListItemText-root' }, h('span', { class: 'MuiTypography-root MuiTypography-body1 MuiListItemText-primary' }, i[0])));
      })));
    }));
    var main = h('main', { class: 'content' }, title ? h('h1', { class: 'MuiTypography-root MuiTypography-h5' }, title) : null);
    root.replaceChildren(h('header', { class: 'MuiPaper-root MuiAppBar-root' }, [h('h6', { class: 'MuiTypography-root MuiTypography-h6' }, 'ServiceTitan'), h('a', { class: 'nav', href: '#/dispatch' }, 'Dispatch'), h('a', { class: 'nav', href: '#/settings/integrations/booking-provider-tags' }, 'Settings')]), h('div', { class: 'layout' }, [nav, main]));
    return main;
  }

  function tags() {
    var main = shell('Booking Provider Tags');
    var holder = h('div', {}, 'Loading…');
    main.append(h('div', { class: 'toolbar' }, [h('span', { class: 'muted' }, 'Tags mark where a booking came from.'), M.button('Add Tag', { contained: true, startIcon: 'add' }, addTag)]), holder);
    M.api('tags').then(function (list) {
      // Oldest first, three rows in view: a new tag is below the fold, not in the DOM until scrolled to.
      holder.replaceChildren(M.dataGrid([
        { field: 'name', headerName: 'Name', width: 240 },
        { field: 'description', headerName: 'Description', width: 300 },
        { field: 'id', headerName: 'ID', width: 160 },
      ], list, { label: 'Booking provider tags', visibleRows: 3 }));
    });
  }

  function addTag() {
    var d = M.dialog('Add Booking Provider Tag');
    var name = M.textField('Name', { required: true });
    var desc = M.textField('Description', { helper: 'Optional' });
    var err = h('p', { class: 'MuiFormHelperText-root Mui-error' });
    d.content.append(h('p', { class: 'MuiDialogContentText-root' }, 'Fill out details to create a tag'), name.field, desc.field, err);
    d.actions.append(M.button('Cancel', {}, d.close), M.button('Add', { contained: true }, function () {
      M.api('tags', { name: name.input.value, description: desc.input.value }).then(function (t) { d.close(); M.snackbar('Tag "' + t.name + '" added'); tags(); }, function (e) { err.textContent = e.message; });
    }));
    name.input.focus();
  }

  function apiApps() {
    var main = shell('API Application Access');
    var holder = h('div', {}, 'Loading…');
    main.append(h('div', { class: 'toolbar' }, [h('span', { class: 'muted' }, 'Applications allowed to use this tenant’s data'), M.button('Connect New App', { contained: true }, chooseApp)]), holder);
    M.api('apps').then(function (apps) {
      holder.replaceChildren(M.dataGrid([
        { field: 'name', headerName: 'Application', width: 260 },
        { field: 'organization', headerName: 'Developer', width: 220 },
        { field: 'status', headerName: 'Status', width: 140, render: function () { return h('div', { class: 'MuiChip-root' }, 'Connected'); } },
      ], apps.filter(function (a) { return a.allowedByTenant; }), { label: 'Connected applications', empty: 'No connected applications' }));
    });
  }

  function chooseApp() {
    var d = M.dialog('Connect New App');
    d.content.append(h('p', { class: 'MuiDialogContentText-root' }, 'Loading…'));
    d.actions.append(M.button('Close', {}, d.close));
    M.api('apps').then(function (apps) {
      d.content.replaceChildren(h('p', { class: 'MuiDialogContentText-root' }, 'Applications waiting for your approval'),
        h('ul', { class: 'MuiList-root' }, apps.filter(function (a) { return !a.allowedByTenant; }).map(function (a) {
          return h('li', { class: 'MuiListItem-root', style: 'display:flex;align-items:center;justify-content:space-between' }, [h('div', { class: 'MuiListItemText-root' }, [h('span', { class: 'MuiListItemText-primary' }, a.name), h('p', { class: 'muted', style: 'margin:0' }, 'by ' + a.organization)]), M.button('Connect', {}, function () { d.close(); connect(a); })]);
        })));
    });
  }

  function connect(a) {
    var d = M.dialog('Connect ' + a.name);
    M.api('tags').then(function (list) {
      var chosen = '';
      var err = h('p', { class: 'MuiFormHelperText-root Mui-error' });
      d.content.append(
        h('p', { class: 'MuiDialogContentText-root' }, a.name + ' asks to:'),
        h('ul', { class: 'scopes' }, a.scopes.read.map(function (s) { return h('li', {}, 'Read ' + s); }).concat(a.scopes.write.map(function (s) { return h('li', {}, 'Write ' + s); }))),
        M.select('Restriction by booking_provider for Bookings', list.map(function (t) { return { value: t.id, label: t.name }; }), function (v) { chosen = v; }),
        h('p', { class: 'terms' }, 'Terms and Conditions: by accepting, you allow this application to access the data listed above. You can disconnect it at any time.'),
        err);
      d.actions.append(M.button('Cancel', {}, d.close), M.button('Accept', { contained: true }, function () {
        M.api('apps/' + a.id + '/connect', chosen ? { bookingProviderTagId: chosen } : {}).then(function () { d.close(); M.snackbar(a.name + ' connected'); apiApps(); }, function (e) { err.textContent = e.message; });
      }));
    });
  }

  function render() {
    var hash = location.hash || '#/dispatch';
    if (hash === '#/settings/integrations/booking-provider-tags') tags();
    else if (hash === '#/settings/integrations/api-apps') apiApps();
    else { var main = shell(hash === '#/dispatch' ? 'Dispatch Board' : 'Settings'); main.append(h('p', { class: 'muted' }, 'Nothing scheduled in this sandbox.')); }
  }
  window.addEventListener('hashchange', render);
  render();
})();
