// JobProgress as Element-UI (Vue 2) renders it. Hash routes #/dashboard, #/settings, #/settings/developers.
// No role on the el-button divs; el-dialog and el-drawer carry Element's own ARIA (role=dialog,
// aria-modal; the drawer named by its header). The token appears only in the drawer.
(function () {
  var root = document.getElementById('app');
  var uid = 0;
  function api(path, body) {
    var init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch('/__sandbox__/' + path, init).then(function (r) {
      return r.json().then(function (j) { if (!r.ok) throw new Error((j.error && j.error.message) || 'Request failed'); return j; });
    });
  }
  function h(tag, cls, kids) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    [].concat(kids === undefined ? [] : kids).forEach(function (k) { e.append(k); });
    return e;
  }
  function button(text, kind, onClick) {
    var b = h('div', 'el-button' + (kind ? ' el-button--' + kind : ''), h('span', '', text));
    b.addEventListener('click', function (e) { if (!b.classList.contains('is-disabled')) onClick(e); });
    return b;
  }
  function notify(title, text) {
    var n = h('div', 'el-notification right', [h('h2', 'el-notification__title', title), h('div', 'el-notification__content', h('p', '', text))]);
    n.setAttribute('role', 'alert');
    document.body.appendChild(n);
    setTimeout(function () { n.remove(); }, 3000);
  }

  // The avatar's el-dropdown: its menu lives at the end of <body>, placed under the avatar by popper.
  var menu = null;
  function closeMenu() { if (menu) { menu.remove(); menu = null; } }
  document.addEventListener('click', closeMenu);
  function header() {
    var items = [['Dashboard', '#/dashboard'], ['Customers', '#/customers'], ['Jobs', '#/jobs'], ['Calendar', '#/calendar']];
    var nav = h('ul', 'el-menu el-menu--horizontal', items.map(function (i) {
      var li = h('li', 'el-menu-item' + (location.hash === i[1] ? ' is-active' : ''), i[0]);
      li.setAttribute('role', 'menuitem');
      li.addEventListener('click', function () { location.hash = i[1]; });
      return li;
    }));
    nav.setAttribute('role', 'menubar');
    var who = h('span', 'el-dropdown-link', ['Jane Cooper ', h('i', 'el-icon-arrow-down', '')]);
    var drop = h('div', 'el-dropdown', [h('span', 'el-avatar', 'JC'), who]);
    drop.addEventListener('click', function (e) {
      e.stopPropagation();
      if (menu) return closeMenu();
      menu = h('ul', 'el-dropdown-menu el-popper', [['My Profile', '#/profile'], ['Settings', '#/settings'], ['Sign Out', '#/dashboard']].map(function (i) {
        var li = h('li', 'el-dropdown-menu__item', i[0]);
        li.tabIndex = -1;
        li.addEventListener('click', function () { closeMenu(); location.hash = i[1]; });
        return li;
      }));
      var r = drop.getBoundingClientRect();
      menu.style.top = r.bottom + 8 + 'px';
      menu.style.right = (document.documentElement.clientWidth - r.right) + 'px';
      document.body.appendChild(menu);
    });
    return h('header', 'el-header', [h('div', 'brand', 'JobProgress'), nav, drop]);
  }

  var SECTIONS = [['Company', '#/settings'], ['Users & Roles', '#/settings/users'], ['Workflow', '#/settings/workflow'], ['Integrations', '#/settings/integrations'], ['Developers', '#/settings/developers']];
  function settingsAside() {
    var ul = h('ul', 'el-menu el-menu--vertical', SECTIONS.map(function (s) {
      var li = h('li', 'el-menu-item' + (location.hash === s[1] ? ' is-active' : ''), h('span', '', s[0]));
      li.addEventListener('click', function () { location.hash = s[1]; });
      return li;
    }));
    return h('aside', 'el-aside', ul);
  }

  // el-table: the header is one <table> in .el-table__header-wrapper, the rows another in
  // .el-table__body-wrapper, aligned by <colgroup>s.
  function table(columns, rows) {
    function cols() { return h('colgroup', '', columns.map(function (c) { var col = h('col'); col.setAttribute('width', c[1]); return col; })); }
    var head = h('table', 'el-table__header', [cols(), h('thead', '', h('tr', '', columns.map(function (c, i) { return h('th', 'el-table_1_column_' + (i + 1) + ' is-leaf', h('div', 'cell', c[0])); })))]);
    var body = h('table', 'el-table__body', [cols(), h('tbody', '', rows.map(function (r) {
      return h('tr', 'el-table__row', r.map(function (v, i) { return h('td', 'el-table_1_column_' + (i + 1), h('div', 'cell', v)); }));
    }))]);
    [head, body].forEach(function (t) { t.setAttribute('cellspacing', '0'); t.setAttribute('cellpadding', '0'); t.setAttribute('border', '0'); });
    var wrap = h('div', 'el-table el-table--fit el-table--enable-row-hover', [h('div', 'el-table__header-wrapper', head), h('div', 'el-table__body-wrapper is-scrolling-none', body)]);
    if (!rows.length) wrap.appendChild(h('div', 'el-table__empty-block', h('span', 'el-table__empty-text', 'No Data')));
    return wrap;
  }

  function developers(main) {
    var card = h('div', 'el-card is-always-shadow');
    var gen = button('Generate Token', 'primary', openNameDialog);
    card.appendChild(h('div', 'el-card__header', [h('span', 't', 'Public API Tokens'), gen]));
    var body = h('div', 'el-card__body', h('div', 'el-table__empty-text', 'Loading'));
    card.appendChild(body);
    main.append(h('h3', '', 'Developers'), card);
    api('tokens').then(function (tokens) {
      var rows = tokens.filter(function (t) { return !t.revoked; }).map(function (t) {
        return [t.name, new Date(t.createdAt).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' }), h('span', '', '••••••••')];
      });
      body.replaceChildren(table([['Name', '40%'], ['Created', '35%'], ['Token', '25%']], rows));
    });
  }

  function openNameDialog() {
    var id = 'el-id-' + (++uid);
    var mask = h('div', 'v-modal');
    var input = h('input', 'el-input__inner');
    input.id = id;
    input.type = 'text';
    input.autocomplete = 'off';
    input.placeholder = 'Please input';
    var label = h('label', 'el-form-item__label', 'Token Name');
    label.setAttribute('for', id);
    var error = h('div', 'el-form-item__error', '');
    var close = function () { wrapper.remove(); mask.remove(); };
    var x = h('button', 'el-dialog__headerbtn', h('i', 'el-dialog__close el-icon el-icon-close', '✕'));
    x.type = 'button';
    x.setAttribute('aria-label', 'Close');
    x.addEventListener('click', close);
    var busy = false;
    var ok = button('Generate', 'primary', function () {
      if (busy) return;
      if (!input.value.trim()) { error.textContent = 'Token name is required'; return; }
      busy = true;
      ok.classList.add('is-disabled');
      api('tokens', { name: input.value.trim() }).then(function (created) {
        close();
        if (window.JP_NEW_TOKEN_IN !== 'notification') notify('Success', 'Token "' + created.name + '" has been created');
        render();
        if (window.JP_NEW_TOKEN_IN === 'message-box') openTokenMessageBox(created.token);
        else if (window.JP_NEW_TOKEN_IN === 'notification') tokenNotification(created.token);
        else openTokenDrawer(created.token);
      }, function (e) { busy = false; ok.classList.remove('is-disabled'); error.textContent = e.message; });
    });
    var dialog = h('div', 'el-dialog', [
      h('div', 'el-dialog__header', [h('span', 'el-dialog__title', 'New Token'), x]),
      h('div', 'el-dialog__body', h('form', 'el-form', h('div', 'el-form-item is-required', [label, h('div', 'el-form-item__content', [h('div', 'el-input', input), error])]))),
      h('div', 'el-dialog__footer', h('span', 'dialog-footer', [button('Cancel', '', close), ok])),
    ]);
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-label', 'New Token');
    dialog.querySelector('form').addEventListener('submit', function (e) { e.preventDefault(); });
    var wrapper = h('div', 'el-dialog__wrapper', dialog);
    document.body.append(mask, wrapper);
    input.focus();
  }

  // el-drawer, direction rtl: it slides in (transform, 300 ms) after being appended.
  function openTokenDrawer(token) {
    var titleId = 'el-drawer__title';
    var close = function () { wrapper.remove(); };
    var x = h('button', 'el-drawer__close-btn', h('i', 'el-dialog__close el-icon el-icon-close', '✕'));
    x.type = 'button';
    x.setAttribute('aria-label', 'close drawer');
    x.addEventListener('click', close);
    // The token coloured by part, as JWT tools show it: header, payload and signature in spans of
    // their own, the dots between them plain text.
    var parts = token.split('.');
    var value = h('span', 'mono', parts.reduce(function (kids, part, i) {
      if (i) kids.push('.');
      kids.push(h('span', 'jwt-' + ['header', 'payload', 'signature'][Math.min(i, 2)], part));
      return kids;
    }, []));
    var table = h('table', 'el-descriptions__table is-bordered', h('tbody', '', [
      h('tr', 'el-descriptions-row', [h('th', 'el-descriptions-item__label is-bordered-label', 'Access Token'), h('td', 'el-descriptions-item__content', value)]),
      h('tr', 'el-descriptions-row', [h('th', 'el-descriptions-item__label is-bordered-label', 'Expires'), h('td', 'el-descriptions-item__content', 'Never')]),
    ]));
    var copy = button('Copy', 'primary', function () {
      var done = function () { notify('Copied', 'The token is on your clipboard.'); };
      (navigator.clipboard ? navigator.clipboard.writeText(token) : Promise.reject()).then(done, done);
    });
    var drawer = h('div', 'el-drawer rtl', [
      h('header', 'el-drawer__header', [h('span', '', 'Your new API token'), x]),
      h('section', 'el-drawer__body', [h('div', 'el-alert el-alert--warning is-light', h('div', 'el-alert__content', h('span', 'el-alert__title', 'Copy it now. For your security it won’t be shown again.'))), h('div', 'el-descriptions', h('div', 'el-descriptions__body', table))]),
      h('div', 'el-drawer__footer', [copy, button('Done', '', close)]),
    ]);
    drawer.setAttribute('role', 'dialog');
    drawer.setAttribute('aria-modal', 'true');
    drawer.setAttribute('aria-labelledby', titleId);
    drawer.querySelector('header').id = titleId;
    drawer.tabIndex = -1;
    var container = h('div', 'el-drawer__container', drawer);
    container.addEventListener('click', function (e) { if (e.target === container) close(); });
    var wrapper = h('div', 'el-drawer__wrapper', container);
    wrapper.tabIndex = -1;
    document.body.appendChild(wrapper);
    // A tab out of sight draws no frames, so its slide would never end (the dry run walks three
    // tabs at once): there the drawer is shown already open.
    if (document.visibilityState === 'hidden') drawer.style.transition = 'none';
    setTimeout(function () { container.classList.add('el-drawer__open'); }, 30);
  }

  // this.$alert(…, { dangerouslyUseHTMLString: true }): Element's MessageBox, the token inside the
  // sentence of its message, OK the only way on.
  function openTokenMessageBox(token) {
    var mask = h('div', 'v-modal');
    var close = function () { wrapper.remove(); mask.remove(); };
    var x = h('button', 'el-message-box__headerbtn', h('i', 'el-message-box__close el-icon-close', '✕'));
    x.type = 'button';
    x.setAttribute('aria-label', 'Close');
    x.addEventListener('click', close);
    var ok = h('button', 'el-button el-button--default el-button--small el-button--primary', h('span', '', 'OK'));
    ok.type = 'button';
    ok.addEventListener('click', close);
    var box = h('div', 'el-message-box', [
      h('div', 'el-message-box__header', [h('div', 'el-message-box__title', h('span', '', 'Token generated')), x]),
      h('div', 'el-message-box__content', h('div', 'el-message-box__container', [h('div', 'el-message-box__status el-icon-success', ''), h('div', 'el-message-box__message',
        h('p', '', ['Your new API token is ', h('code', '', token), '. Copy it now: it won’t be shown again.']))])),
      h('div', 'el-message-box__btns', ok),
    ]);
    var wrapper = h('div', 'el-message-box__wrapper', box);
    wrapper.tabIndex = -1;
    wrapper.setAttribute('role', 'dialog');
    wrapper.setAttribute('aria-modal', 'true');
    wrapper.setAttribute('aria-label', 'Token generated');
    document.body.append(mask, wrapper);
    ok.focus();
  }

  // this.$notify({ title, message, duration: 0 }): a toast in the top right corner that stays until
  // its × is pressed, the token in a <code> of its message; nothing else on the page changes.
  function tokenNotification(token) {
    var x = h('div', 'el-notification__closeBtn el-icon-close', '×');
    var n = h('div', 'el-notification right', [h('i', 'el-notification__icon el-icon-success', ''), h('div', 'el-notification__group', [
      h('h2', 'el-notification__title', 'Token created'),
      h('div', 'el-notification__content', [h('p', '', 'Copy your API token now, it won’t be shown again:'), h('p', '', h('code', '', token))]),
      x,
    ])]);
    n.setAttribute('role', 'alert');
    x.addEventListener('click', function () { n.remove(); });
    document.body.appendChild(n);
  }

  function placeholder(main, title) {
    main.append(h('h3', '', title), h('div', 'el-card', h('div', 'el-card__body', 'Nothing here yet.')));
  }

  function render() {
    var hash = location.hash || '#/dashboard';
    var main = h('main', 'el-main');
    var parts = [header()];
    if (hash.indexOf('#/settings') === 0) {
      parts.push(h('section', 'el-container', [settingsAside(), main]));
      if (hash === '#/settings/developers') developers(main);
      else if (hash === '#/settings') placeholder(main, 'Company');
      else placeholder(main, (SECTIONS.find(function (s) { return s[1] === hash; }) || ['Settings'])[0]);
    } else {
      parts.push(h('section', 'el-container', main));
      if (hash === '#/dashboard') { placeholder(main, 'Dashboard'); main.appendChild(h('p', '', 'Good morning, Jane. 3 appointments today.')); }
      else placeholder(main, hash.slice(2).replace(/^./, function (c) { return c.toUpperCase(); }));
    }
    root.replaceChildren.apply(root, parts);
  }
  window.addEventListener('hashchange', render);
  render();
})();
