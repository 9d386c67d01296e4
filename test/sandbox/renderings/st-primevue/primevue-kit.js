// The DOM a Vue 3 + PrimeVue 3.x/4.x app leaves in the page, written by hand (no Vue, no PrimeVue):
// data-pc-name / data-pc-section attributes, pv_id_N ids, <!--v-if--> anchors, scoped data-v-* attributes,
// v-model that follows `input`/`change` events only and writes the model back into the element on every
// re-render (vModelText's beforeUpdate), overlays (Dialog masks, Select panels, Menu popups, Tooltip)
// teleported to <body> with enter/leave transitions, and a DataTable in responsive "stack" mode whose cells
// repeat their column's title in a span.p-column-title (hidden on wide screens by CSS).
(function () {
  'use strict';
  var uid = 0;
  function pvId() { uid += 1; return 'pv_id_' + uid; }
  var SCOPE = 'data-v-5f3a1c2e';

  function h(tag, attrs, kids) {
    var svg = tag === 'svg' || tag === 'path' || tag === 'circle';
    var e = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    attrs = attrs || {};
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'on') Object.keys(v).forEach(function (ev) { e.addEventListener(ev, v[ev]); });
      else if (k === 'style' && typeof v === 'object') Object.assign(e.style, v);
      else if (k === 'props') Object.assign(e, v);
      else if (k === 'scoped') e.setAttribute(SCOPE, '');
      else e.setAttribute(k, v === true ? '' : v);
    });
    add(e, kids);
    return e;
  }
  function add(e, kids) {
    [].concat(kids === undefined ? [] : kids).forEach(function (c) {
      if (Array.isArray(c)) add(e, c);
      else if (c === null || c === undefined || c === false) e.append(document.createComment('v-if'));
      else e.append(c);
    });
  }
  function api(path, body) {
    var init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch('/__sandbox__/' + path, init).then(function (r) {
      return r.json().then(function (j) { if (!r.ok) throw new Error((j.error && j.error.message) || 'Request failed'); return j; });
    });
  }

  var ICONS = {
    times: 'M8.01 7.01 13.3 1.7a.7.7 0 1 0-1-1L7 6 1.7.7a.7.7 0 1 0-1 1L6 7 .7 12.3a.7.7 0 1 0 1 1L7 8l5.3 5.3a.7.7 0 0 0 1-1z',
    check: 'M4.86 11.02a.7.7 0 0 1-.5-.2L.7 7.16a.7.7 0 0 1 1-1l3.16 3.16L12.3 1.9a.7.7 0 1 1 1 1l-7.93 7.93a.7.7 0 0 1-.5.2z',
    eye: 'M7 11.66c-2.92 0-5.5-2.34-6.5-4.38a.62.62 0 0 1 0-.56C1.5 4.68 4.08 2.34 7 2.34s5.5 2.34 6.5 4.38a.62.62 0 0 1 0 .56c-1 2.04-3.58 4.38-6.5 4.38zM7 4.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
    eyeslash: 'M13.1 1.8 1.8 13.1a.6.6 0 0 1-.9-.9l2-2C1.9 9.4 1 8.4.5 7.3a.6.6 0 0 1 0-.6C1.5 4.7 4.1 2.3 7 2.3c1 0 2 .3 2.9.8l2.3-2.3a.6.6 0 0 1 .9 1zM7 11.7c-.8 0-1.6-.2-2.3-.5l1.2-1.2a2.5 2.5 0 0 0 3.2-3.2l1.6-1.6c1.2.8 2.2 1.9 2.8 3.1a.6.6 0 0 1 0 .6c-1 2-3.6 4.4-6.5 4.4z',
    chevron: 'M7 10.44a.7.7 0 0 1-.5-.2L1.17 4.9a.7.7 0 1 1 1-1L7 8.74 11.83 3.9a.7.7 0 1 1 1 1L7.5 10.24a.7.7 0 0 1-.5.2z',
    warn: 'M7 .5a6.5 6.5 0 1 0 0 13A6.5 6.5 0 0 0 7 .5zm0 10.2a.8.8 0 1 1 0-1.6.8.8 0 0 1 0 1.6zm.7-3.2a.7.7 0 0 1-1.4 0V3.8a.7.7 0 0 1 1.4 0z',
  };
  function svgIcon(name, cls, section) {
    return h('svg', { width: 14, height: 14, viewBox: '0 0 14 14', fill: 'none', xmlns: 'http://www.w3.org/2000/svg', class: cls, 'aria-hidden': 'true', 'data-pc-section': section }, h('path', { d: ICONS[name], fill: 'currentColor' }));
  }
  function pi(name, extra) { return h('span', { class: 'pi pi-' + name + (extra ? ' ' + extra : ''), 'aria-hidden': 'true' }); }

  /** Button: button.p-button > (icon) span.p-button-label; icon-only buttons have aria-label only. */
  function button(label, opts, onClick) {
    opts = opts || {};
    var cls = 'p-button p-component' + (label ? '' : ' p-button-icon-only') + (opts.severity ? ' p-button-' + opts.severity : '') + (opts.text ? ' p-button-text' : '') + (opts.outlined ? ' p-button-outlined' : '') + (opts.small ? ' p-button-sm' : '') + (opts.rounded ? ' p-button-rounded' : '') + (opts.cls ? ' ' + opts.cls : '');
    var b = h('button', { class: cls, type: opts.type || 'button', 'aria-label': opts.ariaLabel || label, 'data-pc-name': opts.pcName || 'button', 'data-pc-section': 'root', 'data-p-disabled': 'false', 'aria-haspopup': opts.haspopup, 'aria-controls': opts.controls, 'v-tooltip': opts.tooltip ? '' : undefined, on: onClick ? { click: onClick } : undefined }, [
      opts.icon ? h('span', { class: 'pi pi-' + opts.icon + ' p-button-icon' + (label ? ' p-button-icon-left' : ''), 'data-pc-section': 'icon' }) : null,
      label ? h('span', { class: 'p-button-label', 'data-pc-section': 'label' }, label) : h('span', { class: 'p-button-label', 'data-pc-section': 'label' }, '\u00a0'),
    ]);
    if (opts.tooltip) tooltip(b, opts.tooltip);
    return b;
  }
  function setLoading(b, on) {
    b.disabled = on;
    b.classList.toggle('p-button-loading', on);
    var ic = b.querySelector('.p-button-loading-icon');
    if (on && !ic) b.prepend(h('span', { class: 'p-button-loading-icon pi pi-spin pi-spinner p-button-icon-left', 'data-pc-section': 'loadingicon' }));
    if (!on && ic) ic.remove();
  }

  // ---- v-model: a tiny reactive form. Inputs follow `input` events; re-rendering writes the model back.
  function model(initial) {
    var state = Object.assign({}, initial);
    var binds = [];
    var watchers = [];
    function rerender() {
      binds.forEach(function (b) { b(); });
      watchers.forEach(function (w) { w(state); });
    }
    return {
      state: state,
      set: function (k, v) { state[k] = v; Promise.resolve().then(rerender); },
      bind: function (fn) { binds.push(fn); },
      watch: function (fn) { watchers.push(fn); },
      rerender: rerender,
    };
  }
  /** InputText with v-model (vModelText: `input` event → model; every update → el.value = model unless the same). */
  function inputText(m, key, attrs) {
    var el = h(attrs && attrs.textarea ? 'textarea' : 'input', Object.assign({ type: attrs && attrs.textarea ? undefined : 'text', class: (attrs && attrs.textarea ? 'p-textarea' : 'p-inputtext') + ' p-component' + (attrs && attrs.fluid ? ' p-inputtext-fluid' : ''), 'data-pc-name': attrs && attrs.textarea ? 'textarea' : 'inputtext', 'data-pc-section': 'root' }, attrs || {}, { textarea: undefined, fluid: undefined }));
    if (m && key) {
      el.value = m.state[key] || '';
      el.addEventListener('input', function () { m.set(key, el.value); });
      m.bind(function () {
        var v = m.state[key] || '';
        if (document.activeElement === el && el.value === v) return;
        if (el.value !== v) el.value = v;
        el.classList.toggle('p-filled', v !== '');
      });
    }
    return el;
  }
  /** A field: div > label[for] + control (+ small help). */
  function field(labelText, control, opts) {
    opts = opts || {};
    var id = control.id || opts.inputId || pvId();
    if (!control.id && !opts.noFor) control.id = id;
    return h('div', { class: 'field' + (opts.cls ? ' ' + opts.cls : ''), scoped: true }, [
      h('label', { for: opts.noFor ? opts.inputId : id, id: opts.labelId, class: 'field-label', scoped: true }, [labelText, opts.required ? h('span', { class: 'required', 'aria-hidden': 'true', scoped: true }, ' *') : null]),
      opts.wrap || control,
      opts.help ? h('small', { class: 'field-help', scoped: true }, opts.help) : null,
    ]);
  }

  // ---- Overlays: teleported to <body>, z-index from ZIndex utils (1000 + n).
  var zBase = 1100;
  function nextZ() { zBase += 2; return zBase; }
  var openOverlays = [];
  document.addEventListener('mousedown', function (e) {
    openOverlays.slice().forEach(function (o) { if (!o.panel.contains(e.target) && !(o.anchor && o.anchor.contains(e.target))) o.hide(); });
  }, true);
  function position(panel, anchor, minWidth) {
    var r = anchor.getBoundingClientRect();
    panel.style.position = 'absolute';
    panel.style.top = (r.bottom + window.scrollY + 2) + 'px';
    panel.style.left = (r.left + window.scrollX) + 'px';
    if (minWidth) panel.style.minWidth = r.width + 'px';
    requestAnimationFrame(function () {
      var pr = panel.getBoundingClientRect();
      if (pr.bottom > window.innerHeight && r.top > pr.height) panel.style.top = (r.top + window.scrollY - pr.height - 2) + 'px';
      if (pr.right > window.innerWidth) panel.style.left = Math.max(0, r.right + window.scrollX - pr.width) + 'px';
    });
  }
  function overlay(panel, anchor, onHide, minWidth) {
    var o = { panel: panel, anchor: anchor, hide: function () {
      var i = openOverlays.indexOf(o);
      if (i < 0) return;
      openOverlays.splice(i, 1);
      panel.classList.add('p-connected-overlay-leave-active');
      setTimeout(function () { panel.remove(); }, 100);
      if (onHide) onHide();
    } };
    panel.style.zIndex = String(nextZ());
    panel.classList.add('p-connected-overlay-enter-active');
    document.body.append(panel);
    position(panel, anchor, minWidth);
    setTimeout(function () { panel.classList.remove('p-connected-overlay-enter-active'); }, 120);
    openOverlays.push(o);
    return o;
  }

  /** Select (v4) / Dropdown (v3): div.p-select > span.p-select-label[role=combobox] + dropdown icon; the panel in <body>. */
  function select(m, key, options, opts) {
    opts = opts || {};
    var id = pvId();
    var labelId = opts.labelId;
    var label = h('span', { id: opts.inputId, class: 'p-select-label', role: 'combobox', tabindex: '0', 'aria-labelledby': labelId, 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-controls': id + '_list', 'data-pc-section': 'label' });
    var root = h('div', { class: 'p-select p-component p-inputwrapper' + (opts.fluid ? ' p-select-fluid' : ''), 'data-pc-name': 'select', 'data-pc-section': 'root', id: id, on: { click: toggle } }, [
      label,
      h('div', { class: 'p-select-dropdown', 'aria-hidden': 'true', 'data-pc-section': 'dropdown' }, svgIcon('chevron', 'p-select-dropdown-icon', 'dropdownicon')),
    ]);
    var flat = [];
    options.forEach(function (o) { if (o.group) o.items.forEach(function (i) { flat.push(i); }); else flat.push(o); });
    function paint() {
      var v = m.state[key];
      var chosen = flat.find(function (o) { return o.value === v; });
      label.textContent = chosen ? chosen.label : (opts.placeholder || '\u00a0');
      label.classList.toggle('p-placeholder', !chosen);
      root.classList.toggle('p-inputwrapper-filled', !!chosen);
      label.setAttribute('aria-label', chosen ? chosen.label : opts.placeholder || '');
    }
    m.bind(paint);
    paint();
    var open = null;
    function toggle(e) {
      if (open) { open.hide(); return; }
      if (e && root.querySelector('.p-select-clear-icon') && e.target.closest('.p-select-clear-icon')) return;
      var items = [];
      var n = 0;
      options.forEach(function (o) {
        if (o.group) {
          items.push(h('li', { class: 'p-select-option-group', role: 'option', 'data-pc-section': 'optiongroup' }, h('span', { class: 'p-select-option-group-label' }, o.group)));
          o.items.forEach(function (i) { items.push(optionEl(i, n++)); });
        } else items.push(optionEl(o, n++));
      });
      var panel = h('div', { class: 'p-select-overlay p-component', 'data-pc-section': 'overlay' }, [
        h('span', { role: 'presentation', 'aria-hidden': 'true', class: 'p-hidden-accessible p-hidden-focusable', tabindex: '0', 'data-p-hidden-accessible': 'true', 'data-p-hidden-focusable': 'true' }),
        h('div', { class: 'p-select-list-container', style: { maxHeight: '14rem' }, 'data-pc-section': 'listcontainer' },
          h('ul', { id: id + '_list', class: 'p-select-list', role: 'listbox', 'aria-label': opts.ariaLabel || 'Option List', 'data-pc-section': 'list' }, items)),
        h('span', { role: 'presentation', 'aria-hidden': 'true', class: 'p-hidden-accessible p-hidden-focusable', tabindex: '0' }),
      ]);
      root.classList.add('p-select-open', 'p-focus');
      label.setAttribute('aria-expanded', 'true');
      open = overlay(panel, root, function () { open = null; root.classList.remove('p-select-open', 'p-focus'); label.setAttribute('aria-expanded', 'false'); }, true);
    }
    function optionEl(o, i) {
      var sel = m.state[key] === o.value;
      return h('li', { id: id + '_' + i, class: 'p-select-option' + (sel ? ' p-select-option-selected' : ''), role: 'option', 'aria-label': o.label, 'aria-selected': String(sel), 'aria-setsize': String(flat.length), 'aria-posinset': String(i + 1), 'data-pc-section': 'option', 'data-p-selected': String(sel), on: { click: function (e) { e.stopPropagation(); m.set(key, o.value); if (opts.onChange) opts.onChange(o.value); if (open) open.hide(); } } },
        h('span', { class: 'p-select-option-label', 'data-pc-section': 'optionlabel' }, o.label));
    }
    return root;
  }

  /** Checkbox (v4): div.p-checkbox > input.p-checkbox-input (opacity 0, on top) + div.p-checkbox-box; model via `change`. */
  function checkbox(m, key, opts) {
    opts = opts || {};
    var input = h('input', { type: 'checkbox', class: 'p-checkbox-input', id: opts.inputId, 'aria-label': opts.ariaLabel, 'data-pc-section': 'input' });
    var box = h('div', { class: 'p-checkbox-box', 'data-pc-section': 'box' });
    var root = h('div', { class: 'p-checkbox p-component', 'data-pc-name': 'checkbox', 'data-pc-section': 'root', 'data-p-checked': 'false' }, [input, box]);
    input.addEventListener('change', function () { m.set(key, input.checked); if (opts.onChange) opts.onChange(input.checked); });
    function paint() {
      var on = !!m.state[key];
      if (input.checked !== on && m.__lastPainted && m.__lastPainted[key] !== on) input.checked = on;
      root.classList.toggle('p-checkbox-checked', on);
      root.setAttribute('data-p-checked', String(on));
      box.replaceChildren(on ? svgIcon('check', 'p-checkbox-icon', 'icon') : document.createComment('v-if'));
      (m.__lastPainted = m.__lastPainted || {})[key] = on;
    }
    input.checked = !!m.state[key];
    m.bind(paint);
    paint();
    return root;
  }
  /** RadioButton (v4): div.p-radiobutton > input.p-radiobutton-input + div.p-radiobutton-box > div.p-radiobutton-icon. */
  function radio(m, key, value, opts) {
    var input = h('input', { type: 'radio', class: 'p-radiobutton-input', name: opts.name, id: opts.inputId, value: value, 'data-pc-section': 'input' });
    var root = h('div', { class: 'p-radiobutton p-component', 'data-pc-name': 'radiobutton', 'data-pc-section': 'root' }, [input, h('div', { class: 'p-radiobutton-box', 'data-pc-section': 'box' }, h('div', { class: 'p-radiobutton-icon', 'data-pc-section': 'icon' }))]);
    input.addEventListener('change', function () { if (input.checked) m.set(key, value); });
    m.bind(function () { var on = m.state[key] === value; root.classList.toggle('p-radiobutton-checked', on); root.setAttribute('data-p-checked', String(on)); });
    return root;
  }

  /** Password (v4, feedback off, toggleMask): div.p-password > input.p-password-input + an eye svg (no role, clickable). */
  function password(value, opts) {
    var input = h('input', { type: 'password', class: 'p-password-input p-inputtext p-component p-inputtext-fluid', id: opts.inputId, readonly: opts.readonly ? '' : undefined, autocomplete: 'off', 'data-pc-section': 'pcinputtext', props: { value: value } });
    var root = h('div', { class: 'p-password p-component p-inputwrapper p-inputwrapper-filled p-password-fluid', 'data-pc-name': 'password', 'data-pc-section': 'root' }, [input]);
    var shown = false;
    function icon() {
      var ic = svgIcon(shown ? 'eyeslash' : 'eye', 'p-password-toggle-mask-icon ' + (shown ? 'p-password-mask-icon' : 'p-password-unmask-icon'), shown ? 'maskicon' : 'unmaskicon');
      ic.addEventListener('click', function () { shown = !shown; input.type = shown ? 'text' : 'password'; ic.replaceWith(icon()); });
      return ic;
    }
    root.append(icon());
    return { root: root, input: input };
  }

  /** Tooltip directive: a div.p-tooltip[role=tooltip] in <body> while hovered. */
  function tooltip(el, text) {
    var tip = null;
    el.setAttribute('data-pd-tooltip', 'true');
    el.addEventListener('mouseenter', function () {
      var id = pvId() + '_tooltip';
      tip = h('div', { id: id, class: 'p-tooltip p-component p-tooltip-top', role: 'tooltip', 'data-pc-name': 'tooltip', 'data-pc-section': 'root', style: { position: 'absolute', zIndex: String(nextZ()) } }, [h('div', { class: 'p-tooltip-arrow' }), h('div', { class: 'p-tooltip-text', 'data-pc-section': 'text' }, text)]);
      document.body.append(tip);
      var r = el.getBoundingClientRect();
      tip.style.left = (r.left + window.scrollX + r.width / 2 - tip.offsetWidth / 2) + 'px';
      tip.style.top = (r.top + window.scrollY - tip.offsetHeight - 6) + 'px';
    });
    el.addEventListener('mouseleave', function () { if (tip) tip.remove(); tip = null; });
  }

  /** Menu (popup): a "More actions" button opens div.p-menu.p-menu-overlay in <body> with ul.p-menu-list[role=menu]. */
  function menuButton(items) {
    var id = pvId();
    var open = null;
    var btn = button(null, { icon: 'ellipsis-v', ariaLabel: 'More actions', text: true, rounded: true, severity: 'secondary', haspopup: 'true', controls: id }, function () {
      if (open) { open.hide(); return; }
      var list = h('ul', { id: id + '_list', class: 'p-menu-list p-reset', role: 'menu', tabindex: '0', 'aria-activedescendant': undefined, 'data-pc-section': 'list' }, items.map(function (it, i) {
        return h('li', { id: id + '_' + i, class: 'p-menu-item', role: 'menuitem', 'aria-label': it[0], 'data-pc-section': 'item', on: { click: function () { if (open) open.hide(); it[2](); } } },
          h('div', { class: 'p-menu-item-content', 'data-pc-section': 'itemcontent' }, h('a', { class: 'p-menu-item-link', tabindex: '-1', 'aria-hidden': 'true', 'data-pc-section': 'itemlink' }, [h('span', { class: 'p-menu-item-icon pi pi-' + it[1], 'data-pc-section': 'itemicon' }), h('span', { class: 'p-menu-item-label', 'data-pc-section': 'itemlabel' }, it[0])])));
      }));
      var panel = h('div', { id: id, class: 'p-menu p-component p-menu-overlay', 'data-pc-name': 'menu', 'data-pc-section': 'root' }, list);
      btn.setAttribute('aria-expanded', 'true');
      open = overlay(panel, btn, function () { open = null; btn.setAttribute('aria-expanded', 'false'); });
      list.focus();
    });
    btn.setAttribute('aria-expanded', 'false');
    return btn;
  }

  /**
   * DataTable (v3 markup): div.p-datatable > div.p-datatable-wrapper > table.p-datatable-table[role=table];
   * `stack`: responsiveLayout="stack" — every cell also holds span.p-column-title with its column's title.
   */
  function dataTable(columns, rows, opts) {
    opts = opts || {};
    var thead = h('thead', { class: 'p-datatable-thead', role: 'rowgroup', 'data-pc-section': 'thead' }, h('tr', { role: 'row' }, columns.map(function (c) {
      return h('th', { class: c.headerClass || '', role: 'columnheader', 'data-pc-section': 'headercell', style: c.style }, h('div', { class: 'p-column-header-content', 'data-pc-section': 'headercontent' }, h('span', { class: 'p-column-title', 'data-pc-section': 'headertitle' }, c.header)));
    })));
    var body = [];
    if (!rows.length) body.push(h('tr', { class: 'p-datatable-emptymessage', role: 'row' }, h('td', { colspan: String(columns.length), role: 'cell' }, opts.empty || 'No records found')));
    var lastGroup;
    rows.forEach(function (r, i) {
      if (opts.groupBy && r[opts.groupBy] !== lastGroup) {
        lastGroup = r[opts.groupBy];
        body.push(h('tr', { class: 'p-rowgroup-header', role: 'row', 'data-pc-section': 'rowgroupheader' }, h('td', { colspan: String(columns.length), role: 'cell' }, opts.groupHeader(r))));
      }
      body.push(h('tr', { class: (i % 2 ? 'p-row-odd' : 'p-row-even'), role: 'row', tabindex: opts.selectable ? '0' : '-1', 'data-p-index': String(i), 'data-pc-section': 'bodyrow' }, columns.map(function (c) {
        var content = c.body ? c.body(r) : String(r[c.field] == null ? '' : r[c.field]);
        return h('td', { role: 'cell', class: c.bodyClass || '', 'data-pc-section': 'bodycell', style: c.style }, [opts.stack ? h('span', { class: 'p-column-title', 'data-pc-section': 'columntitle' }, c.header) : null, content]);
      })));
    });
    var wrapper = h('div', { class: 'p-datatable-wrapper p-datatable-table-container', 'data-pc-section': 'wrapper', style: opts.scrollHeight ? { overflow: 'auto', maxHeight: opts.scrollHeight } : { overflow: 'auto' } },
      h('table', { role: 'table', class: 'p-datatable-table' + (opts.scrollHeight ? ' p-datatable-scrollable-table' : ''), 'data-pc-section': 'table' }, [thead, h('tbody', { class: 'p-datatable-tbody', role: 'rowgroup', 'data-pc-section': 'tbody' }, body)]));
    return h('div', { class: 'p-datatable p-component' + (opts.stack ? ' p-datatable-responsive-stack' : '') + (opts.scrollHeight ? ' p-datatable-scrollable p-datatable-flex-scrollable' : '') + ' p-datatable-gridlines', 'data-pc-name': 'datatable', 'data-pc-section': 'root', 'data-scrollselectors': '.p-datatable-wrapper' }, [
      opts.header ? h('div', { class: 'p-datatable-header', 'data-pc-section': 'header' }, opts.header) : null,
      wrapper,
    ]);
  }
  function skeleton() {
    return h('div', { class: 'p-datatable p-component p-datatable-loading' }, h('div', { class: 'p-datatable-loading-overlay p-component-overlay', 'data-pc-section': 'loadingoverlay' }, h('i', { class: 'p-datatable-loading-icon pi-spin pi pi-spinner' })));
  }

  /** Dialog: div.p-dialog-mask.p-overlay-mask (teleported to <body>) > div.p-dialog[role=dialog][aria-modal][aria-labelledby]. */
  function dialog(title, opts) {
    opts = opts || {};
    var id = pvId();
    var closeBtn = button(null, { ariaLabel: 'Close', text: true, rounded: true, severity: 'secondary', cls: 'p-dialog-close-button p-dialog-header-icon p-dialog-header-close', pcName: 'pcclosebutton' }, function () { d.close(); });
    closeBtn.querySelector('.p-button-label').remove();
    closeBtn.prepend(svgIcon('times', 'p-dialog-close-icon p-dialog-header-close-icon', 'closeicon'));
    var header = h('div', { class: 'p-dialog-header', 'data-pc-section': 'header' }, [h('span', { id: id + '_header', class: 'p-dialog-title', 'data-pc-section': 'title' }, title), h('div', { class: 'p-dialog-header-actions', 'data-pc-section': 'headeractions' }, opts.closable === false ? null : closeBtn)]);
    var content = h('div', { id: id + '_content', class: 'p-dialog-content', 'data-pc-section': 'content' });
    var footer = h('div', { class: 'p-dialog-footer', 'data-pc-section': 'footer' });
    var box = h('div', { class: 'p-dialog p-component' + (opts.cls ? ' ' + opts.cls : ''), role: opts.role || 'dialog', 'aria-labelledby': id + '_header', 'aria-modal': 'true', 'data-pc-name': opts.pcName || 'dialog', 'data-pc-section': 'root', style: { width: opts.width || '32rem' }, 'data-pd-focustrap': 'true' }, [
      h('span', { class: 'p-hidden-accessible p-hidden-focusable', tabindex: '0', role: 'presentation', 'aria-hidden': 'true', 'data-p-hidden-focusable': 'true' }),
      header, content, footer,
      h('span', { class: 'p-hidden-accessible p-hidden-focusable', tabindex: '0', role: 'presentation', 'aria-hidden': 'true', 'data-p-hidden-focusable': 'true' }),
    ]);
    var mask = h('div', { class: 'p-dialog-mask p-overlay-mask p-overlay-mask-enter p-dialog-enter-from', 'data-pc-section': 'mask', style: { position: 'fixed', height: '100%', width: '100%', left: '0', top: '0', display: 'flex', justifyContent: 'center', alignItems: 'center', pointerEvents: 'auto', zIndex: String(nextZ()) } }, box);
    var closed = false;
    function onKey(e) { if (e.key === 'Escape' && opts.closeOnEscape !== false) { var masks = document.querySelectorAll('.p-dialog-mask'); if (masks[masks.length - 1] === mask) d.close(); } }
    var d = {
      box: box, content: content, footer: footer, mask: mask,
      close: function () {
        if (closed) return;
        closed = true;
        document.removeEventListener('keydown', onKey);
        mask.classList.remove('p-overlay-mask-enter');
        mask.classList.add('p-overlay-mask-leave', 'p-dialog-leave-active');
        setTimeout(function () {
          mask.remove();
          if (!document.querySelector('.p-dialog-mask')) document.body.classList.remove('p-overflow-hidden');
          if (opts.onHide) opts.onHide();
        }, 150);
      },
    };
    document.body.append(mask);
    document.body.classList.add('p-overflow-hidden');
    document.addEventListener('keydown', onKey);
    requestAnimationFrame(function () { mask.classList.remove('p-dialog-enter-from'); mask.classList.add('p-dialog-enter-active'); setTimeout(function () { mask.classList.remove('p-dialog-enter-active'); var f = box.querySelector('[autofocus], .p-dialog-content input, .p-dialog-footer .p-button'); if (f) f.focus(); }, 150); });
    return d;
  }

  /** ConfirmDialog ($confirm.require): p-dialog.p-confirmdialog, icon + span.p-confirmdialog-message, reject / accept buttons. */
  function confirm(o) {
    var d = dialog(o.header, { cls: 'p-confirmdialog', pcName: 'confirmdialog', role: 'alertdialog', width: '30rem' });
    d.content.append(h('span', { class: 'p-confirmdialog-icon pi pi-' + (o.icon || 'exclamation-triangle'), 'data-pc-section': 'icon' }), h('span', { class: 'p-confirmdialog-message', 'data-pc-section': 'message' }, o.message));
    var reject = button(o.rejectLabel || 'No', { text: true, severity: 'secondary', cls: 'p-confirmdialog-reject-button', pcName: 'pcrejectbutton' }, function () { d.close(); if (o.reject) o.reject(); });
    var accept = button(o.acceptLabel || 'Yes', { cls: 'p-confirmdialog-accept-button', pcName: 'pcacceptbutton', severity: o.acceptClass }, function () { o.accept(d, accept); });
    accept.setAttribute('autofocus', '');
    d.footer.append(reject, accept);
    return d;
  }

  /** Toast: div.p-toast (fixed, in <body> from the start) > div.p-toast-message[role=alert]; life 3 s. */
  var toastRoot = null;
  function toast(severity, summary, detail, life) {
    if (!toastRoot) {
      toastRoot = h('div', { class: 'p-toast p-component p-toast-top-right', 'data-pc-name': 'toast', 'data-pc-section': 'root', style: { position: 'fixed', top: '20px', right: '20px', zIndex: String(nextZ()) } }, h('div', { class: 'p-toast-message-list' }));
      document.body.append(toastRoot);
    }
    var close = h('button', { class: 'p-toast-close-button', type: 'button', 'aria-label': 'Close', 'data-pc-section': 'closebutton' }, svgIcon('times', 'p-toast-close-icon', 'closeicon'));
    var msg = h('div', { class: 'p-toast-message p-toast-message-' + severity + ' p-toast-message-enter-active', role: 'alert', 'aria-live': 'assertive', 'aria-atomic': 'true', 'data-pc-section': 'message' },
      h('div', { class: 'p-toast-message-content', 'data-pc-section': 'messagecontent' }, [
        svgIcon(severity === 'success' ? 'check' : 'warn', 'p-toast-message-icon', 'messageicon'),
        h('div', { class: 'p-toast-message-text', 'data-pc-section': 'messagetext' }, [h('span', { class: 'p-toast-summary', 'data-pc-section': 'summary' }, summary), h('div', { class: 'p-toast-detail', 'data-pc-section': 'detail' }, detail || '')]),
        h('div', {}, close),
      ]));
    function remove() { msg.classList.add('p-toast-message-leave-active'); setTimeout(function () { msg.remove(); }, 300); }
    close.addEventListener('click', remove);
    toastRoot.firstChild.append(msg);
    setTimeout(remove, life || 3000);
  }

  /** Message (inline): div.p-message[role=alert]. */
  function message(severity, text) {
    return h('div', { class: 'p-message p-component p-message-' + severity, role: 'alert', 'aria-live': 'assertive', 'aria-atomic': 'true', 'data-pc-name': 'message' }, h('div', { class: 'p-message-content', 'data-pc-section': 'content' }, [svgIcon('warn', 'p-message-icon', 'icon'), h('div', { class: 'p-message-text', 'data-pc-section': 'text' }, text)]));
  }

  /** TabView (v3): every panel rendered, the inactive ones display:none (not lazy). */
  function tabView(tabs, active, onChange) {
    var id = pvId();
    var headers = [];
    var panels = [];
    function activate(i) {
      headers.forEach(function (li, j) { li.classList.toggle('p-highlight', i === j); li.setAttribute('data-p-active', String(i === j)); li.firstChild.setAttribute('aria-selected', String(i === j)); li.firstChild.setAttribute('tabindex', i === j ? '0' : '-1'); });
      panels.forEach(function (p, j) { p.style.display = i === j ? '' : 'none'; p.setAttribute('aria-hidden', String(i !== j)); });
      if (onChange) onChange(i);
    }
    tabs.forEach(function (t, i) {
      headers.push(h('li', { class: 'p-tabview-header', role: 'presentation', 'data-pc-name': 'tabpanel', 'data-pc-section': 'header' }, h('a', { id: id + '_' + i + '_header_action', class: 'p-tabview-nav-link p-tabview-header-action', role: 'tab', tabindex: '-1', 'aria-controls': id + '_' + i + '_content', 'aria-selected': 'false', 'data-pc-section': 'headeraction', on: { click: function () { activate(i); } } }, h('span', { class: 'p-tabview-title', 'data-pc-section': 'headertitle' }, t[0]))));
      panels.push(h('div', { id: id + '_' + i + '_content', class: 'p-tabview-panel', role: 'tabpanel', 'aria-labelledby': id + '_' + i + '_header_action', 'data-pc-name': 'tabpanel', 'data-pc-section': 'content' }, t[1]));
    });
    var root = h('div', { class: 'p-tabview p-component', 'data-pc-name': 'tabview', 'data-pc-section': 'root' }, [
      h('div', { class: 'p-tabview-nav-container', 'data-pc-section': 'navcontainer' }, h('div', { class: 'p-tabview-nav-content', 'data-pc-section': 'navcontent' }, h('ul', { class: 'p-tabview-nav', role: 'tablist', 'data-pc-section': 'nav' }, headers.concat([h('li', { class: 'p-tabview-ink-bar', role: 'presentation', 'aria-hidden': 'true', 'data-pc-section': 'inkbar' })])))),
      h('div', { class: 'p-tabview-panels', 'data-pc-section': 'panelcontainer' }, panels),
    ]);
    activate(active || 0);
    return root;
  }

  function copy(text, then) {
    var done = function () { if (then) then(); };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, done);
    else done();
  }

  window.PV = { h: h, api: api, pvId: pvId, pi: pi, svgIcon: svgIcon, button: button, setLoading: setLoading, model: model, inputText: inputText, field: field, select: select, checkbox: checkbox, radio: radio, password: password, tooltip: tooltip, menuButton: menuButton, dataTable: dataTable, skeleton: skeleton, dialog: dialog, confirm: confirm, toast: toast, message: message, tabView: tabView, copy: copy };
})();
