// Booking Provider Tags: the GridView (ID · Name · Description · Active · Edit) written while the
// page parses, sorted by name; inactive tags greyed ("… (old)", "Do not use"); Add Tag opens the
// modal dialog "Add Booking Provider Tag"; Add posts the tag and reloads the frame's page, which
// then says the tag was saved and lists it with its ID.
(function () {
  var L = window.Legacy;

  function inactive(t) {
    return /\(old\)\s*$/i.test(t.name) || /do not use/i.test(t.description || '');
  }
  function showInactive() {
    return L.query('showInactive') !== '0';
  }

  function writeMessage() {
    var saved = L.query('saved');
    if (saved) document.write('<div class="msg msg-success" id="ctl00_MainContent_lblSaved">Booking provider tag &quot;' + L.esc(saved) + '&quot; was saved.</div>');
  }

  function writeInactiveToggle() {
    document.write(showInactive()
      ? '<a class="btn" href="?showInactive=0" id="ctl00_MainContent_lnkInactive">Hide Inactive</a>'
      : '<a class="btn" href="?showInactive=1" id="ctl00_MainContent_lnkInactive">Show Inactive</a>');
  }

  function writeGrid() {
    var tags = L.getSync('tags').slice().sort(function (a, b) { return a.name.localeCompare(b.name); });
    if (!showInactive()) tags = tags.filter(function (t) { return !inactive(t); });
    var html = ['<table class="GridView" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvTags" style="border-collapse:collapse;">',
      '<tr class="GridHeader"><th scope="col">ID</th><th scope="col">Name</th><th scope="col">Description</th><th scope="col">Active</th><th scope="col">&nbsp;</th></tr>'];
    if (!tags.length) html.push('<tr class="GridEmpty"><td colspan="5">No booking provider tags.</td></tr>');
    tags.forEach(function (t, i) {
      var off = inactive(t);
      html.push('<tr class="' + (i % 2 ? 'GridAltRow' : 'GridRow') + (off ? ' inactive' : '') + '">' +
        '<td class="num">' + L.esc(t.id) + '</td>' +
        '<td>' + L.esc(t.name) + '</td>' +
        '<td>' + (t.description ? L.esc(t.description) : '&nbsp;') + '</td>' +
        '<td><span class="aspNetDisabled"><input id="ctl00_MainContent_gvTags_chkActive_' + i + '" type="checkbox" name="ctl00$MainContent$gvTags$ctl0' + (i + 2) + '$chkActive"' + (off ? '' : ' checked="checked"') + ' disabled="disabled" /></span></td>' +
        '<td><a href="javascript:__doPostBack(&#39;ctl00$MainContent$gvTags&#39;,&#39;Edit$' + i + '&#39;)">Edit</a></td></tr>');
    });
    html.push('<tr class="GridPager"><td colspan="5">Page 1 of 1 &nbsp; (' + tags.length + ' items)</td></tr></table>');
    document.write(html.join(''));
  }

  function init() {
    var name = document.getElementById('ctl00_MainContent_txtTagName');
    var desc = document.getElementById('ctl00_MainContent_txtTagDescription');
    var required = document.getElementById('ctl00_MainContent_rfvTagName');
    var error = document.getElementById('ctl00_MainContent_addTagError');
    var dlg = L.dialog(document.getElementById('dlgAddTag'), {
      title: 'Add Booking Provider Tag',
      width: 440,
      modal: true,
      buttons: [
        ['Cancel', function () { this.close(); }],
        ['Add', function () {
          var api = this;
          required.style.display = 'none';
          error.style.display = 'none';
          if (!name.value.replace(/\s+/g, '')) { required.style.display = 'block'; return; }
          L.setDisabled(api.buttons.Add, true);
          L.post('tags', { name: name.value, description: desc.value }, function (tag) {
            api.close();
            // The postback's answer: the page again, with the new row.
            location.replace(location.pathname + '?saved=' + encodeURIComponent(tag.name));
          }, function (message) {
            L.setDisabled(api.buttons.Add, false);
            error.innerHTML = L.esc(message);
            error.style.display = 'block';
          });
        }],
      ],
      open: function () {
        name.value = '';
        desc.value = '';
        required.style.display = 'none';
        error.style.display = 'none';
      },
    });
    document.getElementById('ctl00_MainContent_btnAddTag').onclick = function () { dlg.open(); };
  }

  window.BookingProviderTags = { writeMessage: writeMessage, writeInactiveToggle: writeInactiveToggle, writeGrid: writeGrid, init: init };
})();
