// A small Material UI v5 look-alike: the DOM MUI renders for Button, IconButton, TextField
// (outlined, floating label tied by id), Dialog (portaled Modal: role=presentation root and
// container, Paper role=dialog, siblings aria-hidden, focus kept inside), Select (div combobox +
// hidden native input; the listbox in a Menu popover portaled to <body>), DataGrid (role=grid,
// role=row divs with aria-rowindex, only the rows in view rendered, placed by transform), Snackbar.
(function () {
  var uid = 0;
  var nextId = function () { return ':r' + (++uid).toString(36) + ':'; };
  function h(tag, attrs, kids) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'class') e.className = v;
      else if (k === 'on') Object.keys(v).forEach(function (ev) { e.addEventListener(ev, v[ev]); });
      else if (k === 'props') Object.assign(e, v);
      else e.setAttribute(k, v === true ? '' : v);
    });
    [].concat(kids === undefined ? [] : kids).forEach(function (c) { if (c !== null && c !== undefined) e.append(c); });
    return e;
  }
  function api(path, body) {
    var init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch('/__sandbox__/' + path, init).then(function (r) {
      return r.json().then(function (j) { if (!r.ok) throw new Error((j.error && j.error.message) || 'Something went wrong'); return j; });
    });
  }
  var ICONS = {
    eye: 'M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z',
    eyeOff: 'M12 7c2.76 0 5 2.24 5 5 0 .65-.13 1.26-.36 1.83l2.92 2.92c1.51-1.26 2.7-2.89 3.43-4.75-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7zM2 4.27l2.28 2.28.46.46C3.08 8.3 1.78 10.02 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84l.42.42L19.73 22 21 20.73 3.27 3 2 4.27z',
    copy: 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z',
    add: 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z',
    close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
    drop: 'M7 10l5 5 5-5z',
  };
  function icon(name) {
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'MuiSvgIcon-root');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('data-testid', name + 'Icon');
    var p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    p.setAttribute('d', ICONS[name]);
    svg.appendChild(p);
    return svg;
  }
  function button(text, opts, onClick) {
    opts = opts || {};
    var b = h('button', { class: 'MuiButtonBase-root MuiButton-root ' + (opts.contained ? 'MuiButton-contained' : 'MuiButton-text'), type: 'button', tabindex: '0' },
      [opts.startIcon ? h('span', { class: 'MuiButton-startIcon' }, icon(opts.startIcon)) : null, text, h('span', { class: 'MuiTouchRipple-root' })]);
    b.addEventListener('click', onClick);
    return b;
  }
  function iconButton(name, label, onClick) {
    var b = h('button', { class: 'MuiButtonBase-root MuiIconButton-root', type: 'button', tabindex: '0', 'aria-label': label }, [icon(name), h('span', { class: 'MuiTouchRipple-root' })]);
    b.addEventListener('click', onClick);
    return b;
  }
  function textField(label, opts) {
    opts = opts || {};
    var id = nextId();
    var input = h('input', { class: 'MuiInputBase-input MuiOutlinedInput-input', id: id, type: opts.type || 'text', 'aria-invalid': 'false', readonly: opts.readOnly, required: opts.required, 'aria-describedby': opts.helper ? id + '-helper-text' : undefined });
    if (opts.value !== undefined) input.value = opts.value;
    var lab = h('label', { class: 'MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-outlined', 'data-shrink': 'false', for: id, id: id + '-label' },
      [label, opts.required ? h('span', { 'aria-hidden': 'true', class: 'MuiFormLabel-asterisk MuiInputLabel-asterisk' }, ' *') : null]);
    var shrink = function () { var s = document.activeElement === input || input.value !== ''; lab.classList.toggle('MuiInputLabel-shrink', s); lab.setAttribute('data-shrink', String(s)); };
    ['focus', 'blur', 'input'].forEach(function (ev) { input.addEventListener(ev, shrink); });
    var root = h('div', { class: 'MuiInputBase-root MuiOutlinedInput-root MuiInputBase-formControl' + (opts.adornment ? ' MuiInputBase-adornedEnd' : '') }, [input, opts.adornment ? h('div', { class: 'MuiInputAdornment-root MuiInputAdornment-positionEnd' }, opts.adornment) : null,
      h('fieldset', { 'aria-hidden': 'true', class: 'MuiOutlinedInput-notchedOutline', style: 'display:none' }, h('legend', {}, h('span', {}, label)))]);
    var field = h('div', { class: 'MuiFormControl-root MuiTextField-root' }, [lab, root, opts.helper ? h('p', { class: 'MuiFormHelperText-root', id: id + '-helper-text' }, opts.helper) : null]);
    shrink();
    return { field: field, input: input, refresh: shrink };
  }

  // Modal: everything else in <body> is aria-hidden while it is open; focus leaving it comes back.
  var openModals = [];
  function modal(rootClass, inner, onBackdrop, invisible) {
    var backdrop = h('div', { class: 'MuiBackdrop-root' + (invisible ? ' MuiBackdrop-invisible' : ''), 'aria-hidden': 'true' });
    if (onBackdrop) backdrop.addEventListener('click', onBackdrop);
    var rootEl = h('div', { role: 'presentation', class: 'MuiModal-root ' + rootClass }, [backdrop, h('div', { tabindex: '0', 'data-testid': 'sentinelStart' }), inner, h('div', { tabindex: '0', 'data-testid': 'sentinelEnd' })]);
    var hidden = [].filter.call(document.body.children, function (c) { return c.tagName !== 'SCRIPT' && !c.hasAttribute('aria-hidden'); });
    hidden.forEach(function (c) { c.setAttribute('aria-hidden', 'true'); });
    document.body.appendChild(rootEl);
    var keep = function (e) { if (openModals[openModals.length - 1] === rootEl && !rootEl.contains(e.target)) { var f = rootEl.querySelector('[tabindex="-1"]'); if (f) f.focus(); } };
    document.addEventListener('focusin', keep);
    openModals.push(rootEl);
    return function close() {
      document.removeEventListener('focusin', keep);
      hidden.forEach(function (c) { c.removeAttribute('aria-hidden'); });
      openModals.splice(openModals.indexOf(rootEl), 1);
      rootEl.remove();
    };
  }
  function dialog(title) {
    var titleId = nextId();
    var content = h('div', { class: 'MuiDialogContent-root' });
    var actions = h('div', { class: 'MuiDialogActions-root MuiDialogActions-spacing' });
    var heading = h('h2', { class: 'MuiTypography-root MuiTypography-h6 MuiDialogTitle-root', id: titleId }, title);
    var paper = h('div', { class: 'MuiPaper-root MuiPaper-elevation24 MuiPaper-rounded MuiDialog-paper MuiDialog-paperScrollPaper MuiDialog-paperWidthSm', role: 'dialog', 'aria-labelledby': titleId }, [heading, content, actions]);
    var container = h('div', { class: 'MuiDialog-container MuiDialog-scrollPaper', role: 'presentation', tabindex: '-1' }, paper);
    var close = modal('MuiDialog-root', container, null, false);
    container.focus();
    return { paper: paper, content: content, actions: actions, close: close, title: function (t) { heading.textContent = t; } };
  }
  function snackbar(text) {
    var s = h('div', { class: 'MuiSnackbar-root MuiSnackbar-anchorOriginBottomLeft', role: 'presentation' }, h('div', { class: 'MuiPaper-root MuiSnackbarContent-root', role: 'alert' }, h('div', { class: 'MuiSnackbarContent-message' }, text)));
    document.body.appendChild(s);
    setTimeout(function () { s.remove(); }, 4000);
  }
  // Select: the shown value is a div combobox; the chosen value goes in a hidden native input.
  function select(label, options, onChange) {
    var id = nextId();
    var shown = h('div', { tabindex: '0', role: 'combobox', 'aria-controls': id + '-menu', 'aria-expanded': 'false', 'aria-haspopup': 'listbox', 'aria-labelledby': id + '-label ' + id, id: id, class: 'MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input' }, h('span', { class: 'notranslate' }, '\u200B'));
    var nat = h('input', { 'aria-invalid': 'false', 'aria-hidden': 'true', tabindex: '-1', class: 'MuiSelect-nativeInput', value: '' });
    var lab = h('label', { class: 'MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-outlined', 'data-shrink': 'false', id: id + '-label' }, label);
    var drop = icon('drop');
    drop.setAttribute('class', 'MuiSvgIcon-root MuiSelect-icon MuiSelect-iconOutlined');
    var root = h('div', { class: 'MuiInputBase-root MuiOutlinedInput-root MuiInputBase-formControl' }, [shown, nat, drop]);
    var field = h('div', { class: 'MuiFormControl-root' }, [lab, root]);
    var chosen = '';
    function open() {
      var r = root.getBoundingClientRect();
      var list = h('ul', { class: 'MuiList-root MuiList-padding MuiMenu-list', role: 'listbox', tabindex: '-1', 'aria-labelledby': id + '-label', id: id + '-menu' }, options.map(function (o) {
        var li = h('li', { class: 'MuiButtonBase-root MuiMenuItem-root' + (o.value === chosen ? ' Mui-selected' : ''), tabindex: o.value === chosen ? '0' : '-1', role: 'option', 'aria-selected': String(o.value === chosen), 'data-value': o.value }, o.label);
        li.addEventListener('click', function () {
          chosen = o.value;
          nat.value = o.value;
          shown.replaceChildren(o.label);
          lab.classList.add('MuiInputLabel-shrink');
          done();
          onChange(o.value);
        });
        return li;
      }));
      var paper = h('div', { class: 'MuiPaper-root MuiPaper-elevation8 MuiPopover-paper MuiMenu-paper', tabindex: '-1', style: 'top:' + r.bottom + 'px;left:' + r.left + 'px;min-width:' + r.width + 'px' }, list);
      var close = modal('MuiPopover-root MuiMenu-root', paper, function () { done(); }, true);
      shown.setAttribute('aria-expanded', 'true');
      function done() { close(); shown.setAttribute('aria-expanded', 'false'); shown.focus(); }
    }
    shown.addEventListener('mousedown', function (e) { e.preventDefault(); open(); });
    shown.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown') { e.preventDefault(); open(); } });
    return field;
  }

  // DataGrid: header row and data rows are role=row divs; only rows inside the scroller's view
  // (plus one) are in the DOM, each placed by translateY; aria-rowindex counts the header as 1.
  var ROW = 52;
  function dataGrid(columns, rows, opts) {
    opts = opts || {};
    var visibleRows = opts.visibleRows || 5;
    var headRow = h('div', { role: 'row', 'aria-rowindex': '1', class: 'MuiDataGrid-columnHeadersInner' }, columns.map(function (c, i) {
      return h('div', { class: 'MuiDataGrid-columnHeader', role: 'columnheader', tabindex: '-1', 'data-field': c.field, 'aria-colindex': String(i + 1), 'aria-sort': 'none', style: 'width:' + c.width + 'px;min-width:' + c.width + 'px' },
        h('div', { class: 'MuiDataGrid-columnHeaderTitleContainer' }, h('div', { class: 'MuiDataGrid-columnHeaderTitle' }, c.headerName)));
    }));
    var zone = h('div', { class: 'MuiDataGrid-virtualScrollerRenderZone', role: 'rowgroup' });
    var contentEl = h('div', { class: 'MuiDataGrid-virtualScrollerContent', style: 'height:' + rows.length * ROW + 'px' }, zone);
    var scroller = h('div', { class: 'MuiDataGrid-virtualScroller', style: 'height:' + Math.max(1, Math.min(visibleRows, rows.length)) * ROW + 'px' }, contentEl);
    function paint() {
      var first = Math.floor(scroller.scrollTop / ROW);
      var last = Math.min(rows.length, first + visibleRows + 1);
      zone.style.transform = 'translate3d(0px, ' + first * ROW + 'px, 0px)';
      zone.replaceChildren.apply(zone, rows.slice(first, last).map(function (r, k) {
        var index = first + k;
        return h('div', { class: 'MuiDataGrid-row' + (index % 2 ? ' Mui-odd' : ' Mui-even'), role: 'row', 'data-id': r.id, 'data-rowindex': String(index), 'aria-rowindex': String(index + 2), 'aria-selected': 'false' }, columns.map(function (c, i) {
          var v = c.render ? c.render(r) : r[c.field];
          return h('div', { class: 'MuiDataGrid-cell MuiDataGrid-cell--textLeft', role: 'cell', 'data-field': c.field, 'data-colindex': String(i), 'aria-colindex': String(i + 1), tabindex: '-1', style: 'width:' + c.width + 'px;min-width:' + c.width + 'px' }, v);
        }));
      }));
    }
    scroller.addEventListener('scroll', paint);
    paint();
    var footer = h('div', { class: 'MuiDataGrid-footerContainer' }, h('div', { class: 'MuiDataGrid-rowCount' }, 'Total Rows: ' + rows.length));
    var body = rows.length ? scroller : h('div', { class: 'MuiDataGrid-overlay' }, opts.empty || 'No rows');
    return h('div', { class: 'MuiDataGrid-root MuiDataGrid-root--densityStandard', role: 'grid', 'aria-colcount': String(columns.length), 'aria-rowcount': String(rows.length + 1), 'aria-multiselectable': 'false', 'aria-label': opts.label },
      h('div', { class: 'MuiDataGrid-main' }, [h('div', { class: 'MuiDataGrid-columnHeaders', role: 'rowgroup' }, headRow), body, footer]));
  }

  window.MUI = { h: h, api: api, icon: icon, button: button, iconButton: iconButton, textField: textField, dialog: dialog, snackbar: snackbar, select: select, dataGrid: dataGrid };
})();
