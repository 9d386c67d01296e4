// Developer Portal as older docs show it: "My Applications", "New Apps", View/Modify scope columns,
// "View Connections", "Not Connected Yet", "Generate Secret"; plain divs with click handlers, labels
// in sibling divs, a home-made drop-down, and a role-less box that shows the secret and closes
// itself 2 seconds later. Pages are /custom/my-apps/?view=…&app=… (query strings, full reloads).
(function () {
  var app = document.getElementById('app');
  function api(path, body) {
    return fetch('/__sandbox__/' + path, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error((j.error && j.error.message) || 'Error'); return j; }); });
  }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
  function on(e, fn) { e.addEventListener('click', fn); return e; }
  function go(url) { location.href = url; }
  var params = new URLSearchParams(location.search);

  function header(active) {
    var h = el('div', 'hdr');
    h.appendChild(el('div', 'logo', 'ServiceTitan Developer Portal'));
    [['Documentation', '/docs'], ['API Explorer', '/explorer'], ['My Applications', '/custom/my-apps/']].forEach(function (n) {
      h.appendChild(on(el('div', 'nav' + (active === n[0] ? ' on' : ''), n[0]), function () { go(n[1]); }));
    });
    return h;
  }
  function page(active, title) {
    app.appendChild(header(active));
    var w = el('div', 'wrap');
    if (title) w.appendChild(el('div', 'ttl', title));
    app.appendChild(w);
    return w;
  }
  function row(label, control) {
    var r = el('div', 'row2');
    r.appendChild(el('div', 'lab', label));
    var c = el('div', 'ctl');
    c.appendChild(control);
    r.appendChild(c);
    return r;
  }
  function input(value) { var i = el('input'); i.type = 'text'; if (value) i.value = value; return i; }
  /** A home-made drop-down: a div showing the choice, a list of divs under it. */
  function dropdown(options, placeholder) {
    var d = el('div', 'dd');
    var shown = el('span', '', placeholder);
    var list = el('div', 'dd-list');
    d.appendChild(shown);
    d.appendChild(list);
    d.value = '';
    options.forEach(function (o) {
      list.appendChild(on(el('div', 'dd-opt', o), function (e) { e.stopPropagation(); d.value = o; shown.textContent = o; d.classList.remove('open'); }));
    });
    on(d, function (e) { e.stopPropagation(); d.classList.toggle('open'); });
    document.addEventListener('click', function () { d.classList.remove('open'); });
    return d;
  }
  function toast(text) { var t = el('div', 'toast', text); document.body.appendChild(t); setTimeout(function () { t.remove(); }, 2500); }

  function signin() {
    var w = el('div', 'wrap');
    w.style.maxWidth = '520px';
    w.style.margin = '80px auto';
    w.appendChild(el('div', 'ttl', 'ServiceTitan Developer Portal'));
    w.appendChild(el('div', 'muted', 'Choose how to sign in.'));
    [['Login as Production Environment User', 'production'], ['Login as Integration Environment User', 'integration']].forEach(function (o) {
      var b = on(el('div', 'btn blue', o[0]), function () { document.cookie = 'st_env=' + o[1] + '; path=/'; go('/custom/my-apps/'); });
      b.style.display = 'block';
      b.style.margin = '14px 0';
      b.style.padding = '12px';
      w.appendChild(b);
    });
    app.appendChild(w);
  }

  function list() {
    var w = page('My Applications', 'My Applications');
    var bar = el('div');
    bar.style.margin = '0 0 12px';
    bar.appendChild(on(el('div', 'btn', 'New Apps'), function () { go('/custom/my-apps/?view=new'); }));
    w.appendChild(bar);
    var holder = el('div', '', 'Loading...');
    w.appendChild(holder);
    api('apps').then(function (apps) {
      holder.textContent = apps.length ? '' : 'No applications yet.';
      apps.forEach(function (a) {
        var r = el('div', 'approw');
        r.appendChild(el('div', 'nm', a.name));
        r.appendChild(el('div', 'meta', 'Id ' + a.id + ' · ' + (a.category || 'No category')));
        r.appendChild(on(el('span', 'lnk', 'View Connections'), function () { go('/custom/my-apps/?view=connections&app=' + a.id); }));
        r.appendChild(on(el('span', 'lnk', 'Edit'), function () { go('/custom/my-apps/?view=edit&app=' + a.id); }));
        holder.appendChild(r);
      });
    });
  }

  function section(title) {
    var s = el('div', 'sec');
    s.appendChild(el('div', 'sec-h', title));
    var b = el('div', 'sec-b');
    s.appendChild(b);
    return { box: s, body: b };
  }

  function newApp() {
    var w = page('My Applications', 'New Application');
    var org = input(), homepage = input(), email = input(), name = input();
    var desc = el('textarea');
    var category = dropdown(['Accounting', 'CRM', 'Marketing', 'Telecom', 'Web Scheduler', 'Other'], 'Select...');
    var dev = section('Developer');
    dev.body.appendChild(row('Organization', org));
    dev.body.appendChild(row('Homepage', homepage));
    dev.body.appendChild(row('Email Address', email));
    w.appendChild(dev.box);
    var det = section('Application');
    det.body.appendChild(row('Application Name', name));
    det.body.appendChild(row('Description', desc));
    det.body.appendChild(row('App Category', category));
    var tenants = el('div', '', 'Acme Roofing');
    det.body.appendChild(row('Tenants', tenants));
    det.body.appendChild(row('Customer Global Network(s)', el('div', 'muted', 'None')));
    det.body.appendChild(row('External Data Application GUID', input('9b2d4c61-0f3e-4a8b-b7d5-2e6f1a9c3d70')));
    var creds = el('div');
    ['The tenant will configure the credentials', 'I, the app developer, will configure the credentials on behalf of each tenant'].forEach(function (t, i) {
      var o = el('div', 'opt');
      var r = el('input');
      r.type = 'radio';
      r.name = 'ccm';
      r.value = t;
      if (i === 0) r.checked = true;
      o.appendChild(r);
      o.appendChild(el('span', '', t));
      creds.appendChild(o);
    });
    det.body.appendChild(row('Client Credentials Management', creds));
    w.appendChild(det.box);
    var sc = section('API Scopes');
    var table = el('table', 'sc');
    var head = el('tr');
    head.appendChild(el('th', '', 'API Endpoint'));
    head.appendChild(el('th', 'c', 'View'));
    head.appendChild(el('th', 'c', 'Modify'));
    table.appendChild(head);
    window.ST_SCOPE_GROUPS.forEach(function (g) {
      var gr = el('tr', 'grp');
      var td = el('td', '', g[0]);
      td.colSpan = 3;
      var boxes = [];
      td.appendChild(on(el('span', 'lnk', 'All'), function () { boxes.forEach(function (b) { b.checked = true; }); }));
      td.appendChild(on(el('span', 'lnk', 'None'), function () { boxes.forEach(function (b) { b.checked = false; }); }));
      gr.appendChild(td);
      table.appendChild(gr);
      g[1].forEach(function (endpoint) {
        var tr = el('tr');
        tr.appendChild(el('td', '', endpoint));
        ['read', 'write'].forEach(function (perm) {
          var c = el('td', 'c');
          var b = el('input');
          b.type = 'checkbox';
          b.setAttribute('data-scope', endpoint);
          b.setAttribute('data-perm', perm);
          boxes.push(b);
          c.appendChild(b);
          tr.appendChild(c);
        });
        table.appendChild(tr);
      });
    });
    sc.body.appendChild(table);
    w.appendChild(sc.box);
    var err = el('div');
    err.style.color = '#c00';
    var create = el('input');
    create.type = 'button';
    create.value = 'Create App';
    create.className = 'btn';
    w.appendChild(err);
    w.appendChild(create);
    on(create, function () {
      if (!name.value.trim() || !org.value.trim()) { err.textContent = 'Organization and Application Name are required.'; return; }
      var picked = function (perm) { return Array.prototype.slice.call(table.querySelectorAll('input[data-perm="' + perm + '"]')).filter(function (b) { return b.checked; }).map(function (b) { return b.getAttribute('data-scope'); }); };
      var ccm = creds.querySelector('input:checked');
      api('apps', { name: name.value, organization: org.value, homepage: homepage.value, email: email.value, description: desc.value, category: category.value, credentialsManagement: ccm ? ccm.value : '', scopes: { read: picked('read'), write: picked('write') } })
        .then(function () { go('/custom/my-apps/'); }, function (e) { err.textContent = e.message; });
    });
  }

  function secretBox(a) {
    var overlay = el('div', 'overlay');
    var box = el('div', 'box');
    box.appendChild(el('div', 'box-t', 'Generate a new client secret?'));
    box.appendChild(el('div', '', 'Tenant ID: ' + a.tenantId));
    box.appendChild(el('div', '', 'Client ID: ' + a.clientId));
    box.appendChild(el('div', 'muted', 'The current secret stops working when a new one is generated.'));
    var f = el('div', 'box-f');
    var close = function () { overlay.remove(); box.remove(); };
    f.appendChild(on(el('div', 'btn plain', 'Cancel'), close));
    f.appendChild(on(el('div', 'btn', 'Yes, Continue'), function () {
      api('apps/' + a.id + '/secret', {}).then(function (res) {
        box.textContent = '';
        box.appendChild(el('div', 'box-t', 'Client Secret'));
        box.appendChild(el('span', 'secret', res.clientSecret));
        box.appendChild(el('div', 'muted', 'Copy the secret now: it will not be shown again. This window closes by itself.'));
        setTimeout(function () { close(); location.reload(); }, 2000);
      });
    }));
    box.appendChild(f);
    document.body.appendChild(overlay);
    document.body.appendChild(box);
  }

  function connections(id) {
    var w = page('My Applications');
    var holder = el('div', '', 'Loading...');
    w.appendChild(holder);
    api('apps/' + id).then(function (a) {
      holder.textContent = '';
      holder.appendChild(el('div', 'ttl', 'Connections for ' + a.name));
      holder.appendChild(el('div', 'muted', 'Application Id ' + a.id + ' · created ' + new Date(a.createdAt).toLocaleDateString('en-US')));
      var t = el('table', 'cn');
      var hr = el('tr');
      ['Tenant ID', 'Client ID', 'Allowed by Tenant', 'Client Secret'].forEach(function (x) { hr.appendChild(el('th', '', x)); });
      t.appendChild(hr);
      var r = el('tr');
      r.appendChild(el('td', '', a.tenantId));
      r.appendChild(el('td', '', a.clientId));
      var allowed = el('td');
      if (a.allowedByTenant) allowed.appendChild(el('span', 'dot'));
      else allowed.appendChild(el('span', 'muted', 'Not Connected Yet'));
      r.appendChild(allowed);
      var s = el('td');
      if (a.hasClientSecret) s.appendChild(el('span', 'muted', 'Generated · '));
      if (a.allowedByTenant) s.appendChild(on(el('span', 'lnk', 'Generate Secret'), function () { secretBox(a); }));
      else s.appendChild(el('span', 'muted', 'Available once the tenant allows the app'));
      r.appendChild(s);
      t.appendChild(r);
      holder.appendChild(t);
    });
  }

  function edit(id) {
    var w = page('My Applications', 'Edit Application');
    var holder = el('div', '', 'Loading...');
    w.appendChild(holder);
    api('apps/' + id).then(function (a) {
      holder.textContent = '';
      var s = section('App Details');
      s.body.appendChild(el('div', 'muted', 'All fields are required'));
      s.body.appendChild(row('Application Name', input(a.name)));
      var d = el('textarea');
      d.value = a.description;
      s.body.appendChild(row('Description', d));
      s.body.appendChild(row('App Category', el('div', '', a.category)));
      holder.appendChild(s.box);
      var k = section('Keys');
      var dl = el('dl', 'kv');
      dl.appendChild(el('dt', '', 'Application Key'));
      dl.appendChild(el('dd', '', a.applicationKey));
      k.body.appendChild(dl);
      holder.appendChild(k.box);
      holder.appendChild(on(el('div', 'btn', 'Save'), function () { toast('Saved.'); }));
    });
  }

  var view = params.get('view');
  if (location.pathname === '/signin') signin();
  else if (location.pathname.indexOf('/custom/my-apps') === 0) {
    if (view === 'new') newApp();
    else if (view === 'connections') connections(params.get('app'));
    else if (view === 'edit') edit(params.get('app'));
    else list();
  } else {
    var w = page('', 'Welcome to the ServiceTitan Developer Portal');
    w.appendChild(el('div', 'muted', 'Open My Applications to manage your apps.'));
  }
})();
