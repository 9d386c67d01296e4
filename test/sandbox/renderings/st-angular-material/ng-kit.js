// What Angular Material 15+ (MDC-based components) puts in the DOM, reproduced without Angular:
// component hosts as custom elements with _nghost-ng-cN / _ngcontent-ng-cN attributes, Angular's
// comment anchors (<!--container-->, <!--bindings…-->), mat-button (MDC classes, label span), mat-icon
// (ligature text), mat-form-field (floating label[for] holding mat-label), mat-select (div combobox;
// its listbox in the cdk overlay, with a transparent backdrop), mat-checkbox (native input under the
// MDC box + label[for]), mat-dialog (cdk overlay container: dark backdrop, global wrapper, pane,
// mat-dialog-container role=dialog aria-modal aria-labelledby; siblings of the container aria-hidden;
// focus trap anchors; MDC open/close animation classes), mat-snack-bar (overlay, aria-live), mat-chip.
(function () {
  var counters = {};
  function next(kind) { counters[kind] = (counters[kind] || 0); return counters[kind]++; }
  var scope = 'ng-c0';
  function h(tag, attrs, kids) {
    var e = document.createElement(tag);
    e.setAttribute('_ngcontent-' + scope, '');
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'class') e.className = v;
      else if (k === 'on') Object.keys(v).forEach(function (ev) { e.addEventListener(ev, v[ev]); });
      else if (k === 'props') Object.assign(e, v);
      else if (k === 'style') e.style.cssText = v;
      else e.setAttribute(k, v === true ? '' : v);
    });
    append(e, kids);
    return e;
  }
  function append(e, kids) {
    [].concat(kids === undefined ? [] : kids).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      e.append(typeof c === 'number' ? String(c) : c);
    });
  }
  /** A component host: <tag _nghost-ng-cN ng-version?>, its children rendered in its own scope. */
  function component(tag, attrs, render) {
    var hostScope = 'ng-c' + (1000 + next('component') * 7);
    var host = h(tag, attrs);
    host.setAttribute('_nghost-' + hostScope, '');
    var outer = scope;
    scope = hostScope;
    try { append(host, render(host)); } finally { scope = outer; }
    return host;
  }
  function comment(text) { return document.createComment(text); }
  function ngIf(node) { return node ? [node, comment('container')] : [comment('container')]; }

  function api(path, body) {
    var init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch('/__sandbox__/' + path, init).then(function (r) {
      return r.json().then(function (j) { if (!r.ok) throw new Error((j.error && j.error.message) || 'Something went wrong'); return j; });
    });
  }

  function icon(name) {
    return h('mat-icon', { role: 'img', 'aria-hidden': 'true', class: 'mat-icon notranslate material-icons mat-ligature-font mat-icon-no-color', 'data-mat-icon-type': 'font' }, name);
  }

  /** mat-button flavours: raised (filled), stroked, flat, plain. */
  function button(text, opts, onClick) {
    opts = opts || {};
    var kind = opts.kind || 'button';
    var cls = { raised: 'mdc-button mdc-button--raised mat-mdc-raised-button', stroked: 'mdc-button mdc-button--outlined mat-mdc-outlined-button', flat: 'mdc-button mdc-button--unelevated mat-mdc-unelevated-button', button: 'mdc-button mat-mdc-button' }[kind];
    var attrs = { class: cls + (opts.color ? ' mat-' + opts.color : ' mat-unthemed') + ' mat-mdc-button-base', type: opts.type || 'button', color: opts.color, 'mat-ripple-loader-class-name': 'mat-mdc-button-ripple' };
    attrs['mat-' + (kind === 'button' ? '' : kind + '-') + 'button'] = '';
    var b = h('button', attrs, [
      h('span', { class: 'mat-mdc-button-persistent-ripple mdc-button__ripple' }),
      opts.icon ? icon(opts.icon) : null,
      h('span', { class: 'mdc-button__label' }, text),
      h('span', { class: 'mat-mdc-focus-indicator' }),
      h('span', { class: 'mat-mdc-button-touch-target' }),
    ]);
    if (onClick) b.addEventListener('click', function (ev) { if (!b.disabled) onClick(ev); });
    b.setDisabled = function (off) {
      b.disabled = off;
      b.classList.toggle('mat-mdc-button-disabled', off);
      if (off) b.setAttribute('aria-disabled', 'true'); else b.removeAttribute('aria-disabled');
    };
    return b;
  }

  function chip(text, tone) {
    return h('mat-chip', { class: 'mat-mdc-chip mat-mdc-basic-chip mdc-evolution-chip mat-mdc-standard-chip mdc-evolution-chip--disabled? '.replace(' mdc-evolution-chip--disabled? ', ' ') + 'st-chip-' + tone, role: 'presentation' }, [
      h('span', { class: 'mat-mdc-chip-focus-overlay' }),
      h('span', { class: 'mdc-evolution-chip__cell mdc-evolution-chip__cell--primary' }, h('span', { class: 'mdc-evolution-chip__action mat-mdc-chip-action mdc-evolution-chip__action--primary', tabindex: '-1' }, [
        h('span', { class: 'mdc-evolution-chip__text-label mat-mdc-chip-action-label' }, [text, h('span', { class: 'mat-mdc-chip-primary-focus-indicator mat-mdc-focus-indicator' })]),
      ])),
    ]);
  }

  // ---- form fields ----
  function formFieldShell(labelText, controlId, required, infixChild, hint, typeClass) {
    var labelId = 'mat-mdc-form-field-label-' + next('label');
    var label = h('label', { class: 'mdc-floating-label mat-mdc-floating-label', id: labelId, for: controlId }, [
      h('mat-label', {}, labelText),
      required ? h('span', { 'aria-hidden': 'true', class: 'mat-mdc-form-field-required-marker mdc-floating-label--required' }) : null,
    ]);
    var flex = h('div', { class: 'mat-mdc-form-field-flex' }, [
      h('div', { matformfieldnotchedoutline: '', class: 'mdc-notched-outline mdc-notched-outline--upgraded' }, [
        h('div', { class: 'mdc-notched-outline__leading' }),
        h('div', { class: 'mdc-notched-outline__notch' }, label),
        h('div', { class: 'mdc-notched-outline__trailing' }),
      ]),
      h('div', { class: 'mat-mdc-form-field-infix' }, infixChild),
    ]);
    var field = h('mat-form-field', { appearance: 'outline', class: 'mat-mdc-form-field ' + typeClass + ' mat-form-field-appearance-outline mat-primary' }, [
      h('div', { class: 'mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined' }, flex),
      h('div', { class: 'mat-mdc-form-field-subscript-wrapper mat-mdc-form-field-bottom-align' },
        h('div', { class: 'mat-mdc-form-field-hint-wrapper' }, hint ? [h('mat-hint', { class: 'mat-mdc-form-field-hint mat-mdc-form-field-bottom-align' }, hint), h('div', { class: 'mat-mdc-form-field-hint-spacer' })] : h('div', { class: 'mat-mdc-form-field-hint-spacer' }))),
    ]);
    function floatLabel(up) {
      label.classList.toggle('mdc-floating-label--float-above', up);
      field.querySelector('.mdc-notched-outline').classList.toggle('mdc-notched-outline--notched', up);
    }
    return { field: field, label: label, flex: flex, floatLabel: floatLabel, labelId: labelId };
  }

  function input(labelText, opts) {
    opts = opts || {};
    var id = 'mat-input-' + next('input');
    var el = h('input', { matinput: '', class: 'mat-mdc-input-element mat-mdc-form-field-input-control mdc-text-field__input', id: id, required: opts.required, 'aria-required': opts.required ? 'true' : 'false', 'aria-invalid': 'false', placeholder: opts.placeholder });
    var ff = formFieldShell(labelText, id, opts.required, el, opts.hint, 'mat-mdc-form-field-type-mat-input');
    function sync() { ff.floatLabel(document.activeElement === el || el.value !== '' || !!opts.placeholder); ff.field.classList.toggle('mat-focused', document.activeElement === el); }
    el.addEventListener('focus', sync);
    el.addEventListener('blur', sync);
    el.addEventListener('input', sync);
    ff.flex.addEventListener('click', function (ev) { if (ev.target !== el) el.focus(); });
    sync();
    return { field: ff.field, input: el };
  }

  // ---- overlay ----
  var container = null;
  function overlayContainer() {
    if (!container || !container.isConnected) {
      container = document.createElement('div');
      container.className = 'cdk-overlay-container';
      document.body.appendChild(container);
    }
    return container;
  }
  function announcer() {
    var a = document.querySelector('.cdk-live-announcer-element');
    if (!a) {
      a = document.createElement('div');
      a.className = 'cdk-live-announcer-element cdk-visually-hidden';
      a.setAttribute('aria-atomic', 'true');
      a.setAttribute('aria-live', 'polite');
      a.id = 'cdk-live-announcer-0';
      document.body.appendChild(a);
    }
    return a;
  }
  var openDialogs = [];
  var hiddenByUs = [];
  function hideSiblings() {
    var c = overlayContainer();
    Array.prototype.forEach.call(document.body.children, function (el) {
      if (el === c || el.tagName === 'SCRIPT' || el.classList.contains('cdk-live-announcer-element') || el.hasAttribute('aria-live') || el.hasAttribute('aria-hidden')) return;
      el.setAttribute('aria-hidden', 'true');
      hiddenByUs.push(el);
    });
  }
  function unhideSiblings() {
    hiddenByUs.forEach(function (el) { el.removeAttribute('aria-hidden'); });
    hiddenByUs = [];
  }
  function focusAnchor() { return h('div', { tabindex: '0', class: 'cdk-visually-hidden cdk-focus-trap-anchor', 'aria-hidden': 'true' }); }

  /** MatDialog.open: returns { content, actions, close, element }. */
  function dialog(title, opts) {
    opts = opts || {};
    var n = next('dialog');
    var titleId = 'mat-mdc-dialog-title-' + n;
    var c = overlayContainer();
    var backdrop = h('div', { class: 'cdk-overlay-backdrop cdk-overlay-dark-backdrop' });
    var parts = {};
    var body = component('st-dialog-' + (opts.name || 'content'), {}, function () {
      parts.title = h('h2', { 'mat-dialog-title': '', class: 'mat-mdc-dialog-title mdc-dialog__title', id: titleId }, title);
      parts.content = h('mat-dialog-content', { class: 'mat-mdc-dialog-content mdc-dialog__content' });
      parts.actions = h('mat-dialog-actions', { align: 'end', class: 'mat-mdc-dialog-actions mdc-dialog__actions mat-mdc-dialog-actions-align-end' });
      return [parts.title, parts.content, parts.actions];
    });
    var dc = document.createElement('mat-dialog-container');
    dc.setAttribute('tabindex', '-1');
    dc.className = 'mat-mdc-dialog-container mdc-dialog cdk-dialog-container mdc-dialog--opening';
    dc.id = 'mat-mdc-dialog-' + n;
    dc.setAttribute('role', 'dialog');
    dc.setAttribute('aria-modal', 'true');
    dc.setAttribute('aria-labelledby', titleId);
    dc.setAttribute('_nghost-ng-c3115', '');
    var surface = document.createElement('div');
    surface.className = 'mat-mdc-dialog-surface mdc-dialog__surface';
    surface.setAttribute('_ngcontent-ng-c3115', '');
    surface.append(body, comment('container'));
    var inner = document.createElement('div');
    inner.className = 'mdc-dialog__container';
    inner.setAttribute('_ngcontent-ng-c3115', '');
    inner.append(surface);
    dc.append(focusAnchor(), inner, focusAnchor());
    var pane = document.createElement('div');
    pane.id = 'cdk-overlay-' + next('overlay');
    pane.className = 'cdk-overlay-pane mat-mdc-dialog-panel';
    pane.style.cssText = 'width: ' + (opts.width || '560px') + '; max-width: 80vw; position: static;';
    pane.append(dc);
    var wrapper = document.createElement('div');
    wrapper.className = 'cdk-global-overlay-wrapper';
    wrapper.setAttribute('dir', 'ltr');
    wrapper.style.cssText = 'justify-content: center; align-items: center;';
    wrapper.append(pane);
    var before = document.createElement('div');
    before.tabIndex = 0; before.className = 'cdk-visually-hidden cdk-focus-trap-anchor'; before.setAttribute('aria-hidden', 'true');
    c.append(backdrop, wrapper);
    var opener = document.activeElement;
    if (!openDialogs.length) hideSiblings();
    var ref = { content: parts.content, actions: parts.actions, element: dc, closed: false };
    openDialogs.push(ref);
    requestAnimationFrame(function () { backdrop.classList.add('cdk-overlay-backdrop-showing'); });
    setTimeout(function () { dc.classList.remove('mdc-dialog--opening'); dc.classList.add('mdc-dialog--open'); }, 150);
    ref.close = function () {
      if (ref.closed) return;
      ref.closed = true;
      dc.classList.remove('mdc-dialog--open', 'mdc-dialog--opening');
      dc.classList.add('mdc-dialog--closing');
      backdrop.classList.remove('cdk-overlay-backdrop-showing');
      openDialogs.splice(openDialogs.indexOf(ref), 1);
      setTimeout(function () {
        wrapper.remove();
        backdrop.remove();
        if (!openDialogs.length) unhideSiblings();
        if (opener && opener.isConnected && opener.focus) opener.focus();
      }, 75);
    };
    if (!opts.disableClose) backdrop.addEventListener('click', ref.close);
    dc.addEventListener('keydown', function (ev) { if (ev.key === 'Escape' && !opts.disableClose && !document.querySelector('.mat-mdc-select-panel')) ref.close(); });
    setTimeout(function () {
      var first = dc.querySelector('input:not([type=checkbox]), mat-select, button:not([disabled])');
      (first || dc).focus();
    }, 0);
    return ref;
  }

  /** MatSnackBar.open(message, action): bottom-centre, announced through aria-live. */
  function snackbar(message, action) {
    var c = overlayContainer();
    var live = h('div', { 'aria-live': 'polite' });
    var sb = component('mat-snack-bar-container', { class: 'mdc-snackbar mat-mdc-snack-bar-container mdc-snackbar--opening' }, function () {
      return h('div', { class: 'mdc-snackbar__surface' }, h('div', { class: 'mat-mdc-snack-bar-label' }, [h('div', { 'aria-hidden': 'true' }), live]));
    });
    var wrapper = document.createElement('div');
    wrapper.className = 'cdk-global-overlay-wrapper';
    wrapper.setAttribute('dir', 'ltr');
    wrapper.style.cssText = 'justify-content: center; align-items: flex-end;';
    var pane = document.createElement('div');
    pane.id = 'cdk-overlay-' + next('overlay');
    pane.className = 'cdk-overlay-pane';
    pane.style.cssText = 'position: static; margin-bottom: 0px;';
    pane.append(sb);
    wrapper.append(pane);
    c.append(wrapper);
    var done = function () { sb.classList.add('mdc-snackbar--closing'); setTimeout(function () { wrapper.remove(); }, 75); };
    // The live region gets its content a moment later (cdk's announcement delay).
    setTimeout(function () {
      live.append(component('simple-snack-bar', { class: 'mat-mdc-simple-snack-bar' }, function () {
        return [
          h('div', { matsnackbarlabel: '', class: 'mat-mdc-snack-bar-label mdc-snackbar__label' }, message),
          action ? h('div', { matsnackbaractions: '', class: 'mat-mdc-snack-bar-actions mdc-snackbar__actions' }, button(action, { kind: 'button' }, done)) : comment('container'),
        ];
      }));
      sb.classList.remove('mdc-snackbar--opening');
      sb.classList.add('mdc-snackbar--open');
      announcer().textContent = message;
    }, 100);
    setTimeout(done, 4000);
  }

  /** mat-select in a mat-form-field; options [{ value, label }]; the panel opens in the overlay. */
  function select(labelText, options, onChange, opts) {
    opts = opts || {};
    var n = next('select');
    var id = 'mat-select-' + n;
    var valueId = 'mat-select-value-' + n;
    var placeholderSpan = h('span', { class: 'mat-mdc-select-placeholder mat-mdc-select-min-line' }, opts.placeholder || '');
    var valueBox = h('div', { class: 'mat-mdc-select-value', id: valueId }, [placeholderSpan, comment('container')]);
    var sel = h('mat-select', { role: 'combobox', 'aria-haspopup': 'listbox', class: 'mat-mdc-select mat-mdc-select-empty', id: id, tabindex: '0', 'aria-expanded': 'false', 'aria-required': 'false', 'aria-disabled': 'false', 'aria-invalid': 'false' }, [
      h('div', { 'cdk-overlay-origin': '', class: 'mat-mdc-select-trigger' }, [
        valueBox,
        h('div', { class: 'mat-mdc-select-arrow-wrapper' }, h('div', { class: 'mat-mdc-select-arrow' }, (function () {
          var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
          svg.setAttribute('viewBox', '0 0 24 24'); svg.setAttribute('width', '24px'); svg.setAttribute('height', '24px'); svg.setAttribute('focusable', 'false'); svg.setAttribute('aria-hidden', 'true');
          var p = document.createElementNS('http://www.w3.org/2000/svg', 'path'); p.setAttribute('d', 'M7 10l5 5 5-5z'); svg.append(p);
          return svg;
        })())),
      ]),
    ]);
    var ff = formFieldShell(labelText, id, false, sel, opts.hint, 'mat-mdc-form-field-type-mat-select');
    sel.setAttribute('aria-labelledby', ff.labelId + ' ' + valueId);
    ff.floatLabel(!!opts.placeholder);
    var current = null;
    var panelParts = null;
    function show(option) {
      current = option;
      valueBox.replaceChildren(option ? h('span', { class: 'mat-mdc-select-value-text' }, h('span', { class: 'mat-mdc-select-min-line' }, option.label)) : placeholderSpan, comment('container'));
      sel.classList.toggle('mat-mdc-select-empty', !option);
      ff.floatLabel(!!option || !!opts.placeholder || !!panelParts);
    }
    function close() {
      if (!panelParts) return;
      panelParts.backdrop.remove();
      panelParts.box.remove();
      panelParts = null;
      sel.setAttribute('aria-expanded', 'false');
      sel.removeAttribute('aria-controls');
      sel.removeAttribute('aria-activedescendant');
      ff.field.classList.remove('mat-focused');
      show(current);
      sel.focus();
    }
    function open() {
      if (panelParts) return;
      var c = overlayContainer();
      var backdrop = h('div', { class: 'cdk-overlay-backdrop cdk-overlay-transparent-backdrop cdk-overlay-backdrop-showing' });
      backdrop.addEventListener('click', close);
      var panelId = id + '-panel';
      var panel = h('div', { role: 'listbox', tabindex: '-1', class: 'mat-mdc-select-panel mdc-menu-surface mdc-menu-surface--open mat-primary', id: panelId, 'aria-multiselectable': 'false', 'aria-labelledby': ff.labelId },
        options.map(function (o) {
          var oid = 'mat-option-' + next('option');
          var chosen = current && current.value === o.value;
          var el = h('mat-option', { role: 'option', class: 'mat-mdc-option mdc-list-item' + (chosen ? ' mdc-list-item--selected mat-mdc-option-active' : ''), id: oid, tabindex: '0', 'aria-disabled': 'false', 'aria-selected': chosen ? 'true' : 'false' }, [
            h('span', { class: 'mdc-list-item__primary-text' }, o.label),
            chosen ? h('mat-pseudo-checkbox', { state: 'checked', appearance: 'minimal', class: 'mat-pseudo-checkbox mat-mdc-option-pseudo-checkbox mat-pseudo-checkbox-checked mat-pseudo-checkbox-minimal' }) : comment('container'),
            h('div', { 'mat-ripple': '', class: 'mat-ripple mat-mdc-option-ripple mat-mdc-focus-indicator' }),
          ]);
          el.addEventListener('click', function () { show(o); close(); onChange(o.value); });
          return el;
        }));
      var r = sel.closest('.mat-mdc-text-field-wrapper').getBoundingClientRect();
      var pane = document.createElement('div');
      pane.id = 'cdk-overlay-' + next('overlay');
      pane.className = 'cdk-overlay-pane mat-mdc-select-panel-above?'.replace('mat-mdc-select-panel-above?', '');
      pane.style.cssText = 'position: absolute; width: ' + r.width + 'px; left: ' + r.left + 'px; top: ' + r.bottom + 'px;';
      pane.append(panel);
      var box = document.createElement('div');
      box.className = 'cdk-overlay-connected-position-bounding-box';
      box.setAttribute('dir', 'ltr');
      box.style.cssText = 'top: 0px; left: 0px; height: 100%; width: 100%;';
      box.append(pane);
      c.append(backdrop, box);
      panelParts = { backdrop: backdrop, box: box };
      sel.setAttribute('aria-expanded', 'true');
      sel.setAttribute('aria-controls', panelId);
      ff.field.classList.add('mat-focused');
      ff.floatLabel(true);
      // If the panel would leave the window, cdk flips it above the field.
      var pr = pane.getBoundingClientRect();
      if (pr.bottom > window.innerHeight) pane.style.top = Math.max(8, r.top - pr.height) + 'px';
      var first = panel.querySelector('mat-option');
      if (first) { first.classList.add('mat-mdc-option-active'); sel.setAttribute('aria-activedescendant', first.id); }
      panel.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { ev.stopPropagation(); close(); } });
    }
    ff.flex.addEventListener('click', function (ev) { ev.stopPropagation(); if (panelParts) close(); else open(); });
    sel.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ' || ev.key === 'ArrowDown') { ev.preventDefault(); open(); }
      else if (ev.key === 'Escape' && panelParts) { ev.stopPropagation(); close(); }
    });
    return { field: ff.field, select: sel, value: function () { return current && current.value; } };
  }

  /** mat-checkbox: the native input under the MDC box, its words in a label[for]. */
  function checkbox(text, onChange) {
    var id = 'mat-mdc-checkbox-' + next('checkbox');
    var native = h('input', { type: 'checkbox', class: 'mdc-checkbox__native-control', id: id + '-input', tabindex: '0' });
    var host = component('mat-checkbox', { class: 'mat-mdc-checkbox mat-accent', id: id }, function () {
      return h('div', { class: 'mdc-form-field' }, [
        h('div', { class: 'mdc-checkbox' }, [
          h('div', { class: 'mat-mdc-checkbox-touch-target' }),
          native,
          h('div', { class: 'mdc-checkbox__ripple' }),
          h('div', { class: 'mdc-checkbox__background' }, [(function () {
            var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
            svg.setAttribute('focusable', 'false'); svg.setAttribute('viewBox', '0 0 24 24'); svg.setAttribute('aria-hidden', 'true'); svg.setAttribute('class', 'mdc-checkbox__checkmark');
            var p = document.createElementNS('http://www.w3.org/2000/svg', 'path'); p.setAttribute('fill', 'none'); p.setAttribute('d', 'M1.73,12.91 8.1,19.28 22.79,4.59'); p.setAttribute('class', 'mdc-checkbox__checkmark-path'); svg.append(p);
            return svg;
          })(), h('div', { class: 'mdc-checkbox__mixedmark' })]),
          h('div', { 'mat-ripple': '', class: 'mat-ripple mat-mdc-checkbox-ripple mat-mdc-focus-indicator' }),
        ]),
        h('label', { class: 'mdc-label', for: id + '-input' }, text),
      ]);
    });
    native.addEventListener('change', function () {
      host.classList.toggle('mat-mdc-checkbox-checked', native.checked);
      onChange(native.checked);
    });
    return host;
  }

  window.NG = { h: h, component: component, comment: comment, ngIf: ngIf, api: api, icon: icon, button: button, chip: chip, input: input, dialog: dialog, snackbar: snackbar, select: select, checkbox: checkbox };
})();
