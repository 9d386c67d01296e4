// JobProgress (Leap) as a Vue 3 + Vuetify 3 app puts it in the DOM, written by hand: no Vue, no
// Vuetify. Hash routes (createWebHashHistory): #/dashboard, #/settings, #/settings/<section>.
// Vuetify habits reproduced:
// - <div id="app" data-v-app> > .v-application.v-layout > .v-application__wrap; v-app-bar (header),
//   v-navigation-drawer (nav; temporary with a scrim below 1280 px, the `lg` mobile breakpoint),
//   v-main.
// - Overlays (v-menu, v-dialog, v-snackbar) teleported to div.v-overlay-container at the end of
//   <body>: div.v-overlay(.v-overlay--active) > (div.v-overlay__scrim) + div.v-overlay__content.
//   v-dialog: role=dialog + aria-modal=true on the .v-overlay root (no accessible name), the content
//   div tabindex=-1; a 0.2 s fade/scale ("dialog-transition") in and out; unmounted after leaving.
// - v-btn = <button class="v-btn …"><span class="v-btn__overlay"><span class="v-btn__underlay">
//   <span class="v-btn__content">; disabled = class + disabled attribute; loading hides the content.
// - v-list-item = div (role=option, tabindex=-2) when clickable by @click, <a href> when `to`.
// - v-text-field: .v-input > .v-input__control > .v-field > .v-field__field > two labels (the
//   floating copy first, aria-hidden) + input (id tied by for=), .v-input__details > .v-messages.
//   The input's value is a DOM property Vue re-writes from the model on every re-render of the field
//   (focus, blur, validation): a value put there without an `input` event does not reach the model.
// - v-data-table: .v-table > .v-table__wrapper > <table> (thead th with .v-data-table-header__content),
//   .v-data-table-footer with "Items per page:", "1-3 of 3" and the pagination buttons.
(function () {
  'use strict';
  var uid = 0;
  var nextId = function () { return ++uid; };

  function api(path, body) {
    var init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch('/__sandbox__/' + path, init).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) throw new Error((j.error && j.error.message) || 'Request failed');
        return j;
      });
    });
  }

  // h('div', { class: 'a b', 'aria-label': 'x', onClick: fn }, children)
  function h(tag, props, kids) {
    var el = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      var v = props[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'class') el.className = v;
      else if (k === 'style') el.setAttribute('style', v);
      else if (k.indexOf('on') === 0) el.addEventListener(k.slice(2).toLowerCase(), v);
      else el.setAttribute(k, v === true ? '' : v);
    });
    [].concat(kids === undefined ? [] : kids).forEach(function (c) {
      if (c !== null && c !== undefined && c !== false) el.append(c);
    });
    return el;
  }
  function icon(name, extra) {
    return h('i', { class: 'mdi-' + name + ' mdi v-icon notranslate v-theme--light v-icon--size-default' + (extra ? ' ' + extra : ''), 'aria-hidden': 'true' });
  }

  function btn(text, opts) {
    opts = opts || {};
    var variant = opts.variant || 'elevated';
    var cls = 'v-btn v-theme--light v-btn--density-default v-btn--size-default v-btn--variant-' + variant;
    if (opts.color) cls += ' bg-' + opts.color;
    if (opts.icon) cls += ' v-btn--icon v-btn--density-default';
    if (opts.class) cls += ' ' + opts.class;
    var content = h('span', { class: 'v-btn__content', 'data-no-activator': '' }, [opts.prepend ? h('span', { class: 'v-btn__prepend' }, icon(opts.prepend, 'v-icon--start')) : null].concat(text));
    var b = h('button', { type: 'button', class: cls, 'aria-label': opts.ariaLabel }, [h('span', { class: 'v-btn__overlay' }), h('span', { class: 'v-btn__underlay' }), content]);
    if (opts.onClick) b.addEventListener('click', opts.onClick);
    b.setDisabled = function (off) {
      b.classList.toggle('v-btn--disabled', off);
      if (off) b.setAttribute('disabled', '');
      else b.removeAttribute('disabled');
    };
    b.setLoading = function (on) {
      b.classList.toggle('v-btn--loading', on);
      var loader = b.querySelector('.v-btn__loader');
      if (on && !loader) {
        b.append(h('span', { class: 'v-btn__loader' }, h('div', { class: 'v-progress-circular v-progress-circular--indeterminate v-progress-circular--visible v-theme--light', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', style: 'width: 23px; height: 23px;' }, h('span', { class: 'spinner' }))));
      } else if (!on && loader) loader.remove();
    };
    return b;
  }

  // ---- overlays, teleported to .v-overlay-container at the end of <body> ----
  var zIndex = 2000;
  function overlayContainer() {
    var c = document.querySelector('body > .v-overlay-container');
    if (!c) {
      c = h('div', { class: 'v-overlay-container' });
      document.body.appendChild(c);
    }
    return c;
  }
  // Vue's <Transition>: *-enter-from + *-enter-active, next frame *-enter-to, removed on transitionend.
  // A tab out of sight draws no frames: there the transition is skipped (as the browser would not show it),
  // and a tab that draws none while "visible" (a background tab of a headless browser) ends it by its timer.
  function transition(el, name, phase, done) {
    var from = name + '-' + phase + '-from';
    var active = name + '-' + phase + '-active';
    var to = name + '-' + phase + '-to';
    if (document.visibilityState === 'hidden') { if (done) done(); return; }
    el.classList.add(from, active);
    var finished = false;
    var toTarget = function () {
      el.classList.remove(from);
      el.classList.add(to);
    };
    var end = function () {
      if (finished) return;
      finished = true;
      el.classList.remove(from, active, to);
      if (done) done();
    };
    requestAnimationFrame(function () { requestAnimationFrame(toTarget); });
    el.addEventListener('transitionend', function (e) { if (e.target === el) end(); });
    setTimeout(end, 350);
  }

  function overlay(opts) {
    var contentId = opts.id;
    var content = h('div', { class: 'v-overlay__content' + (opts.contentClass ? ' ' + opts.contentClass : ''), style: opts.contentStyle, id: contentId, tabindex: opts.dialog ? '-1' : undefined }, opts.content);
    var scrim = opts.scrim ? h('div', { class: 'v-overlay__scrim' }) : null;
    var root = h('div', { class: 'v-overlay v-overlay--active v-theme--light v-locale--is-ltr ' + opts.class + (opts.dialog ? ' v-overlay--scroll-blocked' : ''), style: 'z-index: ' + (zIndex += 10) + ';', role: opts.dialog ? 'dialog' : undefined, 'aria-modal': opts.dialog ? 'true' : undefined }, [scrim, content]);
    overlayContainer().appendChild(root);
    if (scrim) transition(scrim, 'fade-transition', 'enter');
    transition(content, opts.transitionName, 'enter');
    if (opts.dialog) document.documentElement.classList.add('v-overlay-scroll-blocked');
    var closed = false;
    return {
      root: root,
      content: content,
      scrim: scrim,
      close: function (after) {
        if (closed) return;
        closed = true;
        root.classList.remove('v-overlay--active');
        if (scrim) transition(scrim, 'fade-transition', 'leave');
        transition(content, opts.transitionName, 'leave', function () {
          root.remove();
          if (opts.dialog && !document.querySelector('.v-overlay-container .v-dialog')) document.documentElement.classList.remove('v-overlay-scroll-blocked');
          if (after) after();
        });
      },
    };
  }

  // v-snackbar: bottom centre, role=status content, 5 s timeout.
  var snack = null;
  function snackbar(text) {
    if (snack) snack.close();
    var s = overlay({
      class: 'v-snackbar v-snackbar--bottom v-snackbar--center',
      contentClass: 'v-snackbar__wrapper v-theme--dark v-snackbar--variant-elevated',
      transitionName: 'v-snackbar-transition',
      content: [
        h('span', { class: 'v-snackbar__underlay' }),
        h('div', { class: 'v-snackbar__content', role: 'status', 'aria-live': 'polite' }, text),
        h('div', { class: 'v-snackbar__actions' }, btn('Close', { variant: 'text', onClick: function () { s.close(); } })),
      ],
    });
    snack = s;
    setTimeout(function () { s.close(); if (snack === s) snack = null; }, 5000);
  }

  // ---- v-text-field ----
  function textField(opts) {
    var n = nextId();
    var id = 'input-' + n;
    var model = opts.value || '';
    var focused = false;
    var errors = [];
    var input = h('input', { size: '1', type: 'text', id: id, 'aria-describedby': id + '-messages', class: 'v-field__input', readonly: opts.readonly ? true : undefined, autocomplete: opts.readonly ? undefined : 'off', spellcheck: opts.readonly ? 'false' : undefined });
    var floating = h('label', { class: 'v-label v-field-label v-field-label--floating', 'aria-hidden': 'true', for: id }, opts.label);
    var label = h('label', { class: 'v-label v-field-label', for: id }, opts.label);
    var messages = h('div', { class: 'v-messages', role: 'alert', 'aria-live': 'polite', id: id + '-messages' });
    var appendInner = opts.appendInner ? h('div', { class: 'v-field__append-inner' }, opts.appendInner) : null;
    var field = h('div', { class: 'v-field v-field--center-affix v-field--variant-filled v-theme--light v-locale--is-ltr' }, [
      h('div', { class: 'v-field__overlay' }),
      h('div', { class: 'v-field__loader' }, h('div', { class: 'v-progress-linear v-theme--light v-locale--is-ltr', role: 'progressbar', 'aria-hidden': 'true', 'aria-valuemin': '0', 'aria-valuemax': '100', style: 'top: 0px; height: 0px; --v-progress-linear-height: 2px;' })),
      h('div', { class: 'v-field__field', 'data-no-activator': '' }, [floating, label, input]),
      appendInner,
      h('div', { class: 'v-field__outline' }),
    ]);
    var root = h('div', { class: 'v-input v-input--horizontal v-input--center-affix v-input--density-default v-theme--light v-locale--is-ltr v-text-field' + (opts.readonly ? ' v-input--readonly' : '') }, [
      h('div', { class: 'v-input__control' }, field),
      h('div', { class: 'v-input__details' }, messages),
    ]);
    // One "render" of VTextField: classes from state, and the DOM value patched from the model.
    function render() {
      var dirty = model !== '';
      root.classList.toggle('v-input--focused', focused);
      root.classList.toggle('v-input--dirty', dirty);
      root.classList.toggle('v-input--error', errors.length > 0);
      field.classList.toggle('v-field--active', focused || dirty);
      field.classList.toggle('v-field--dirty', dirty);
      field.classList.toggle('v-field--focused', focused);
      field.classList.toggle('v-field--error', errors.length > 0);
      field.classList.toggle('v-field--appended', !!appendInner);
      if (input.value !== model) input.value = model;
      var shown = errors.length ? errors : opts.hint && (focused || opts.persistentHint) ? [opts.hint] : [];
      messages.replaceChildren.apply(messages, shown.map(function (m) { return h('div', { class: 'v-messages__message' }, m); }));
    }
    function validate() {
      errors = (opts.rules || []).map(function (r) { return r(model); }).filter(function (x) { return x !== true; });
    }
    input.addEventListener('input', function () {
      model = input.value;
      if (opts.rules) validate();
      render();
      if (opts.onInput) opts.onInput(model);
    });
    input.addEventListener('focus', function () { focused = true; render(); });
    input.addEventListener('blur', function () { focused = false; if (opts.rules) validate(); render(); });
    field.addEventListener('click', function (e) { if (e.target === input || (appendInner && appendInner.contains(e.target))) return; input.focus(); });
    render();
    return {
      el: root,
      input: input,
      get model() { return model; },
      set: function (v) { model = v; render(); },
      validate: function () { validate(); render(); return errors.length === 0; },
    };
  }

  // ---- layout ----
  var MAIN_NAV = [['Dashboard', 'view-dashboard-outline', '#/dashboard'], ['Customers', 'account-group-outline', '#/customers'], ['Jobs', 'briefcase-outline', '#/jobs'], ['Calendar', 'calendar-month-outline', '#/calendar'], ['Reports', 'chart-box-outline', '#/reports']];
  var SECTIONS = [['Company', 'domain', '#/settings'], ['Users & Roles', 'account-key-outline', '#/settings/users'], ['Workflow', 'source-branch', '#/settings/workflow'], ['Integrations', 'puzzle-outline', '#/settings/integrations'], ['Developers', 'code-braces', '#/settings/developers']];

  var mobile = function () { return window.innerWidth < 1280; };
  var drawerOpen = false;
  var app = document.getElementById('app');
  app.setAttribute('data-v-app', '');

  function listItem(title, iconName, opts) {
    var tag = opts.href ? 'a' : 'div';
    var el = h(tag, {
      class: 'v-list-item v-list-item--link v-theme--light v-list-item--density-default v-list-item--one-line rounded-lg v-list-item--variant-text' + (opts.active ? ' v-list-item--active text-primary' : ''),
      href: opts.href,
      tabindex: tag === 'a' ? undefined : '-2',
      role: tag === 'a' ? undefined : 'option',
      'aria-selected': tag === 'a' ? undefined : String(!!opts.active),
    }, [
      h('span', { class: 'v-list-item__overlay' }),
      h('span', { class: 'v-list-item__underlay' }),
      iconName ? h('div', { class: 'v-list-item__prepend' }, [icon(iconName), h('div', { class: 'v-list-item__spacer' })]) : null,
      h('div', { class: 'v-list-item__content', 'data-no-activator': '' }, h('div', { class: 'v-list-item-title' }, title)),
    ]);
    if (opts.onClick) el.addEventListener('click', opts.onClick);
    return el;
  }

  // The avatar's v-menu: the activator v-btn in the app bar, the list teleported under it.
  var menu = null;
  function closeMenu() {
    if (!menu) return;
    var m = menu;
    menu = null;
    m.activator.setAttribute('aria-expanded', 'false');
    m.activator.classList.remove('v-btn--active');
    m.overlay.close();
  }
  document.addEventListener('mousedown', function (e) {
    if (menu && !menu.overlay.content.contains(e.target) && !menu.activator.contains(e.target)) closeMenu();
  }, true);
  function openMenu(activator) {
    if (menu) return closeMenu();
    var id = 'v-menu-' + nextId();
    activator.setAttribute('aria-expanded', 'true');
    activator.setAttribute('aria-controls', id);
    activator.classList.add('v-btn--active');
    var go = function (hash) { return function () { closeMenu(); location.hash = hash; }; };
    var r = activator.getBoundingClientRect();
    var list = h('div', { class: 'v-list v-theme--light v-list--density-compact v-list--one-line', role: 'listbox', tabindex: '0' }, [
      h('div', { class: 'v-list-item v-theme--light v-list-item--density-compact v-list-item--two-line v-list-item--variant-text' }, [
        h('div', { class: 'v-list-item__content' }, [h('div', { class: 'v-list-item-title' }, 'Jane Cooper'), h('div', { class: 'v-list-item-subtitle' }, 'jane@acmeroofing.com')]),
      ]),
      h('hr', { class: 'v-divider v-theme--light', 'aria-orientation': 'horizontal', role: 'separator' }),
      listItem('My Profile', 'account-circle-outline', { onClick: go('#/profile') }),
      listItem('Settings', 'cog-outline', { onClick: go('#/settings') }),
      listItem('Sign Out', 'logout', { onClick: go('#/dashboard') }),
    ]);
    var o = overlay({
      class: 'v-menu',
      id: id,
      contentStyle: 'min-width: 220px; top: ' + Math.round(r.bottom + 4) + 'px; right: ' + Math.round(document.documentElement.clientWidth - r.right) + 'px; transform-origin: right top;',
      transitionName: 'scale-transition',
      content: h('div', { class: 'v-card v-theme--light v-card--density-default elevation-8 rounded v-card--variant-elevated' }, list),
    });
    menu = { overlay: o, activator: activator };
  }

  function appBar() {
    var who = btn(['', h('div', { class: 'v-avatar v-theme--light bg-primary v-avatar--density-default v-avatar--size-small v-avatar--variant-flat' }, h('span', { class: 'text-caption' }, 'JC')), h('span', { class: 'ms-2 d-none d-md-inline' }, 'Jane Cooper'), icon('menu-down', 'v-icon--end')], {
      variant: 'text',
      class: 'text-none',
      onClick: function (e) { openMenu(e.currentTarget); },
    });
    who.setAttribute('aria-haspopup', 'menu');
    who.setAttribute('aria-expanded', 'false');
    var bar = h('header', { class: 'v-toolbar v-toolbar--density-default bg-primary v-theme--light v-locale--is-ltr v-app-bar', style: 'top: 0px; z-index: 1004; transform: translateY(0%); position: fixed; left: 0px; width: 100%;' }, h('div', { class: 'v-toolbar__content', style: 'height: 64px;' }, [
      mobile() ? btn('', { variant: 'text', icon: true, class: 'v-app-bar-nav-icon', ariaLabel: 'Toggle navigation', onClick: function () { drawerOpen = !drawerOpen; layout(); } }) : null,
      h('div', { class: 'v-toolbar-title' }, h('div', { class: 'v-toolbar-title__placeholder' }, [h('span', { class: 'brand' }, 'JobProgress'), h('span', { class: 'brand-sub' }, ' by Leap')])),
      h('div', { class: 'v-spacer' }),
      btn('', { variant: 'text', icon: true, ariaLabel: 'Notifications', class: 'me-1' }),
      who,
    ]));
    bar.querySelector('[aria-label="Notifications"] .v-btn__content').append(icon('bell-outline'));
    bar.querySelector('.v-app-bar-nav-icon .v-btn__content') && bar.querySelector('.v-app-bar-nav-icon .v-btn__content').append(icon('menu'));
    return bar;
  }

  function drawer(hash) {
    var temporary = mobile();
    var shown = !temporary || drawerOpen;
    var list = h('div', { class: 'v-list v-list--nav v-theme--light v-list--density-default v-list--one-line', role: 'listbox', tabindex: '0' },
      MAIN_NAV.map(function (i) { return listItem(i[0], i[1], { href: i[2], active: hash.indexOf(i[2]) === 0, onClick: function () { drawerOpen = false; } }); }));
    var nav = h('nav', {
      class: 'v-navigation-drawer v-navigation-drawer--left v-theme--light' + (shown ? ' v-navigation-drawer--active' : '') + (temporary ? ' v-navigation-drawer--temporary' : ''),
      style: 'left: 0px; z-index: ' + (temporary ? 1006 : 1003) + '; transform: translateX(' + (shown ? '0%' : '-110%') + '); position: fixed; height: calc(100% - 64px); top: 64px; bottom: 0px; width: 256px;',
    }, h('div', { class: 'v-navigation-drawer__content' }, list));
    var parts = [nav];
    if (temporary && drawerOpen) parts.push(h('div', { class: 'v-navigation-drawer__scrim', style: 'z-index: 1005;', onClick: function () { drawerOpen = false; layout(); } }));
    return parts;
  }

  function pageTitle(text, sub) {
    return h('div', { class: 'd-flex align-center mb-4' }, [h('h1', { class: 'text-h5 font-weight-medium' }, text), sub ? h('span', { class: 'text-medium-emphasis ms-3' }, sub) : null]);
  }

  // ---- v-data-table ----
  function dataTable(headers, items, state) {
    var thead = h('thead', {}, h('tr', {}, headers.map(function (c) {
      return h('th', { class: 'v-data-table__td v-data-table-column--align-start v-data-table__th' + (c.sortable ? ' v-data-table__th--sortable' : ''), style: c.width ? 'width: ' + c.width + ';' : undefined, tabindex: c.sortable ? '0' : undefined },
        h('div', { class: 'v-data-table-header__content' }, [h('span', {}, c.title), c.sortable ? icon('arrow-up', 'v-data-table-header__sort-icon') : null]));
    })));
    var rows;
    if (state === 'loading') rows = [h('tr', { class: 'v-data-table-rows-loading' }, h('td', { colspan: String(headers.length) }, 'Loading items...'))];
    else if (!items.length) rows = [h('tr', { class: 'v-data-table-rows-no-data' }, h('td', { colspan: String(headers.length) }, 'No data available'))];
    else rows = items.map(function (item) {
      return h('tr', { class: 'v-data-table__tr v-data-table__tr--clickable' }, headers.map(function (c) {
        return h('td', { class: 'v-data-table__td v-data-table-column--align-' + (c.align || 'start') }, c.value(item));
      }));
    });
    var loader = h('thead', { class: 'v-data-table-progress' }, h('tr', {}, h('th', { colspan: String(headers.length) }, state === 'loading' ? h('div', { class: 'v-progress-linear v-progress-linear--active v-theme--light', role: 'progressbar', 'aria-hidden': 'false', style: 'height: 4px;' }, h('div', { class: 'v-progress-linear__indeterminate' })) : null)));
    var count = items.length;
    var footer = h('div', { class: 'v-data-table-footer' }, [
      h('div', { class: 'v-data-table-footer__items-per-page' }, [
        h('span', {}, 'Items per page:'),
        h('div', { class: 'v-input v-input--horizontal v-input--center-affix v-input--density-compact v-theme--light v-locale--is-ltr v-input--dirty v-select v-select--single' }, h('div', { class: 'v-input__control' },
          h('div', { class: 'v-field v-field--active v-field--appended v-field--center-affix v-field--dirty v-field--variant-outlined v-theme--light v-locale--is-ltr', role: 'combobox', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', tabindex: '0' }, [
            h('div', { class: 'v-field__field', 'data-no-activator': '' }, h('div', { class: 'v-field__input' }, h('div', { class: 'v-select__selection' }, h('span', { class: 'v-select__selection-text' }, '10')))),
            h('div', { class: 'v-field__append-inner' }, icon('menu-down', 'v-select__menu-icon')),
          ]))),
      ]),
      h('div', { class: 'v-data-table-footer__info' }, h('div', {}, count ? '1-' + count + ' of ' + count : '0-0 of 0')),
      h('div', { class: 'v-data-table-footer__pagination' }, h('nav', { class: 'v-pagination v-theme--light', role: 'navigation', 'aria-label': 'Pagination Navigation' }, h('ul', { class: 'v-pagination__list' },
        [['first', 'First page', 'page-first'], ['prev', 'Previous page', 'chevron-left'], ['next', 'Next page', 'chevron-right'], ['last', 'Last page', 'page-last']].map(function (p) {
          var b = btn('', { variant: 'plain', icon: true, ariaLabel: p[1], class: 'v-btn--disabled' });
          b.setAttribute('disabled', '');
          b.querySelector('.v-btn__content').append(icon(p[2]));
          return h('li', { class: 'v-pagination__' + p[0] }, b);
        })))),
    ]);
    return h('div', { class: 'v-table v-table--has-bottom v-theme--light v-table--density-default v-data-table' + (state === 'loading' ? ' v-data-table--loading' : '') }, [
      h('div', { class: 'v-table__wrapper' }, h('table', {}, [thead, loader, h('tbody', {}, rows)])),
      h('div', { class: 'v-table__bottom' }, footer),
    ]);
  }

  function maskedTail(t) {
    var n = 11;
    var s = t.id + '/' + t.name;
    for (var i = 0; i < s.length; i++) n = (n * 33 + s.charCodeAt(i)) % 65536;
    return '••••' + n.toString(16).padStart(4, '0');
  }
  var fmtDate = function (iso) { return new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' }); };

  // ---- Settings → Developers ----
  var reloadTokens = null;
  function developers(main) {
    var holder = h('div');
    var headers = [
      { title: 'Name', sortable: true, value: function (t) { return h('span', { class: 'font-weight-medium' }, t.name); } },
      { title: 'Token', value: function (t) { return h('code', { class: 'token-preview' }, maskedTail(t)); } },
      { title: 'Created', sortable: true, value: function (t) { return fmtDate(t.createdAt); } },
      { title: 'Status', value: function () { return h('span', { class: 'v-chip v-theme--light text-success v-chip--density-comfortable v-chip--size-small v-chip--variant-tonal' }, [h('span', { class: 'v-chip__underlay' }), h('div', { class: 'v-chip__content', 'data-no-activator': '' }, 'Active')]); } },
    ];
    function load() {
      holder.replaceChildren(dataTable(headers, [], 'loading'));
      api('tokens').then(function (tokens) {
        if (!holder.isConnected) return;
        holder.replaceChildren(dataTable(headers, tokens, 'ready'));
      });
    }
    reloadTokens = load;
    var card = h('div', { class: 'v-card v-theme--light v-card--density-default v-card--variant-elevated elevation-1' }, [
      h('div', { class: 'v-card-item' }, [
        h('div', { class: 'v-card-item__content' }, [
          h('div', { class: 'v-card-title' }, 'Public API Tokens'),
          h('div', { class: 'v-card-subtitle' }, 'Tokens let other apps use the JobProgress public API on behalf of your company.'),
        ]),
        h('div', { class: 'v-card-item__append' }, btn('Generate Token', { variant: 'flat', color: 'primary', prepend: 'plus', onClick: openNameDialog })),
      ]),
      h('hr', { class: 'v-divider v-theme--light', 'aria-orientation': 'horizontal', role: 'separator' }),
      holder,
    ]);
    main.append(pageTitle('Developers'), card);
    load();
  }

  function dialog(opts) {
    return overlay({
      class: 'v-dialog' + (opts.persistent ? ' v-dialog--persistent' : ''),
      dialog: true,
      scrim: true,
      contentStyle: 'max-width: ' + opts.maxWidth + 'px;',
      transitionName: 'dialog-transition',
      content: opts.card,
    });
  }

  function openNameDialog() {
    var busy = false;
    var name = textField({
      label: 'Token Name',
      hint: 'e.g. the name of the app that will use it',
      rules: [function (v) { return !!v.trim() || 'Token name is required'; }],
      onInput: function (v) { generate.setDisabled(!v.trim()); },
    });
    var error = h('div', { class: 'text-error text-body-2 mt-2' });
    var cancel = btn('Cancel', { variant: 'text', onClick: function () { if (!busy) d.close(); } });
    var generate = btn('Generate', { variant: 'flat', color: 'primary', onClick: submit });
    generate.setDisabled(true);
    function submit() {
      if (busy || !name.validate()) return;
      busy = true;
      generate.setLoading(true);
      api('tokens', { name: name.model.trim() }).then(function (created) {
        d.close();
        if (reloadTokens) reloadTokens();
        openTokenDialog(created);
      }, function (e) {
        busy = false;
        generate.setLoading(false);
        error.textContent = e.message;
      });
    }
    var form = h('form', { class: 'v-form', novalidate: '' }, [name.el, error]);
    form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });
    var card = h('div', { class: 'v-card v-theme--light v-card--density-default v-card--variant-elevated' }, [
      h('div', { class: 'v-card-item' }, h('div', { class: 'v-card-item__content' }, [h('div', { class: 'v-card-title' }, 'New API Token'), h('div', { class: 'v-card-subtitle' }, 'Give the token a name so you can recognise it later.')])),
      h('div', { class: 'v-card-text' }, form),
      h('div', { class: 'v-card-actions' }, [h('div', { class: 'v-spacer' }), cancel, generate]),
    ]);
    var d = dialog({ card: card, maxWidth: 480, persistent: true });
    // autofocus
    setTimeout(function () { name.input.focus(); }, 0);
  }

  function copyToken(token) {
    var done = function () { snackbar('Token copied'); };
    var legacy = function () {
      // VueUse's useClipboard({ legacy: true }): a textarea, select, execCommand.
      var ta = document.createElement('textarea');
      ta.value = token;
      ta.style.position = 'absolute';
      ta.style.opacity = '0';
      document.body.appendChild(ta);
      ta.select();
      try { document.execCommand('copy'); } catch (e) { /* nothing */ }
      ta.remove();
      done();
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(token).then(done, legacy);
    else legacy();
  }

  function openTokenDialog(created) {
    var token = created.token;
    var copy = btn('', { variant: 'text', icon: true, ariaLabel: 'Copy', class: 'v-btn--size-small', onClick: function () { copyToken(token); } });
    copy.querySelector('.v-btn__content').append(icon('content-copy'));
    var field = textField({ label: 'Access Token', readonly: true, appendInner: copy, hint: 'Send it as a Bearer token in the Authorization header.', persistentHint: true });
    // Vue sets the value as a DOM property (no value attribute).
    field.set(token);
    var card = h('div', { class: 'v-card v-theme--light v-card--density-default v-card--variant-elevated' }, [
      h('div', { class: 'v-card-item' }, h('div', { class: 'v-card-item__content' }, [h('div', { class: 'v-card-title' }, 'Your new API token'), h('div', { class: 'v-card-subtitle' }, '“' + created.name + '” · created ' + fmtDate(created.createdAt))])),
      h('div', { class: 'v-card-text' }, [
        h('div', { class: 'v-alert v-theme--light text-warning v-alert--density-compact v-alert--variant-tonal mb-4', role: 'alert' }, [
          h('span', { class: 'v-alert__underlay' }),
          h('div', { class: 'v-alert__prepend' }, icon('alert', 'v-icon--size-default')),
          h('div', { class: 'v-alert__content' }, 'Copy this token now. For security reasons it won’t be shown again.'),
        ]),
        field.el,
      ]),
      h('div', { class: 'v-card-actions' }, [h('div', { class: 'v-spacer' }), btn('Done', { variant: 'flat', color: 'primary', onClick: function () {
        d.close();
        // newToken.value = null: the field empties at once, while the dialog fades out.
        field.set('');
      } })]),
    ]);
    var d = dialog({ card: card, maxWidth: 560, persistent: true });
    setTimeout(function () { d.content.focus({ preventScroll: true }); }, 0);
  }

  function placeholder(main, title, text) {
    main.append(pageTitle(title), h('div', { class: 'v-card v-theme--light v-card--variant-elevated elevation-1' }, h('div', { class: 'v-card-text' }, text || 'Nothing here yet.')));
  }

  function settings(main, hash) {
    var section = SECTIONS.find(function (s) { return s[2] === hash; }) || SECTIONS[0];
    var nav = h('div', { class: 'v-card v-theme--light v-card--variant-elevated elevation-1 settings-nav' }, [
      h('div', { class: 'v-list-subheader' }, h('div', { class: 'v-list-subheader__text' }, 'Settings')),
      h('div', { class: 'v-list v-list--nav v-theme--light v-list--density-default v-list--one-line', role: 'listbox', tabindex: '0' },
        SECTIONS.map(function (s) { return listItem(s[0], s[1], { active: s === section, onClick: function () { location.hash = s[2]; } }); })),
    ]);
    var body = h('div', { class: 'v-col v-col-md-9 v-col-12' });
    var row = h('div', { class: 'v-row' }, [h('div', { class: 'v-col v-col-md-3 v-col-12' }, nav), body]);
    main.append(row);
    reloadTokens = null;
    if (section[0] === 'Developers') developers(body);
    else placeholder(body, section[0]);
  }

  var mainEl = null;
  function route() {
    var hash = location.hash || '#/dashboard';
    var container = h('div', { class: 'v-container v-container--fluid v-locale--is-ltr' });
    if (hash.indexOf('#/settings') === 0) settings(container, hash);
    else if (hash === '#/dashboard') {
      placeholder(container, 'Dashboard', 'Good morning, Jane. 3 appointments today.');
    } else {
      placeholder(container, (MAIN_NAV.find(function (i) { return i[2] === hash; }) || ['My Profile'])[0]);
    }
    mainEl.replaceChildren(container);
  }

  function layout() {
    var hash = location.hash || '#/dashboard';
    var left = mobile() ? 0 : 256;
    mainEl = mainEl || h('main', { class: 'v-main' });
    mainEl.setAttribute('style', '--v-layout-left: ' + left + 'px; --v-layout-right: 0px; --v-layout-top: 64px; --v-layout-bottom: 0px;');
    var wrap = h('div', { class: 'v-application__wrap' }, [appBar()].concat(drawer(hash), [mainEl]));
    app.replaceChildren(h('div', { class: 'v-application v-theme--light v-layout v-layout--full-height v-locale--is-ltr' }, wrap));
  }

  window.addEventListener('hashchange', function () { closeMenu(); drawerOpen = false; layout(); route(); });
  var wasMobile = mobile();
  window.addEventListener('resize', function () { if (mobile() !== wasMobile) { wasMobile = mobile(); layout(); } });
  layout();
  route();
})();
