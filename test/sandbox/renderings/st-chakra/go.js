// The main app as a Chakra UI v2 SPA with hash routes: #/settings/integrations/booking-providers
// (a Chakra Table Name · Description · Booking Provider ID; "Add Tag" → Modal "Add Booking Provider
// Tag" with FormControls Name (required) / Description, Cancel / Add → toast) and
// #/settings/integrations/api-application-access ("Connect New App" → a Drawer from the right listing
// apps waiting for approval with "Connect" → Modal "Connect HeavySet Tech": requested scopes, the
// restriction as a native Chakra Select, a Checkbox "I agree to the Terms and Conditions", Accept).
(function () {
  var C = window.Chakra;
  var h = C.h;
  var root = document.getElementById('root');
  var MENU = [['Company', [['Business Units', '#/settings/company/business-units']]], ['Integrations', [['Booking Providers', '#/settings/integrations/booking-providers'], ['API Application Access', '#/settings/integrations/api-application-access']]]];

  function shell(title) {
    var side = h('nav', { class: C.css('sidebar'), 'aria-label': 'Settings' }, MENU.map(function (g) {
      return h('div', { class: 'chakra-stack ' + C.css('side-group') }, [h('p', { class: 'chakra-text ' + C.css('side-title') }, g[0])].concat(g[1].map(function (i) {
        return h('a', { class: 'chakra-link ' + C.css('side-link'), href: i[1], 'aria-current': location.hash === i[1] ? 'page' : undefined }, i[0]);
      })));
    }));
    var main = h('main', { class: C.css('settings-main') }, title ? C.heading(2, title) : null);
    root.replaceChildren(h('header', { class: 'st-topbar ' + C.css('topbar') }, [h('a', { class: 'chakra-link st-brand ' + C.css('brand'), href: '#/dispatch' }, 'ServiceTitan'), h('nav', { class: C.css('topnav') }, [h('a', { class: 'chakra-link ' + C.css('navlink'), href: '#/dispatch' }, 'Dispatch'), h('a', { class: 'chakra-link ' + C.css('navlink'), href: '#/settings/integrations/booking-providers' }, 'Settings')])]), h('div', { class: C.css('settings-layout') }, [side, main]));
    return main;
  }

  function tags() {
    var main = shell('Booking Providers');
    var holder = h('div', {}, h('div', { class: 'chakra-skeleton ' + C.css('skeleton') }, ''));
    main.append(h('div', { class: 'chakra-stack ' + C.css('hstack-between') }, [C.text('Tags identify where a booking came from.', 'subtle'), C.button('Add Tag', { scheme: 'blue', leftIcon: 'add' }, addTag)]), holder);
    C.api('tags').then(function (list) {
      holder.replaceChildren(C.table([
        { header: 'Name', key: 'name' },
        { header: 'Description', key: 'description' },
        { header: 'Booking Provider ID', key: 'id', numeric: true },
      ], list, { empty: 'No tags yet' }));
    });
  }

  function addTag() {
    var m = C.modal('Add Booking Provider Tag', { noOverlayClose: true });
    var name = C.input({});
    name.setAttribute('data-autofocus', '');
    var desc = C.input({ placeholder: 'Add description (Optional)' });
    var err = h('div', { class: 'chakra-form__error-message ' + C.css('error'), 'aria-live': 'polite' });
    m.body.append(C.text('Fill out details to create a tag', 'subtle'), C.formControl('Name', name, { required: true, error: err }).root, C.formControl('Description', desc).root);
    var add = C.button('Add', { scheme: 'blue' }, function () {
      C.setLoading(add, true);
      C.api('tags', { name: name.value, description: desc.value }).then(function (t) {
        m.close();
        C.toast({ status: 'success', title: 'Tag added', description: '“' + t.name + '” can now be chosen by connected apps.' });
        tags();
      }, function (e) { C.setLoading(add, false); err.textContent = e.message; });
    });
    m.footer.append(C.button('Cancel', { variant: 'ghost' }, function () { m.close(); }), add);
  }

  function apiApps() {
    var main = shell('API Application Access');
    var holder = h('div', {}, h('div', { class: 'chakra-skeleton ' + C.css('skeleton') }, ''));
    main.append(h('div', { class: 'chakra-stack ' + C.css('hstack-between') }, [C.text('Applications allowed to use this tenant’s data.', 'subtle'), C.button('Connect New App', { scheme: 'blue' }, chooseApp)]), holder);
    C.api('apps').then(function (apps) {
      holder.replaceChildren(C.table([
        { header: 'Application', key: 'name' },
        { header: 'Developer', key: 'organization' },
        { header: 'Status', render: function () { return C.badge('Connected', 'green'); } },
      ], apps.filter(function (a) { return a.allowedByTenant; }), { empty: 'No connected applications' }));
    });
  }

  function chooseApp() {
    var d = C.modal('Connect New App', { drawer: true });
    d.body.append(C.text('Loading…'));
    d.footer.append(C.button('Close', { variant: 'outline' }, function () { d.close(); }));
    C.api('apps').then(function (apps) {
      var waiting = apps.filter(function (a) { return !a.allowedByTenant; });
      d.body.replaceChildren(C.text('Applications waiting for your approval', 'subtle'),
        h('div', { class: 'chakra-stack ' + C.css('vstack') }, waiting.map(function (a) {
          return h('div', { class: 'chakra-card ' + C.css('card') }, h('div', { class: 'chakra-card__body ' + C.css('card-body') }, [
            h('div', {}, [h('p', { class: 'chakra-text ' + C.css('strong') }, a.name), C.text('by ' + a.organization, 'subtle-sm')]),
            C.button('Connect', { size: 'sm', scheme: 'blue' }, function () { d.close(); setTimeout(function () { connect(a); }, 160); }),
          ]));
        })));
    });
  }

  function connect(a) {
    var m = C.modal('Connect ' + a.name, { size: 'lg', noOverlayClose: true });
    C.api('tags').then(function (list) {
      var agreed = false;
      var sel = C.select(list.map(function (t) { return { value: t.id, label: t.name }; }), 'Select a booking provider');
      var accept = C.button('Accept', { scheme: 'blue' }, function () {
        C.setLoading(accept, true);
        C.api('apps/' + a.id + '/connect', sel.el.value ? { bookingProviderTagId: sel.el.value } : {}).then(function () {
          m.close(); C.toast({ status: 'success', title: a.name + ' connected' }); apiApps();
        }, function (e) { C.setLoading(accept, false); C.toast({ status: 'error', title: 'Could not connect', description: e.message }); });
      });
      accept.disabled = true;
      m.body.append(
        C.text(a.name + ' by ' + a.organization + ' asks to:'),
        h('ul', { role: 'list', class: 'chakra-list ' + C.css('scopes') }, a.scopes.read.map(function (s) { return h('li', { class: C.css('li') }, 'Read ' + s); }).concat(a.scopes.write.map(function (s) { return h('li', { class: C.css('li') }, 'Write ' + s); }))),
        C.formControl('Restriction by booking_provider for Bookings', sel.el, { group: sel.wrap, helper: 'Bookings this app creates get this tag.' }).root,
        h('div', { class: C.css('terms') }, [C.heading(4, 'Terms and Conditions'), C.text('By accepting, you allow this application to access the data listed above. You can disconnect it at any time.', 'subtle-sm')]),
        C.checkbox('I agree to the Terms and Conditions', function (on) { agreed = on; accept.disabled = !agreed; }));
      m.footer.append(C.button('Cancel', { variant: 'ghost' }, function () { m.close(); }), accept);
    });
  }

  function render() {
    var hash = location.hash || '#/dispatch';
    if (hash === '#/settings/integrations/booking-providers') tags();
    else if (hash === '#/settings/integrations/api-application-access') apiApps();
    else { var main = shell(hash === '#/dispatch' ? 'Dispatch Board' : 'Settings'); main.append(C.text('Nothing scheduled in this sandbox.', 'subtle')); }
  }
  window.addEventListener('hashchange', render);
  render();
})();
