// ServiceTitan main app, older look: a Settings menu whose Integrations group opens on click,
// booking provider tags as cards (definition lists), Add Tag in a side drawer (name labelled by a
// sibling div, description by its placeholder only, Add as <input type=button>), API Application
// Access with a home-made restriction drop-down and an "Accept" link. Hash routes, no ARIA.
(function () {
  var app = document.getElementById('app');
  function api(path, body) {
    return fetch('/__sandbox__/' + path, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error((j.error && j.error.message) || 'Error'); return j; }); });
  }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
  function on(e, fn) { e.addEventListener('click', fn); return e; }
  var integrationsOpen = false;

  var MENU = [
    ['Company', [['Business Units', '#/settings/company/business-units'], ['Tag Types', '#/settings/company/tags']]],
    ['Integrations', [['API Application Access', '#/settings/integrations/api-application-access'], ['Booking Providers', '#/settings/integrations/booking-provider-tags'], ['Call Tracking', '#/settings/integrations/call-tracking']]],
    ['People', [['Employees', '#/settings/people/employees']]],
  ];

  function header() {
    var h = el('div', 'hdr');
    h.appendChild(el('div', 'logo', 'ServiceTitan'));
    [['Dispatch', '#/dispatch'], ['Calls', '#/calls'], ['Reports', '#/reports'], ['Settings', '#/settings']].forEach(function (n) {
      h.appendChild(on(el('div', 'nav' + (location.hash.indexOf(n[1]) === 0 ? ' on' : ''), n[0]), function () { location.hash = n[1]; }));
    });
    return h;
  }

  function settings(body) {
    var side = el('div', 'side');
    var menu = el('div', 'menu');
    MENU.forEach(function (g) {
      var open = g[0] !== 'Integrations' || integrationsOpen || location.hash.indexOf('#/settings/integrations') === 0;
      menu.appendChild(on(el('div', 'grp', (open ? '▾ ' : '▸ ') + g[0]), function () { if (g[0] === 'Integrations') { integrationsOpen = !open; render(); } }));
      if (open) g[1].forEach(function (i) {
        menu.appendChild(on(el('div', 'itm' + (location.hash === i[1] ? ' on' : ''), i[0]), function () { location.hash = i[1]; }));
      });
    });
    side.appendChild(menu);
    var b = el('div', 'body');
    b.appendChild(body);
    side.appendChild(b);
    return side;
  }

  function bookingProviders() {
    var w = el('div');
    w.appendChild(el('div', 'ttl', 'Booking Provider Tags'));
    var add = el('a', 'btn', '+ Add Tag');
    add.href = 'javascript:void(0)';
    w.appendChild(add);
    var cards = el('div', 'cards');
    cards.style.marginTop = '14px';
    w.appendChild(cards);
    function load() {
      api('tags').then(function (tags) {
        cards.textContent = '';
        tags.forEach(function (t) {
          var c = el('div', 'tagcard');
          c.appendChild(el('div', 'tc-name', t.name));
          var dl = el('dl');
          dl.appendChild(el('dt', '', 'Description'));
          dl.appendChild(el('dd', '', t.description || '-'));
          dl.appendChild(el('dt', '', 'Booking Provider ID'));
          dl.appendChild(el('dd', '', t.id));
          c.appendChild(dl);
          cards.appendChild(c);
        });
      });
    }
    on(add, function () {
      var overlay = el('div', 'overlay');
      var drawer = el('div', 'drawer');
      drawer.appendChild(el('div', 'dr-t', 'Add Booking Provider Tag'));
      drawer.appendChild(el('div', 'muted', 'Fill out details to create a tag'));
      drawer.appendChild(el('div', '', 'Name *')).style.marginTop = '14px';
      var name = el('input');
      name.type = 'text';
      drawer.appendChild(name);
      var desc = el('input');
      desc.type = 'text';
      desc.placeholder = 'Add description (Optional)';
      drawer.appendChild(desc);
      var err = el('div');
      err.style.color = '#c00';
      drawer.appendChild(err);
      var close = function () { overlay.remove(); drawer.remove(); };
      var cancel = el('input', 'btn plain');
      cancel.type = 'button';
      cancel.value = 'Cancel';
      var ok = el('input', 'btn');
      ok.type = 'button';
      ok.value = 'Add';
      ok.style.marginLeft = '8px';
      drawer.appendChild(on(cancel, close));
      drawer.appendChild(on(ok, function () {
        api('tags', { name: name.value, description: desc.value }).then(function () { close(); load(); }, function (e) { err.textContent = e.message; });
      }));
      on(overlay, close);
      document.body.appendChild(overlay);
      document.body.appendChild(drawer);
      name.focus();
    });
    load();
    return w;
  }

  function apiAccess() {
    var w = el('div');
    w.appendChild(el('div', 'ttl', 'API Application Access'));
    var connect = on(el('span', 'btn blue', 'Connect New App'), function () { chooseApp(w); });
    w.appendChild(connect);
    var listing = el('div');
    listing.style.marginTop = '14px';
    w.appendChild(listing);
    api('apps').then(function (apps) {
      var connected = apps.filter(function (a) { return a.allowedByTenant; });
      if (!connected.length) listing.appendChild(el('div', 'muted', 'No connected applications.'));
      connected.forEach(function (a) {
        var r = el('div', 'approw');
        r.appendChild(el('div', 'nm', a.name));
        r.appendChild(el('div', 'meta', 'Connected'));
        listing.appendChild(r);
      });
    });
    return w;
  }

  function chooseApp(w) {
    api('apps').then(function (apps) {
      w.textContent = '';
      w.appendChild(el('div', 'ttl', 'Connect New App'));
      w.appendChild(el('div', 'muted', 'Applications available to this tenant:'));
      apps.filter(function (a) { return !a.allowedByTenant; }).forEach(function (a) {
        var r = el('div', 'approw');
        r.appendChild(el('div', 'nm', a.name));
        r.appendChild(el('div', 'meta', 'by ' + a.organization));
        var c = el('a', 'lnk', 'Connect');
        c.href = 'javascript:void(0)';
        r.appendChild(on(c, function () { terms(w, a); }));
        w.appendChild(r);
      });
    });
  }

  function terms(w, a) {
    api('tags').then(function (tags) {
      w.textContent = '';
      w.appendChild(el('div', 'ttl', 'Connect ' + a.name));
      var ul = el('ul');
      a.scopes.read.forEach(function (s) { ul.appendChild(el('li', '', 'View ' + s)); });
      a.scopes.write.forEach(function (s) { ul.appendChild(el('li', '', 'Modify ' + s)); });
      w.appendChild(el('div', '', 'This application will be able to:'));
      w.appendChild(ul);
      var r = el('div', 'row2');
      r.appendChild(el('div', 'lab', 'Restriction by booking_provider for Bookings'));
      var dd = el('div', 'dd');
      var shown = el('span', '', 'Select...');
      var list = el('div', 'dd-list');
      dd.appendChild(shown);
      dd.appendChild(list);
      var chosen = '';
      tags.forEach(function (t) {
        list.appendChild(on(el('div', 'dd-opt', t.name), function (e) { e.stopPropagation(); chosen = t.id; shown.textContent = t.name; dd.classList.remove('open'); }));
      });
      on(dd, function (e) { e.stopPropagation(); dd.classList.toggle('open'); });
      var ctl = el('div', 'ctl');
      ctl.appendChild(dd);
      r.appendChild(ctl);
      w.appendChild(r);
      w.appendChild(el('div', 'muted', 'Terms and Conditions: by accepting you allow the application to access your data as listed above. You can revoke access at any time.'));
      var err = el('div');
      err.style.color = '#c00';
      w.appendChild(err);
      var accept = el('a', 'btn', 'Accept');
      accept.href = 'javascript:void(0)';
      accept.style.marginTop = '12px';
      w.appendChild(on(accept, function () {
        api('apps/' + a.id + '/connect', chosen ? { bookingProviderTagId: chosen } : {}).then(function () { render(); }, function (e) { err.textContent = e.message; });
      }));
    });
  }

  function render() {
    app.textContent = '';
    app.appendChild(header());
    var hash = location.hash || '#/dispatch';
    if (hash.indexOf('#/settings') === 0) {
      var body;
      if (hash === '#/settings/integrations/booking-provider-tags') body = bookingProviders();
      else if (hash === '#/settings/integrations/api-application-access') body = apiAccess();
      else { body = el('div'); body.appendChild(el('div', 'ttl', 'Settings')); body.appendChild(el('div', 'muted', 'Pick a setting from the menu.')); }
      app.appendChild(settings(body));
    } else {
      var w = el('div', 'wrap');
      w.appendChild(el('div', 'ttl', hash === '#/dispatch' ? 'Dispatch Board' : hash.slice(2)));
      w.appendChild(el('div', 'muted', 'Not part of the sandbox.'));
      app.appendChild(w);
    }
  }
  document.addEventListener('click', function () { document.querySelectorAll('.dd.open').forEach(function (d) { d.classList.remove('open'); }); });
  window.addEventListener('hashchange', render);
  render();
})();
