// API Application Access: the connected apps' GridView; "Connect New App" is a link that loads the
// frame's next page, the apps waiting for the tenant (GridView with a Connect link per row); Connect
// opens the modal dialog "Connect <app>" (scopes, the restriction as a <select> the page wrote with
// every tag, Terms and Conditions, a checkbox that enables Accept); Accept posts and loads the
// first page again with "<app> has been connected."
(function () {
  var L = window.Legacy;
  var apps = null;
  var tags = null;
  function loadApps() { return apps || (apps = L.getSync('apps')); }
  function loadTags() { return tags || (tags = L.getSync('tags').slice().sort(function (a, b) { return a.name.localeCompare(b.name); })); }

  function writeMessage() {
    var done = L.query('connected');
    if (done) document.write('<div class="msg msg-success" id="ctl00_MainContent_lblConnected">' + L.esc(done) + ' has been connected.</div>');
  }

  function grid(id, headers, rows, empty) {
    var html = ['<table class="GridView" cellspacing="0" rules="all" border="1" id="' + id + '" style="border-collapse:collapse;"><tr class="GridHeader">'];
    headers.forEach(function (h) { html.push('<th scope="col">' + h + '</th>'); });
    html.push('</tr>');
    if (!rows.length) html.push('<tr class="GridEmpty"><td colspan="' + headers.length + '">' + empty + '</td></tr>');
    rows.forEach(function (cells, i) {
      html.push('<tr class="' + (i % 2 ? 'GridAltRow' : 'GridRow') + '">' + cells.map(function (c) { return '<td>' + c + '</td>'; }).join('') + '</tr>');
    });
    html.push('</table>');
    return html.join('');
  }

  function writeConnected() {
    var byId = {};
    loadTags().forEach(function (t) { byId[t.id] = t.name; });
    var rows = loadApps().filter(function (a) { return a.allowedByTenant; }).map(function (a, i) {
      return [L.esc(a.name), L.esc(a.organization), L.esc(a.id), a.bookingProviderTagId ? L.esc(byId[a.bookingProviderTagId] || '') : 'None', 'Connected',
        '<a href="javascript:__doPostBack(&#39;ctl00$MainContent$gvApps&#39;,&#39;Disconnect$' + i + '&#39;)">Disconnect</a>'];
    });
    document.write(grid('ctl00_MainContent_gvApps', ['Application', 'Developer', 'App ID', 'Booking Provider Restriction', 'Status', '&nbsp;'], rows, 'No applications are connected.'));
  }

  function writeAvailable() {
    var rows = loadApps().filter(function (a) { return !a.allowedByTenant; }).map(function (a) {
      return [L.esc(a.name), L.esc(a.organization), L.esc(a.id), L.esc(a.homepage || ''),
        '<a class="btn btn-small" href="javascript:void(0)" data-app="' + L.esc(a.id) + '" id="ctl00_MainContent_gvAvailable_lnkConnect_' + L.esc(a.id) + '">Connect</a>'];
    });
    document.write(grid('ctl00_MainContent_gvAvailable', ['Application', 'Developer', 'App ID', 'Homepage', '&nbsp;'], rows, 'No applications are waiting to be connected.'));
  }

  function writeRestrictionSelect() {
    var html = ['<select name="ctl00$MainContent$ddlBookingProvider" id="ctl00_MainContent_ddlBookingProvider" class="text-box"><option selected="selected" value="">-- No restriction --</option>'];
    loadTags().forEach(function (t) { html.push('<option value="' + L.esc(t.id) + '">' + L.esc(t.name) + '</option>'); });
    html.push('</select>');
    document.write(html.join(''));
  }

  function initConnect() {
    var content = document.getElementById('dlgConnect');
    if (!content) return;
    var select = document.getElementById('ctl00_MainContent_ddlBookingProvider');
    var agree = document.getElementById('ctl00_MainContent_chkAgree');
    var error = document.getElementById('ctl00_MainContent_connectError');
    var current = null;
    var dlg = L.dialog(content, {
      title: 'Connect',
      width: 560,
      modal: true,
      buttons: [
        ['Cancel', function () { this.close(); }],
        ['Accept', function () {
          var api = this;
          error.style.display = 'none';
          L.setDisabled(api.buttons.Accept, true);
          L.post('apps/' + current.id + '/connect', select.value ? { bookingProviderTagId: select.value } : {}, function () {
            api.close();
            location.href = '/legacy/settings/api-application-access?connected=' + encodeURIComponent(current.name);
          }, function (message) {
            L.setDisabled(api.buttons.Accept, false);
            error.innerHTML = L.esc(message);
            error.style.display = 'block';
          });
        }],
      ],
    });
    agree.onclick = function () { L.setDisabled(dlg.buttons.Accept, !agree.checked); };
    var links = document.querySelectorAll('a[data-app]');
    for (var i = 0; i < links.length; i++) {
      links[i].onclick = function () {
        var id = this.getAttribute('data-app');
        current = loadApps().filter(function (a) { return a.id === id; })[0];
        dlg.title('Connect ' + current.name);
        document.getElementById('ctl00_MainContent_lblConnectApp').innerHTML = L.esc(current.name);
        document.getElementById('ctl00_MainContent_lblConnectOrg').innerHTML = L.esc(current.organization);
        var items = current.scopes.read.map(function (s) { return '<li>Read: ' + L.esc(s) + '</li>'; }).concat(current.scopes.write.map(function (s) { return '<li>Write: ' + L.esc(s) + '</li>'; }));
        document.getElementById('ctl00_MainContent_lstScopes').innerHTML = items.join('');
        select.selectedIndex = 0;
        agree.checked = false;
        error.style.display = 'none';
        L.setDisabled(dlg.buttons.Accept, true);
        dlg.open();
        return false;
      };
    }
  }

  window.ApiApplicationAccess = { writeMessage: writeMessage, writeConnected: writeConnected, writeAvailable: writeAvailable, writeRestrictionSelect: writeRestrictionSelect, initConnect: initConnect };
})();
