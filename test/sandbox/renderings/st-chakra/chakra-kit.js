// A small Chakra UI v2 look-alike: the DOM Chakra's React components put on the page (class names
// "chakra-*" next to Emotion's hashed "css-xxxx" classes, React 18 useId ids ":r5:"):
// Button / IconButton (button.chakra-button, spinner while loading), Input / InputGroup /
// InputRightElement, FormControl (div.chakra-form-control[role=group], label.chakra-form__label[for],
// helper text), Checkbox (label.chakra-checkbox > visually hidden input + aria-hidden control +
// label span), native Select (div.chakra-select__wrapper > select.chakra-select), Table
// (table.chakra-table), Tabs, Menu (menu list always in the DOM, visibility:hidden when closed),
// Breadcrumb, Badge, Code, Alert, Modal / AlertDialog / Drawer (div.chakra-portal appended to <body>:
// overlay + content container + section.chakra-modal__content[role=dialog|alertdialog][aria-modal],
// the rest of <body> aria-hidden, focus locked inside, exit animation before removal), toasts
// (ul#chakra-toast-manager-top in a portal).
(function () {
  var uid = 0;
  var useId = function () { return ':r' + (++uid).toString(36) + ':'; };
  var hashes = {};
  // Emotion: a stable css-<hash> class per style "kind".
  function css(kind) {
    if (!hashes[kind]) {
      var x = 5381;
      for (var i = 0; i < kind.length; i++) x = ((x * 33) ^ kind.charCodeAt(i)) >>> 0;
      hashes[kind] = 'css-' + x.toString(36).slice(0, 7);
      var rule = (window.CHAKRA_STYLES || {})[kind];
      if (rule) {
        var tag = document.querySelector('style[data-emotion="css"]');
        if (!tag) { tag = document.createElement('style'); tag.setAttribute('data-emotion', 'css'); tag.setAttribute('data-s', ''); document.head.appendChild(tag); }
        tag.sheet.insertRule('.' + hashes[kind] + '{' + rule + '}', tag.sheet.cssRules.length);
      }
    }
    return hashes[kind];
  }
  function h(tag, attrs, kids) {
    var e = /^(svg|path|circle)$/.test(tag) ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'class') e.setAttribute('class', v);
      else if (k === 'on') Object.keys(v).forEach(function (ev) { e.addEventListener(ev, v[ev]); });
      else if (k === 'props') Object.assign(e, v);
      else e.setAttribute(k, v === true ? '' : v);
    });
    (function add(list) { [].concat(list === undefined ? [] : list).forEach(function (c) { if (Array.isArray(c)) add(c); else if (c !== null && c !== undefined && c !== false) e.append(c); }); })(kids);
    return e;
  }
  function api(path, body) {
    var init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch('/__sandbox__/' + path, init).then(function (r) {
      return r.json().then(function (j) { if (!r.ok) throw new Error((j.error && j.error.message) || 'Something went wrong'); return j; });
    });
  }
  var PATHS = {
    close: 'M.439,21.44a1.5,1.5,0,0,0,2.122,2.121L11.823,14.3a.25.25,0,0,1,.354,0l9.262,9.263a1.5,1.5,0,1,0,2.122-2.121L14.3,12.177a.25.25,0,0,1,0-.354l9.263-9.262A1.5,1.5,0,0,0,21.439.44L12.177,9.7a.25.25,0,0,1-.354,0L2.561.44A1.5,1.5,0,0,0,.439,2.561L9.7,11.823a.25.25,0,0,1,0,.354Z',
    copy: 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z',
    chevron: 'M16.59 8.59L12 13.17 7.41 8.59 6 10l6 6 6-6z',
    warning: 'M11.983,0a12.206,12.206,0,0,0-8.51,3.653A11.8,11.8,0,0,0,0,12.207,11.779,11.779,0,0,0,11.8,24h.214A12.111,12.111,0,0,0,24,11.791h0A11.766,11.766,0,0,0,11.983,0ZM10.5,16.542a1.476,1.476,0,0,1,1.449-1.53h.027a1.527,1.527,0,0,1,1.523,1.47,1.475,1.475,0,0,1-1.449,1.53h-.027A1.529,1.529,0,0,1,10.5,16.542ZM11,12.5v-6a1,1,0,0,1,2,0v6a1,1,0,1,1-2,0Z',
    check: 'M12,0A12,12,0,1,0,24,12,12.014,12.014,0,0,0,12,0Zm6.927,8.2-6.845,9.289a1.011,1.011,0,0,1-1.43.188L5.764,13.769a1,1,0,1,1,1.25-1.562l4.076,3.261,6.227-8.451A1,1,0,1,1,18.927,8.2Z',
    add: 'M0,12a1.5,1.5,0,0,0,1.5,1.5h8.75a.25.25,0,0,1,.25.25V22.5a1.5,1.5,0,0,0,3,0V13.75a.25.25,0,0,1,.25-.25H22.5a1.5,1.5,0,0,0,0-3H13.75a.25.25,0,0,1-.25-.25V1.5a1.5,1.5,0,0,0-3,0v8.75a.25.25,0,0,1-.25.25H1.5A1.5,1.5,0,0,0,0,12Z',
  };
  function icon(name, cls) {
    return h('svg', { viewBox: '0 0 24 24', focusable: 'false', class: 'chakra-icon ' + (cls ? cls + ' ' : '') + css('icon'), 'aria-hidden': 'true' }, h('path', { fill: 'currentColor', d: PATHS[name] }));
  }
  // Button: variant solid (colorScheme), outline, ghost; sizes md / sm.
  function button(text, opts, onClick) {
    opts = opts || {};
    var kids = [opts.leftIcon ? h('span', { class: 'chakra-button__icon ' + css('btn-icon') }, icon(opts.leftIcon)) : null, text];
    var b = h('button', { type: opts.type || 'button', class: 'chakra-button ' + (opts.className ? opts.className + ' ' : '') + css('button-' + (opts.variant || 'solid') + '-' + (opts.scheme || 'gray') + '-' + (opts.size || 'md')), 'data-variant': opts.variant || 'solid', 'data-scheme': opts.scheme || 'gray', 'data-size': opts.size || 'md', 'aria-label': opts.ariaLabel }, kids);
    if (onClick) b.addEventListener('click', onClick);
    return b;
  }
  function setLoading(b, on) {
    if (on) {
      b.disabled = true;
      b.setAttribute('data-loading', '');
      var spinner = h('div', { class: 'chakra-button__spinner ' + css('spinner-wrap') }, h('span', { class: 'chakra-spinner ' + css('spinner') }, h('span', { class: css('visually-hidden') }, 'Loading...')));
      var label = h('span', { class: css('btn-hidden-label'), style: 'opacity:0' }, [].slice.call(b.childNodes));
      b.replaceChildren(spinner, label);
    } else {
      b.disabled = false;
      b.removeAttribute('data-loading');
      var l = b.querySelector('.' + css('btn-hidden-label'));
      if (l) b.replaceChildren.apply(b, [].slice.call(l.childNodes));
    }
  }
  function iconButton(name, label, onClick, opts) {
    opts = opts || {};
    return button(icon(name), { ariaLabel: label, variant: opts.variant || 'ghost', size: opts.size || 'sm' }, onClick);
  }
  function input(opts) {
    opts = opts || {};
    var i = h('input', { class: 'chakra-input ' + css('input-' + (opts.size || 'md')), id: opts.id, type: opts.type || 'text', placeholder: opts.placeholder, readonly: opts.readOnly, required: opts.required, 'aria-required': opts.required ? 'true' : undefined, 'aria-readonly': opts.readOnly ? 'true' : undefined, 'aria-describedby': opts.describedBy });
    if (opts.value !== undefined) i.value = opts.value;
    return i;
  }
  // FormControl: ids field-:rX:, field-:rX:-label, field-:rX:-helptext.
  function formControl(label, control, opts) {
    opts = opts || {};
    var id = 'field-' + useId();
    control.id = id;
    if (opts.required) { control.required = true; control.setAttribute('aria-required', 'true'); }
    var helperId = id + '-helptext';
    if (opts.helper) control.setAttribute('aria-describedby', helperId);
    var field = opts.group || control;
    return {
      root: h('div', { role: 'group', class: 'chakra-form-control ' + css('form-control') }, [
        h('label', { class: 'chakra-form__label ' + css('form-label'), id: id + '-label', for: id }, [label, opts.required ? h('span', { role: 'presentation', 'aria-hidden': 'true', class: 'chakra-form__required-indicator ' + css('required') }, '*') : null]),
        field,
        opts.helper ? h('div', { class: 'chakra-form__helper-text ' + css('helper'), id: helperId }, opts.helper) : null,
        opts.error ? opts.error : null,
      ]),
      control: control,
    };
  }
  function inputGroup(inp, right) {
    inp.classList.add(css('input-pr'));
    return h('div', { class: 'chakra-input__group ' + css('input-group'), 'data-group': '' }, [inp, h('div', { class: 'chakra-input__right-element ' + css('input-right') }, right)]);
  }
  function checkbox(text, onChange) {
    var inp = h('input', { class: 'chakra-checkbox__input', type: 'checkbox', style: 'border:0;clip:rect(0px, 0px, 0px, 0px);height:1px;margin:-1px;padding:0px;overflow:hidden;white-space:nowrap;position:absolute;width:1px' });
    var control = h('span', { class: 'chakra-checkbox__control ' + css('checkbox-control'), 'aria-hidden': 'true' }, h('div', { class: css('checkbox-icon') }, ''));
    var lab = h('label', { class: 'chakra-checkbox ' + css('checkbox') }, [inp, control, h('span', { class: 'chakra-checkbox__label ' + css('checkbox-label') }, text)]);
    inp.addEventListener('change', function () {
      if (inp.checked) { control.setAttribute('data-checked', ''); lab.setAttribute('data-checked', ''); control.firstChild.textContent = '✓'; }
      else { control.removeAttribute('data-checked'); lab.removeAttribute('data-checked'); control.firstChild.textContent = ''; }
      onChange(inp.checked);
    });
    return lab;
  }
  function select(options, placeholder) {
    var s = h('select', { class: 'chakra-select ' + css('select') }, [h('option', { value: '' }, placeholder)].concat(options.map(function (o) { return h('option', { value: o.value }, o.label); })));
    return { el: s, wrap: h('div', { class: 'chakra-select__wrapper ' + css('select-wrapper') }, [s, h('div', { class: 'chakra-select__icon-wrapper ' + css('select-icon') }, icon('chevron', 'chakra-select__icon'))]) };
  }
  function table(columns, rows, opts) {
    opts = opts || {};
    return h('div', { class: 'chakra-table__container ' + css('table-container') }, h('table', { class: 'chakra-table ' + css('table') }, [
      opts.caption ? h('caption', { class: 'chakra-table__caption ' + css('caption') }, opts.caption) : null,
      h('thead', { class: css('thead') }, h('tr', { class: css('tr') }, columns.map(function (c) { return h('th', { class: css('th') + (c.numeric ? ' ' + css('th-num') : ''), 'data-is-numeric': c.numeric ? 'true' : undefined }, c.header); }))),
      h('tbody', { class: css('tbody') }, rows.length ? rows.map(function (r) {
        return h('tr', { class: css('tr') }, columns.map(function (c) { return h('td', { class: css('td'), 'data-is-numeric': c.numeric ? 'true' : undefined }, c.render ? c.render(r) : r[c.key]); }));
      }) : h('tr', { class: css('tr') }, h('td', { class: css('td'), colspan: String(columns.length) }, opts.empty || 'Nothing here yet'))),
    ]));
  }
  function badge(text, scheme) { return h('span', { class: 'chakra-badge ' + css('badge-' + scheme) }, text); }
  function code(text) { return h('code', { class: 'chakra-code ' + css('code') }, text); }
  function heading(level, text) { return h('h' + level, { class: 'chakra-heading ' + css('heading-' + level) }, text); }
  function text(t, cls) { return h('p', { class: 'chakra-text ' + css(cls || 'text') }, t); }
  function alert(status, title, description) {
    return h('div', { role: 'alert', 'data-status': status, class: 'chakra-alert ' + css('alert-' + status) }, [
      h('span', { 'data-status': status, class: 'chakra-alert__icon ' + css('alert-icon') }, icon(status === 'success' ? 'check' : 'warning')),
      h('div', { class: css('alert-content') }, [title ? h('div', { 'data-status': status, class: 'chakra-alert__title ' + css('alert-title') }, title) : null, h('div', { 'data-status': status, class: 'chakra-alert__desc ' + css('alert-desc') }, description)]),
    ]);
  }
  function breadcrumb(items) {
    return h('nav', { 'aria-label': 'breadcrumb', class: 'chakra-breadcrumb ' + css('breadcrumb') }, h('ol', { class: 'chakra-breadcrumb__list ' + css('breadcrumb-list') }, items.map(function (it, i) {
      var last = i === items.length - 1;
      return h('li', { class: 'chakra-breadcrumb__list-item ' + css('breadcrumb-item') }, [
        last ? h('span', { 'aria-current': 'page', class: 'chakra-breadcrumb__link ' + css('breadcrumb-link') }, it[0]) : h('a', { class: 'chakra-breadcrumb__link ' + css('breadcrumb-link'), href: it[1], on: { click: function (e) { e.preventDefault(); it[2](); } } }, it[0]),
        last ? null : h('span', { role: 'presentation', class: css('breadcrumb-sep') }, '/'),
      ]);
    })));
  }
  // Tabs: tablist of button[role=tab]; inactive panels have the hidden attribute.
  function tabs(list, index, onChange) {
    var id = useId();
    var tabEls = [], panels = [];
    list.forEach(function (t, i) {
      tabEls.push(h('button', { type: 'button', role: 'tab', id: 'tabs-' + id + '--tab-' + i, 'aria-controls': 'tabs-' + id + '--tabpanel-' + i, 'aria-selected': String(i === index), tabindex: i === index ? '0' : '-1', class: 'chakra-tabs__tab ' + css('tab'), 'data-index': String(i), on: { click: function () { if (onChange) onChange(i); select(i); } } }, t[0]));
      panels.push(h('div', { role: 'tabpanel', id: 'tabs-' + id + '--tabpanel-' + i, 'aria-labelledby': 'tabs-' + id + '--tab-' + i, tabindex: '0', class: 'chakra-tabs__tab-panel ' + css('tabpanel'), hidden: i !== index }, t[1]));
    });
    function select(i) {
      tabEls.forEach(function (t, k) { t.setAttribute('aria-selected', String(k === i)); t.tabIndex = k === i ? 0 : -1; });
      panels.forEach(function (p, k) { p.hidden = k !== i; });
    }
    return h('div', { class: 'chakra-tabs ' + css('tabs') }, [h('div', { role: 'tablist', 'aria-orientation': 'horizontal', class: 'chakra-tabs__tablist ' + css('tablist') }, tabEls), h('div', { class: 'chakra-tabs__tab-panels ' + css('tabpanels') }, panels)]);
  }
  // Menu: button.chakra-menu__menu-button + a popper wrapper holding div.chakra-menu__menu-list[role=menu],
  // rendered (hidden) from the start, as Chakra does when the menu is not lazy.
  var openMenu = null;
  function menu(label, items) {
    var id = useId();
    var btn = button([h('span', { class: css('menu-btn-span') }, label), h('span', { class: 'chakra-button__icon ' + css('btn-icon-right') }, icon('chevron'))], { variant: 'outline', size: 'sm', className: 'chakra-menu__menu-button' });
    btn.id = 'menu-button-' + id;
    btn.setAttribute('aria-expanded', 'false');
    btn.setAttribute('aria-haspopup', 'menu');
    btn.setAttribute('aria-controls', 'menu-list-' + id);
    var list = h('div', { class: 'chakra-menu__menu-list ' + css('menu-list'), tabindex: '-1', role: 'menu', id: 'menu-list-' + id, 'aria-orientation': 'vertical', style: 'transform-origin: var(--popper-transform-origin); opacity: 0; visibility: hidden; transform: scale(0.8);' }, items.map(function (it, i) {
      return h('button', { type: 'button', id: 'menu-list-' + id + '-menuitem-' + i, role: 'menuitem', tabindex: '-1', class: 'chakra-menu__menuitem ' + css('menuitem'), on: { click: function () { close(); it[1](); } } }, it[0]);
    }));
    var wrapper = h('div', { class: css('popper'), style: 'visibility:hidden;position:absolute;min-width:max-content;inset:0 auto auto 0;' }, list);
    function close() {
      btn.setAttribute('aria-expanded', 'false');
      wrapper.style.visibility = 'hidden';
      list.style.opacity = '0'; list.style.visibility = 'hidden'; list.style.transform = 'scale(0.8)';
      if (openMenu === close) openMenu = null;
    }
    btn.addEventListener('click', function (e) {
      e.stopPropagation();
      if (btn.getAttribute('aria-expanded') === 'true') { close(); return; }
      if (openMenu) openMenu();
      var r = btn.getBoundingClientRect();
      wrapper.style.transform = 'translate(' + Math.round(r.left) + 'px, ' + Math.round(r.bottom + 4) + 'px)';
      wrapper.style.position = 'fixed';
      wrapper.style.visibility = 'visible';
      list.style.opacity = '1'; list.style.visibility = 'visible'; list.style.transform = 'none';
      btn.setAttribute('aria-expanded', 'true');
      openMenu = close;
      list.focus();
    });
    document.addEventListener('click', function (e) { if (openMenu === close && !list.contains(e.target)) close(); });
    return h('div', { class: css('menu-root') }, [btn, wrapper]);
  }

  // Modal / AlertDialog / Drawer: a chakra-portal at the end of <body>; the rest aria-hidden; focus locked.
  var stack = [];
  function modal(title, opts) {
    opts = opts || {};
    var id = useId();
    var headerId = 'chakra-modal--header-' + id, bodyId = 'chakra-modal--body-' + id;
    var header = h('header', { class: 'chakra-modal__header ' + css('modal-header'), id: headerId }, title);
    var body = h('div', { class: 'chakra-modal__body ' + css('modal-body'), id: bodyId });
    var footer = h('footer', { class: 'chakra-modal__footer ' + css('modal-footer') });
    var closeBtn = opts.noClose ? null : h('button', { type: 'button', 'aria-label': 'Close', class: 'chakra-modal__close-btn ' + css('close-btn') }, icon('close'));
    var drawer = opts.drawer;
    var content = h('section', { class: 'chakra-modal__content ' + css(drawer ? 'drawer-content' : 'modal-content-' + (opts.size || 'md')), role: opts.alert ? 'alertdialog' : 'dialog', tabindex: '-1', 'aria-modal': 'true', id: 'chakra-modal-' + id, 'aria-labelledby': headerId, 'aria-describedby': bodyId, style: drawer ? 'transform: translateX(100%);' : 'opacity: 0; transform: scale(0.95);' }, [header, closeBtn, body, footer]);
    var container = h('div', { class: 'chakra-modal__content-container ' + css(drawer ? 'drawer-container' : 'modal-container'), tabindex: '-1', style: 'z-index:1400' }, content);
    var overlay = h('div', { class: 'chakra-modal__overlay ' + css('overlay'), style: 'opacity: 0;' });
    var portal = h('div', { class: 'chakra-portal' }, [overlay, h('div', { 'data-focus-guard': 'true', tabindex: '0', style: 'width:1px;height:0px;padding:0;overflow:hidden;position:fixed;top:1px;left:1px' }), h('div', { 'data-focus-lock-disabled': 'false' }, container), h('div', { 'data-focus-guard': 'true', tabindex: '0', style: 'width:1px;height:0px;padding:0;overflow:hidden;position:fixed;top:1px;left:1px' })]);
    var hidden = [].filter.call(document.body.children, function (c) { return c.tagName !== 'SCRIPT' && !c.hasAttribute('aria-hidden'); });
    hidden.forEach(function (c) { c.setAttribute('aria-hidden', 'true'); c.setAttribute('data-aria-hidden', 'true'); });
    document.body.appendChild(portal);
    document.body.style.overflow = 'hidden';
    var closed = false;
    var keep = function (e) { if (stack[stack.length - 1] === portal && !portal.contains(e.target)) content.focus(); };
    var onKey = function (e) { if (e.key === 'Escape' && stack[stack.length - 1] === portal && !opts.noEsc) close(); };
    document.addEventListener('focusin', keep);
    document.addEventListener('keydown', onKey);
    stack.push(portal);
    setTimeout(function () {
      overlay.style.opacity = '1';
      content.style.opacity = '1';
      content.style.transform = 'none';
      (content.querySelector('[data-autofocus]') || content).focus();
    }, 16);
    if (closeBtn) closeBtn.addEventListener('click', function () { close(); });
    if (!opts.noOverlayClose) container.addEventListener('mousedown', function (e) { if (e.target === container) close(); });
    function close() {
      if (closed) return;
      closed = true;
      document.removeEventListener('focusin', keep);
      document.removeEventListener('keydown', onKey);
      stack.splice(stack.indexOf(portal), 1);
      overlay.style.opacity = '0';
      content.style.opacity = '0';
      content.style.transform = drawer ? 'translateX(100%)' : 'scale(0.95)';
      // framer-motion's exit animation, then the portal is unmounted.
      setTimeout(function () {
        portal.remove();
        hidden.forEach(function (c) { c.removeAttribute('aria-hidden'); c.removeAttribute('data-aria-hidden'); });
        if (!stack.length) document.body.style.overflow = '';
        if (opts.onClosed) opts.onClosed();
      }, 150);
    }
    return { content: content, header: header, body: body, footer: footer, close: close };
  }

  // Toasts: one portal with the manager lists; each toast li > div.chakra-toast__inner[role=status] > Alert.
  var manager = null;
  function toast(opts) {
    if (!manager) {
      manager = h('ul', { role: 'region', 'aria-live': 'polite', id: 'chakra-toast-manager-top', class: css('toast-manager'), style: 'position:fixed;z-index:5500;pointer-events:none;display:flex;flex-direction:column;margin:0 auto;top:env(safe-area-inset-top, 0px);right:env(safe-area-inset-right, 0px);left:env(safe-area-inset-left, 0px)' });
      document.body.appendChild(h('div', { class: 'chakra-portal' }, [manager]));
    }
    var id = useId();
    var alertEl = h('div', { 'data-status': opts.status || 'info', class: 'chakra-alert ' + css('toast-alert-' + (opts.status || 'info')), id: 'toast-' + id }, [
      h('span', { 'data-status': opts.status || 'info', class: 'chakra-alert__icon ' + css('alert-icon') }, icon(opts.status === 'success' ? 'check' : 'warning')),
      h('div', { class: css('toast-content') }, [h('div', { 'data-status': opts.status, class: 'chakra-alert__title ' + css('toast-title'), id: 'toast-' + id + '-title' }, opts.title), opts.description ? h('div', { class: 'chakra-alert__desc ' + css('toast-desc'), id: 'toast-' + id + '-description' }, opts.description) : null]),
    ]);
    var li = h('li', { class: css('toast-li'), style: 'opacity:1' }, h('div', { class: 'chakra-toast', style: 'opacity:1' }, h('div', { role: 'status', 'aria-atomic': 'true', class: 'chakra-toast__inner ' + css('toast-inner') }, alertEl)));
    manager.appendChild(li);
    setTimeout(function () { li.remove(); }, opts.duration || 5000);
  }
  function clipboard(value, onDone) {
    var done = function () { onDone(); };
    (navigator.clipboard ? navigator.clipboard.writeText(value) : Promise.reject()).then(done, done);
  }

  window.Chakra = { h: h, css: css, api: api, useId: useId, icon: icon, button: button, setLoading: setLoading, iconButton: iconButton, input: input, formControl: formControl, inputGroup: inputGroup, checkbox: checkbox, select: select, table: table, badge: badge, code: code, heading: heading, text: text, alert: alert, breadcrumb: breadcrumb, tabs: tabs, menu: menu, modal: modal, toast: toast, clipboard: clipboard };
})();
