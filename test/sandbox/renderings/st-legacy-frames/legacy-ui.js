// The legacy screens' little library: a synchronous fetch of the page's data (the screens build
// their grids while the document parses, with document.write, as if the server had sent them),
// WebForms' __doPostBack, and a jQuery UI 1.8-style modal dialog: on init the content element is
// wrapped in div.ui-dialog (titlebar span.ui-dialog-title, a close link, .ui-dialog-buttonpane)
// appended hidden to <body>; open() adds div.ui-widget-overlay sized to the document and shows the
// dialog absolutely positioned in the middle of the window; close() hides it again (it stays).
(function () {
  var uid = 0;

  function getSync(path) {
    var x = new XMLHttpRequest();
    x.open('GET', '/__sandbox__/' + path, false);
    x.send(null);
    if (x.status !== 200) throw new Error('GET ' + path + ': ' + x.status);
    return JSON.parse(x.responseText);
  }

  function post(path, body, done, fail) {
    var x = new XMLHttpRequest();
    x.open('POST', '/__sandbox__/' + path, true);
    x.setRequestHeader('Content-Type', 'application/json; charset=utf-8');
    x.onreadystatechange = function () {
      if (x.readyState !== 4) return;
      var data = null;
      try { data = JSON.parse(x.responseText); } catch (e) { data = null; }
      if (x.status >= 200 && x.status < 300) done(data);
      else fail((data && data.error && data.error.message) || 'An error occurred while processing your request.');
    };
    x.send(JSON.stringify(body));
  }

  function esc(s) {
    return String(s == null ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function query(name) {
    var m = new RegExp('[?&]' + name + '=([^&]*)').exec(location.search);
    return m ? decodeURIComponent(m[1].replace(/\+/g, ' ')) : null;
  }

  function uiButton(text, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only';
    b.setAttribute('role', 'button');
    b.setAttribute('aria-disabled', 'false');
    b.innerHTML = '<span class="ui-button-text">' + esc(text) + '</span>';
    b.onmouseover = function () { if (!b.disabled) b.className += ' ui-state-hover'; };
    b.onmouseout = function () { b.className = b.className.replace(/ ui-state-hover/g, ''); };
    b.onclick = onClick;
    return b;
  }

  function setDisabled(b, off) {
    b.disabled = off;
    b.setAttribute('aria-disabled', off ? 'true' : 'false');
    b.className = b.className.replace(/ ui-button-disabled ui-state-disabled/g, '') + (off ? ' ui-button-disabled ui-state-disabled' : '');
  }

  /** $(el).dialog({ autoOpen: false, modal: true, title, width, buttons: [[text, fn]] }) */
  function dialog(content, opts) {
    var id = content.id || 'ui-dlg-' + ++uid;
    var wrap = document.createElement('div');
    wrap.className = 'ui-dialog ui-widget ui-widget-content ui-corner-all ui-draggable ui-resizable';
    wrap.setAttribute('tabindex', '-1');
    wrap.setAttribute('role', 'dialog');
    wrap.setAttribute('aria-labelledby', 'ui-dialog-title-' + id);
    wrap.style.cssText = 'display: none; z-index: 1002; outline: 0px; position: absolute; height: auto; width: ' + (opts.width || 300) + 'px;';
    var bar = document.createElement('div');
    bar.className = 'ui-dialog-titlebar ui-widget-header ui-corner-all ui-helper-clearfix';
    bar.innerHTML = '<span class="ui-dialog-title" id="ui-dialog-title-' + id + '">' + esc(opts.title || '') + '</span>' +
      '<a href="#" class="ui-dialog-titlebar-close ui-corner-all" role="button"><span class="ui-icon ui-icon-closethick">close</span></a>';
    var title = bar.firstChild;
    bar.lastChild.onclick = function () { api.close(); return false; };
    content.className = (content.className ? content.className + ' ' : '') + 'ui-dialog-content ui-widget-content';
    content.style.display = 'block';
    content.style.width = 'auto';
    var pane = document.createElement('div');
    pane.className = 'ui-dialog-buttonpane ui-widget-content ui-helper-clearfix';
    var set = document.createElement('div');
    set.className = 'ui-dialog-buttonset';
    pane.appendChild(set);
    var buttons = {};
    (opts.buttons || []).forEach(function (spec) {
      var b = uiButton(spec[0], function () { if (!b.disabled) spec[1].call(api); });
      buttons[spec[0]] = b;
      set.appendChild(b);
    });
    wrap.appendChild(bar);
    wrap.appendChild(content);
    wrap.appendChild(pane);
    ['e', 's', 'se'].forEach(function (d) {
      var h = document.createElement('div');
      h.className = 'ui-resizable-handle ui-resizable-' + d + (d === 'se' ? ' ui-icon ui-icon-gripsmall-diagonal-se' : '');
      wrap.appendChild(h);
    });
    document.body.appendChild(wrap);
    var overlay = null;

    function onKey(e) {
      if (e.keyCode === 27) api.close();
    }
    var api = {
      element: content,
      widget: wrap,
      buttons: buttons,
      title: function (t) { title.innerHTML = esc(t); },
      open: function () {
        if (opts.modal !== false) {
          overlay = document.createElement('div');
          overlay.className = 'ui-widget-overlay';
          var de = document.documentElement;
          overlay.style.cssText = 'width: ' + Math.max(de.scrollWidth, de.clientWidth) + 'px; height: ' + Math.max(de.scrollHeight, de.clientHeight) + 'px; z-index: 1001;';
          document.body.appendChild(overlay);
        }
        wrap.style.display = 'block';
        var top = (window.pageYOffset || 0) + Math.max(10, (window.innerHeight - wrap.offsetHeight) / 2);
        var left = (window.pageXOffset || 0) + Math.max(10, (window.innerWidth - wrap.offsetWidth) / 2);
        wrap.style.top = Math.round(top) + 'px';
        wrap.style.left = Math.round(left) + 'px';
        document.addEventListener('keydown', onKey);
        var first = content.querySelector('input:not([type=hidden]):not([disabled]), select, textarea');
        (first || wrap).focus();
        if (opts.open) opts.open.call(api);
      },
      close: function () {
        wrap.style.display = 'none';
        if (overlay) { overlay.parentNode.removeChild(overlay); overlay = null; }
        document.removeEventListener('keydown', onKey);
        if (opts.close) opts.close.call(api);
      },
    };
    return api;
  }

  // WebForms' postback for row links: this sandbox has no server side for them, so it says so in the page.
  function doPostBack(target, arg) {
    var box = document.getElementById('postbackMessage');
    if (box) {
      box.style.display = '';
      box.innerHTML = 'This action is not available here (' + esc(target) + ', ' + esc(arg) + ').';
    }
  }

  window.Legacy = { getSync: getSync, post: post, esc: esc, query: query, dialog: dialog, setDisabled: setDisabled };
  window.__doPostBack = doPostBack;
})();
