// JobProgress legacy web app (top page): hash routes rendered by string templates and innerHTML, a
// Bootstrap 2 dropdown under the profile name, Settings as a nav-list, the Developers token list
// from the backend, and "Generate Token" a link whose href is opened in a Fancybox iframe modal.
(function () {
  var JP = window.JP = window.JP || {};
  var view = document.getElementById('view');
  // After the token modal closes: www reloads the whole page (as the app did for years), the bare
  // host reloads the list only.
  JP.reloadAfterModal = location.hostname.indexOf('www.') === 0 ? 'page' : 'list';

  function xhr(method, path, body, done, fail) {
    var x = new XMLHttpRequest();
    x.open(method, '/__sandbox__/' + path, true);
    x.setRequestHeader('Accept', 'application/json');
    if (body) x.setRequestHeader('Content-Type', 'application/json; charset=utf-8');
    x.onreadystatechange = function () {
      if (x.readyState !== 4) return;
      var data = null;
      try { data = JSON.parse(x.responseText); } catch (e) { data = null; }
      if (x.status >= 200 && x.status < 300) done(data);
      else if (fail) fail((data && data.error && data.error.message) || 'An error occurred.');
    };
    x.send(body ? JSON.stringify(body) : null);
  }
  function esc(s) {
    return String(s == null ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function shortDate(iso) {
    var d = new Date(iso);
    var mm = ('0' + (d.getMonth() + 1)).slice(-2), dd = ('0' + d.getDate()).slice(-2);
    return mm + '/' + dd + '/' + d.getFullYear();
  }
  // The list never carries token values: a masked tail derived from the token's name and id.
  function maskedTail(t) {
    var n = 11, s = t.id + '|' + t.name;
    for (var i = 0; i < s.length; i++) n = (n * 33 + s.charCodeAt(i)) % 65536;
    return '••••' + ('000' + n.toString(16)).slice(-4);
  }

  // Bootstrap 2 dropdown.
  document.addEventListener('click', function (e) {
    var toggle = e.target.closest('.dropdown-toggle');
    var open = document.querySelectorAll('.dropdown.open');
    for (var i = 0; i < open.length; i++) if (!toggle || open[i] !== toggle.parentNode) open[i].className = open[i].className.replace(' open', '');
    if (toggle) {
      e.preventDefault();
      var li = toggle.parentNode;
      if (li.className.indexOf(' open') >= 0) li.className = li.className.replace(' open', '');
      else li.className += ' open';
    }
  });

  var SETTINGS = [
    ['company', 'Company Settings'],
    ['users', 'Users'],
    ['workflow', 'Workflow Stages'],
    ['templates', 'Email Templates'],
    ['integrations', 'Integrations'],
    ['developers', 'Developers'],
  ];

  function settingsPage(section, body) {
    var items = SETTINGS.map(function (s) {
      return '<li' + (s[0] === section ? ' class="active"' : '') + '><a href="#/settings' + (s[0] === 'company' ? '' : '/' + s[0]) + '">' + s[1] + '</a></li>';
    }).join('');
    return '<div class="row-fluid"><div class="span3"><div class="well well-nav"><ul class="nav nav-list"><li class="nav-header">Settings</li>' + items +
      '</ul></div></div><div class="span9"><div class="well">' + body + '</div></div></div>';
  }

  function companySettings() {
    return '<div class="page-header"><h2>Company Settings</h2></div><form class="form-horizontal">' +
      [['Company Name', 'Acme Roofing & Siding'], ['Phone', '(555) 201-4410'], ['Address', '88 Ridge Rd, Springfield']].map(function (f, i) {
        return '<div class="control-group"><label class="control-label" for="co' + i + '">' + f[0] + '</label><div class="controls"><input type="text" id="co' + i + '" value="' + esc(f[1]) + '"></div></div>';
      }).join('') + '</form>';
  }

  function developers() {
    return '<div class="page-header clearfix">' +
      '<a href="/app/developers/tokens/new" class="btn btn-primary pull-right fancybox-token" title="New API Token"><i class="icon-plus icon-white"></i> Generate Token</a>' +
      '<h2>Developers</h2></div>' +
      '<h4>Public API Tokens</h4>' +
      '<p class="muted">Tokens allow other applications to access your JobProgress account through the public API.</p>' +
      '<table class="table table-striped table-bordered" id="tokensTable"><thead><tr><th>Token Name</th><th>Token</th><th>Created On</th><th>Action</th></tr></thead>' +
      '<tbody><tr><td colspan="4" class="loading">Loading...</td></tr></tbody></table>';
  }

  JP.loadTokens = function () {
    var table = document.getElementById('tokensTable');
    if (!table) return;
    var tbody = table.tBodies[0];
    tbody.innerHTML = '<tr><td colspan="4" class="loading">Loading...</td></tr>';
    xhr('GET', 'tokens', null, function (tokens) {
      if (!tokens.length) { tbody.innerHTML = '<tr><td colspan="4" class="loading">No tokens yet.</td></tr>'; return; }
      tbody.innerHTML = tokens.map(function (t) {
        return '<tr data-id="' + esc(t.id) + '"><td>' + esc(t.name) + '</td><td><span class="masked">' + maskedTail(t) + '</span></td><td>' + shortDate(t.createdAt) +
          '</td><td><a href="javascript:;" class="revoke-token" data-id="' + esc(t.id) + '" data-name="' + esc(t.name) + '">Revoke</a></td></tr>';
      }).join('');
    }, function (message) { tbody.innerHTML = '<tr><td colspan="4" class="loading">' + esc(message) + '</td></tr>'; });
  };

  view.addEventListener('click', function (e) {
    var revoke = e.target.closest('.revoke-token');
    if (!revoke) return;
    e.preventDefault();
    if (window.confirm('Revoke the token "' + revoke.getAttribute('data-name') + '"? Applications using it will stop working.')) {
      xhr('POST', 'tokens/' + revoke.getAttribute('data-id') + '/revoke', {}, JP.loadTokens);
    }
  });

  // $('.fancybox-token').fancybox({ type: 'iframe', … }) — delegated, as the view is re-rendered.
  window.$.fancyboxLinks(view, '.fancybox-token', {
    type: 'iframe',
    width: 520,
    minHeight: 140,
    helpers: { overlay: { closeClick: false, locked: true }, title: { type: 'float' } },
    afterClose: function () {
      if (JP.reloadAfterModal === 'page') window.location.reload();
      else JP.loadTokens();
    },
  });

  function placeholder(title, text) {
    return '<div class="well"><div class="page-header"><h2>' + esc(title) + '</h2></div><p class="muted">' + esc(text || 'Nothing to show here in this sandbox.') + '</p></div>';
  }

  function dashboard() {
    return '<div class="well"><div class="page-header"><h2>Dashboard</h2></div>' +
      '<div class="alert alert-info">Good morning, Jane. 3 appointments scheduled today.</div>' +
      '<div class="dash-tiles">' +
      '<div class="dash-tile"><b>12</b>Open jobs</div><div class="dash-tile"><b>4</b>Estimates awaiting signature</div>' +
      '<div class="dash-tile"><b>$48,210</b>Sold this month</div><div class="dash-tile"><b>7</b>New leads</div></div></div>';
  }

  function render() {
    var hash = location.hash || '#/dashboard';
    var parts = hash.replace(/^#\/?/, '').split('/');
    var navLinks = document.querySelectorAll('#mainNav > li');
    for (var i = 0; i < navLinks.length; i++) {
      navLinks[i].className = navLinks[i].firstChild.getAttribute('href') === '#/' + parts[0] ? 'active' : '';
    }
    if (parts[0] === 'settings') {
      var section = parts[1] || 'company';
      var found = SETTINGS.filter(function (s) { return s[0] === section; })[0];
      if (section === 'developers') {
        view.innerHTML = settingsPage(section, developers());
        JP.loadTokens();
      } else if (section === 'company') view.innerHTML = settingsPage(section, companySettings());
      else view.innerHTML = settingsPage(section, '<div class="page-header"><h2>' + esc(found ? found[1] : 'Settings') + '</h2></div><p class="muted">Nothing to show here in this sandbox.</p>');
    } else if (parts[0] === 'dashboard') view.innerHTML = dashboard();
    else view.innerHTML = placeholder(parts[0].charAt(0).toUpperCase() + parts[0].slice(1));
    document.title = (parts[0] === 'settings' ? 'Settings' : parts[0].charAt(0).toUpperCase() + parts[0].slice(1)) + ' | JobProgress';
  }
  window.addEventListener('hashchange', render);
  render();
})();
