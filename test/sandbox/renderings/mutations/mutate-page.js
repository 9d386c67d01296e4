// Markup mutations of the default sandbox CRM pages (test/sandbox/sites), injected first in <head>
// by ./index.ts with its config: `(function (config) {…})({ kinds, seed, words })`. A MutationObserver
// rewrites what the page's own scripts render, as they render it, one kind of change at a time (or a
// few combined). It keeps the page usable by a person: controls are never recreated without their
// listeners (nodes are moved, attributes changed, or a twin forwards to the hidden original), and
// every change is idempotent (a node is changed once; what the script itself makes is marked).
// Deterministic: every choice comes from a hash of the seed and the element's words.
(function (config) {
  'use strict';

  var kinds = {};
  config.kinds.forEach(function (kind) { kinds[kind] = true; });
  var words = config.words || {};
  var hasWords = Object.keys(words).length > 0;
  var MARK = 'data-mutation';
  var DIALOG = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog';
  var done = {};
  function once(name, el) {
    var set = done[name] || (done[name] = new WeakSet());
    if (set.has(el)) return false;
    set.add(el);
    return true;
  }

  function hash(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h;
  }
  /** 0 … n-1, fixed by the seed and the key (not by the order things appear in). */
  function pick(key, n) {
    return hash(config.seed + '|' + key) % n;
  }
  function norm(text) {
    return String(text || '').replace(/\s+/g, ' ').trim();
  }
  function make(tag, mark) {
    var el = document.createElement(tag);
    el.setAttribute(MARK, mark);
    return el;
  }
  function ours(el) {
    return el.hasAttribute(MARK);
  }
  function inCard(node) {
    var el = node.nodeType === 1 ? node : node.parentElement;
    return !!el && !!el.closest('heavyset-assistant');
  }
  /** The same element under another tag: attributes copied, children moved (listeners live on). */
  function retag(el, tag, mark, dropAttributes) {
    var twin = make(tag, mark);
    for (var i = 0; i < el.attributes.length; i++) {
      var attr = el.attributes[i];
      if (kinds['no-aria'] && isAria(attr.name)) continue;
      if (!dropAttributes || dropAttributes.indexOf(attr.name) < 0) twin.setAttribute(attr.name, attr.value);
    }
    while (el.firstChild) twin.appendChild(el.firstChild);
    el.replaceWith(twin);
    return twin;
  }
  function isAria(name) {
    return name === 'role' || name.indexOf('aria-') === 0;
  }
  function hide(el) {
    el.style.setProperty('display', 'none', 'important');
  }
  function afterFrames(n, fn) {
    if (n <= 0) return fn();
    requestAnimationFrame(function () { afterFrames(n - 1, fn); });
  }
  function each(root, selector, fn) {
    var list = root.matches && root.matches(selector) ? [root] : [];
    if (root.querySelectorAll) list = list.concat(Array.prototype.slice.call(root.querySelectorAll(selector)));
    list.forEach(function (el) {
      if (el.isConnected && !inCard(el)) fn(el);
    });
  }

  // ---------- dialogs ----------
  var lastClick = null;
  document.addEventListener('click', function (event) { lastClick = event.target; }, true);
  var panels = [];

  /** Where an inline panel goes: under the block holding what the person clicked. */
  function anchorFor(target) {
    for (var i = panels.length - 1; i >= 0; i--) {
      if (target && panels[i].panel.contains(target)) return panels[i].anchor.isConnected ? panels[i].anchor : null;
    }
    var el = target && target.isConnected ? (target.nodeType === 1 ? target : target.parentElement) : null;
    if (!el) return null;
    var table = el.closest('table, [' + MARK + '="grid"], [' + MARK + '="dl"], [' + MARK + '="cards"]');
    if (table) el = table;
    while (el.parentElement && el.parentElement !== document.body && el.getBoundingClientRect().width < window.innerWidth * 0.5) el = el.parentElement;
    return el.parentElement && el !== document.body ? el : null;
  }
  /** The dialog's top container (a backdrop or holder added to <body>). */
  function containerOf(dialog) {
    var el = dialog;
    while (el.parentElement && el.parentElement !== document.body) el = el.parentElement;
    return el;
  }
  var DIALOG_ATTRIBUTES = ['role', 'aria-modal', 'aria-labelledby', 'aria-describedby'];
  /** Dialogs made plain or inline: the page naming them again (aria-labelledby after new content) is undone. */
  var unnamed = new WeakSet();
  function stripDialogSemantics(dialog) {
    DIALOG_ATTRIBUTES.forEach(function (name) { dialog.removeAttribute(name); });
    unnamed.add(dialog);
  }
  /** Dialog → an inline panel under the clicked control; the page's close still removes it. */
  function inlineDialog(dialog) {
    if (ours(dialog) || !once('inline', dialog)) return;
    var container = containerOf(dialog);
    var anchor = anchorFor(lastClick);
    stripDialogSemantics(dialog);
    dialog.setAttribute(MARK, 'panel');
    var s = dialog.style;
    s.setProperty('position', 'static', 'important');
    s.setProperty('inset', 'auto', 'important');
    s.setProperty('display', 'block', 'important');
    s.setProperty('z-index', 'auto', 'important');
    s.setProperty('padding', '0', 'important');
    s.setProperty('margin', '16px 0', 'important');
    s.setProperty('max-width', '640px', 'important');
    s.setProperty('box-shadow', '0 0 0 1px #cbd5e1', 'important');
    s.setProperty('border-radius', '8px', 'important');
    s.setProperty('background', '#fff', 'important');
    if (anchor) anchor.after(dialog);
    else (document.querySelector('main') || document.body).prepend(dialog);
    if (container !== dialog) hide(container);
    panels.push({ container: container, panel: dialog, anchor: anchor || dialog.parentElement });
  }
  function dropClosedPanels() {
    panels.forEach(function (p) {
      if (p.container !== p.panel && !p.container.isConnected && p.panel.isConnected) p.panel.remove();
    });
  }
  /** Dialog → a plain fixed box over the backdrop: no role, no modal flag, its titles bold divs. */
  var plainDialogs = new WeakSet();
  function plainDialog(dialog) {
    if (ours(dialog) || !once('plain', dialog)) return;
    stripDialogSemantics(dialog);
    plainDialogs.add(dialog);
  }
  function inPlainDialog(el) {
    for (var n = el.parentElement; n; n = n.parentElement) if (plainDialogs.has(n)) return true;
    return false;
  }
  function plainTitle(heading) {
    if (ours(heading) || !inPlainDialog(heading)) return;
    var title = retag(heading, 'div', 'title');
    title.style.fontWeight = '700';
    title.style.fontSize = '17px';
  }
  function showsValue(dialog) {
    var fields = Array.prototype.slice.call(dialog.querySelectorAll('input, textarea'));
    return fields.some(function (f) { return f.readOnly && f.value.trim().length >= 8; });
  }
  var CLOSE_WORDS = /^(×|✕|close|done)$/i;
  /** Closes the dialog with its own close control 1 s after it shows a value. */
  function autoClose(dialog) {
    if (!once('autoclose', dialog)) return;
    var timer = setInterval(function () {
      if (!dialog.isConnected) return clearInterval(timer);
      if (!showsValue(dialog)) return;
      clearInterval(timer);
      setTimeout(function () {
        if (!dialog.isConnected) return;
        var controls = Array.prototype.slice.call(dialog.querySelectorAll('button, [role="button"], a'));
        var close = controls.filter(function (c) { return CLOSE_WORDS.test(norm(c.getAttribute('aria-label'))) || CLOSE_WORDS.test(norm(c.textContent)); })[0];
        if (close) close.click();
      }, 1000);
    }, 50);
  }

  // ---------- words and headings ----------
  function rewordText(node) {
    var text = node.nodeValue;
    var key = norm(text);
    if (!key || !Object.prototype.hasOwnProperty.call(words, key)) return;
    node.nodeValue = text.replace(text.trim(), words[key]);
  }
  function rewordAll(root) {
    if (root.nodeType === 3) return rewordText(root);
    if (root.nodeType !== 1) return;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var nodes = [];
    for (var n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    nodes.forEach(function (t) {
      if (!inCard(t) && t.parentElement && t.parentElement.tagName !== 'SCRIPT' && t.parentElement.tagName !== 'STYLE') rewordText(t);
    });
  }
  /** h<n> → another level (1 … 6, never the same), kept at its size. */
  function moveHeading(heading) {
    if (ours(heading) || !once('heading', heading)) return;
    var level = Number(heading.tagName.charAt(1));
    var to = ((level - 1 + 1 + pick('heading ' + norm(heading.textContent), 5)) % 6) + 1;
    var look = getComputedStyle(heading);
    var size = look.fontSize;
    var weight = look.fontWeight;
    var moved = retag(heading, 'h' + to, 'heading');
    moved.style.fontSize = size;
    moved.style.fontWeight = weight;
  }

  // ---------- tables ----------
  function rowsOf(table) {
    var head = table.tHead && table.tHead.rows[0] ? Array.prototype.slice.call(table.tHead.rows[0].cells) : [];
    var body = [];
    Array.prototype.forEach.call(table.tBodies, function (tbody) { body = body.concat(Array.prototype.slice.call(tbody.rows)); });
    return { head: head, body: body };
  }
  function moveChildren(from, to) {
    while (from.firstChild) to.appendChild(from.firstChild);
    return to;
  }
  function cellStyle(cell, extra) {
    var look = getComputedStyle(cell);
    return 'padding:10px 12px;border-bottom:1px solid #e3e5e8;text-align:' + look.textAlign + ';font-weight:' + look.fontWeight + ';' + (extra || '');
  }
  /** <table> → an ARIA grid whose rows are `display: contents` (cells sit in the grid itself). */
  function toGrid(table) {
    var parts = rowsOf(table);
    var columns = Math.max(parts.head.length, 1);
    parts.body.forEach(function (tr) {
      var n = 0;
      Array.prototype.forEach.call(tr.cells, function (c) { n += c.colSpan || 1; });
      columns = Math.max(columns, n);
    });
    var grid = make('div', 'grid');
    grid.setAttribute('role', 'grid');
    grid.style.cssText = 'display:grid;grid-template-columns:repeat(' + columns + ',auto);background:#fff;width:100%';
    function row(cells, role) {
      var r = make('div', 'row');
      r.setAttribute('role', 'row');
      r.style.display = 'contents';
      cells.forEach(function (cell) {
        var c = make('div', 'cell');
        c.setAttribute('role', role === 'columnheader' ? 'columnheader' : 'gridcell');
        c.style.cssText = cellStyle(cell, role === 'columnheader' ? 'background:#fafbfb;border-bottom-width:2px;font-size:12px;' : '');
        if ((cell.colSpan || 1) > 1) c.style.gridColumn = 'span ' + cell.colSpan;
        r.appendChild(moveChildren(cell, c));
      });
      grid.appendChild(r);
    }
    if (parts.head.length) row(parts.head, 'columnheader');
    parts.body.forEach(function (tr) { row(Array.prototype.slice.call(tr.cells), 'gridcell'); });
    table.replaceWith(grid);
  }
  function headerWords(parts) {
    return parts.head.map(function (th) { return norm(th.innerText || th.textContent); });
  }
  /** <table> → one definition list per row (header → dt, cell → dd). */
  function toDefinitionLists(table) {
    var parts = rowsOf(table);
    var names = headerWords(parts);
    var list = make('div', 'dl');
    list.style.cssText = 'display:flex;flex-direction:column;gap:10px';
    parts.body.forEach(function (tr) {
      var cells = Array.prototype.slice.call(tr.cells);
      if (cells.length === 1 && cells[0].colSpan > 1) {
        var group = make('div', 'group');
        group.style.cssText = 'font-weight:600;margin-top:8px';
        list.appendChild(moveChildren(cells[0], group));
        return;
      }
      var dl = make('dl', 'record');
      dl.style.cssText = 'display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:0;padding:12px 16px;background:#fff;border:1px solid #dfe0e1;border-radius:8px';
      cells.forEach(function (cell, i) {
        var dt = make('dt', 'term');
        dt.style.cssText = 'font-weight:600;color:#5c6168';
        dt.textContent = names[i] || '';
        var dd = make('dd', 'value');
        dd.style.margin = '0';
        dl.appendChild(dt);
        dl.appendChild(moveChildren(cell, dd));
      });
      list.appendChild(dl);
    });
    table.replaceWith(list);
  }
  /** <table> → cards: the first cell as the card's title, the others as "Header: value" lines. */
  function toCards(table) {
    var parts = rowsOf(table);
    var names = headerWords(parts);
    var deck = make('div', 'cards');
    deck.style.cssText = 'display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px';
    parts.body.forEach(function (tr) {
      var cells = Array.prototype.slice.call(tr.cells);
      var card = make('div', 'card');
      card.style.cssText = 'background:#fff;border:1px solid #dfe0e1;border-radius:8px;padding:14px 16px;display:flex;flex-direction:column;gap:6px';
      cells.forEach(function (cell, i) {
        var line = make('div', i === 0 ? 'card-title' : 'card-line');
        if (i === 0) {
          line.style.cssText = 'font-weight:700;font-size:15px';
          card.appendChild(moveChildren(cell, line));
          return;
        }
        if (names[i]) {
          var label = make('span', 'card-label');
          label.style.color = '#5c6168';
          label.textContent = names[i] + ': ';
          line.appendChild(label);
        }
        var value = make('span', 'card-value');
        line.appendChild(moveChildren(cell, value));
        card.appendChild(line);
      });
      deck.appendChild(card);
    });
    table.replaceWith(deck);
  }
  function convertTable(table) {
    if (ours(table) || !once('table', table)) return;
    var hasControls = !!table.querySelector('input, select, textarea');
    if (kinds['tables-grid']) toGrid(table);
    // A form's table (the scopes' boxes, lined up under Read/Write) stays a grid of columns.
    else if (hasControls) return;
    else if (kinds['tables-dl']) toDefinitionLists(table);
    else if (kinds['tables-cards']) toCards(table);
  }

  // ---------- labels ----------
  var TEXT_INPUT = /^(text|url|email|password|search|tel|number)$/;
  function labelWords(label) {
    return norm(label.innerText || label.textContent).replace(/\s*\*\s*$/, '');
  }
  function relabel(label) {
    if (ours(label) || !once('label', label)) return;
    var control = label.control;
    if (!control) return;
    var nested = label.contains(control);
    if (kinds['labels-wrap']) {
      if (nested) return;
      label.removeAttribute('for');
      label.style.display = 'flex';
      label.style.flexDirection = 'column';
      label.style.gap = '6px';
      label.appendChild(control);
      return;
    }
    var typing = control.tagName === 'TEXTAREA' || (control.tagName === 'INPUT' && TEXT_INPUT.test(control.type));
    if (kinds['labels-aria'] && typing) {
      var name = labelWords(label);
      control.setAttribute('aria-label', name);
      control.setAttribute('placeholder', name);
      if (nested) label.replaceWith(control);
      else label.remove();
      return;
    }
    // labels-sibling (and the boxes and drop-downs of labels-aria): words in a div beside the control.
    retag(label, 'div', 'label', ['for']);
  }

  // ---------- buttons ----------
  var LOOK = ['display', 'align-items', 'justify-content', 'gap', 'height', 'min-height', 'padding', 'margin', 'background-color', 'background-image', 'color', 'border', 'border-radius', 'font-family', 'font-size', 'font-weight', 'line-height', 'white-space', 'opacity', 'box-shadow', 'width', 'text-align', 'vertical-align'];
  /** <button> → a span role=button or a link showing the same; a click on it clicks the hidden original. */
  function twinButton(button) {
    if (ours(button) || !once('button', button)) return;
    var asLink = kinds['buttons-link'];
    var twin = make(asLink ? 'a' : 'span', 'button');
    if (asLink) twin.setAttribute('href', '#');
    else twin.setAttribute('role', 'button');
    var display = null;
    function sync() {
      var look = getComputedStyle(button);
      // Read once, while the original is still shown: hidden, it says "none".
      if (display === null) display = look.display === 'inline' || look.display === 'none' ? 'inline-block' : look.display;
      var css = LOOK.map(function (p) {
        var v = look.getPropertyValue(p);
        if (p === 'display') v = display;
        if (p === 'width') v = 'auto';
        return p + ':' + v;
      }).join(';');
      twin.style.cssText = css + ';cursor:' + (button.disabled ? 'not-allowed' : 'pointer') + ';text-decoration:none;box-sizing:border-box;user-select:none';
      twin.className = button.className;
      if (button.title) twin.title = button.title;
      twin.replaceChildren.apply(twin, Array.prototype.map.call(button.childNodes, function (c) { return c.cloneNode(true); }));
      if (button.disabled) {
        twin.setAttribute('aria-disabled', 'true');
        twin.tabIndex = -1;
      } else {
        twin.removeAttribute('aria-disabled');
        twin.tabIndex = 0;
      }
    }
    function forward(event) {
      event.preventDefault();
      event.stopPropagation();
      if (!button.disabled) button.click();
    }
    var label = button.getAttribute('aria-label');
    if (label && !kinds['no-aria']) twin.setAttribute('aria-label', label);
    // Measured while still shown, then hidden (its look is read again from its style when it changes).
    button.after(twin);
    sync();
    hide(button);
    twin.addEventListener('click', forward);
    // A link answers Enter with a click by itself; a span needs telling.
    if (!asLink) {
      twin.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') forward(event);
      });
    }
    new MutationObserver(function () {
      if (!button.isConnected) twin.remove();
      else sync();
    }).observe(button, { attributes: true, attributeFilter: ['disabled', 'class'], childList: true, subtree: true, characterData: true });
    twins.push({ button: button, twin: twin });
  }
  var twins = [];
  function dropOrphanTwins() {
    twins = twins.filter(function (t) {
      if (t.button.isConnected) return true;
      t.twin.remove();
      return false;
    });
  }

  // ---------- values ----------
  var ID_LIKE = /^(?=[^\s]*\d)[A-Za-z0-9._-]{6,}$/;
  function valueField(field) {
    if (ours(field) || !field.readOnly || !field.value.trim() || !once('value', field)) return;
    var value = field.value;
    if (kinds['values-pre']) {
      var pre = make('pre', 'value');
      pre.style.cssText = 'margin:6px 0;padding:8px 10px;background:#f6f7f8;border:1px solid #dfe0e1;border-radius:4px;font-size:13px;white-space:pre;overflow:auto';
      pre.textContent = '\n    ' + value + '\n  ';
      field.after(pre);
      hide(field);
      return;
    }
    // values-late: empty now, set again by property (no mutation to see) 1–3 frames later (0 frames
    // late is how the default pages set it already).
    var frames = 1 + pick('value ' + (field.id || field.name || field.className), 3);
    field.value = '';
    afterFrames(frames, function () {
      if (field.value === '') field.value = value;
    });
  }
  function valueText(el) {
    if (ours(el) || el.children.length || inCard(el) || !once('value', el)) return;
    var text = norm(el.textContent);
    if (!ID_LIKE.test(text) || /^(SCRIPT|STYLE|OPTION|TITLE|BUTTON|TEXTAREA)$/.test(el.tagName)) return;
    if (kinds['values-pre']) {
      var pre = make('pre', 'value');
      pre.style.cssText = 'margin:0;font-size:13px;white-space:pre';
      pre.textContent = '\n  ' + text + '\n';
      el.replaceChildren(pre);
      return;
    }
    var frames = pick('text ' + el.tagName + ' ' + el.className, 4);
    if (!frames) return;
    var original = el.textContent;
    el.textContent = '';
    afterFrames(frames, function () {
      if (el.textContent === '') el.textContent = original;
    });
  }

  // ---------- ARIA ----------
  function stripAria(el) {
    if (ours(el) || el.tagName === 'HEAVYSET-ASSISTANT') return;
    var names = [];
    for (var i = 0; i < el.attributes.length; i++) {
      if (isAria(el.attributes[i].name)) names.push(el.attributes[i].name);
    }
    names.forEach(function (name) { el.removeAttribute(name); });
  }

  // ---------- driver ----------
  var tables = kinds['tables-grid'] || kinds['tables-dl'] || kinds['tables-cards'];
  var labels = kinds['labels-wrap'] || kinds['labels-sibling'] || kinds['labels-aria'];
  var buttons = kinds['buttons-span'] || kinds['buttons-link'];
  var values = kinds['values-late'] || kinds['values-pre'];

  function process(root) {
    if (!root.isConnected || inCard(root)) return;
    if (root.nodeType === 3) {
      if (hasWords) rewordText(root);
      return;
    }
    if (root.nodeType !== 1) return;
    if (kinds['dialog-autoclose']) each(root, DIALOG, autoClose);
    if (kinds['dialog-inline']) each(root, DIALOG, inlineDialog);
    if (kinds['dialog-div']) {
      each(root, DIALOG, plainDialog);
      each(root, 'h1, h2, h3, h4, h5, h6', plainTitle);
    }
    if (hasWords) rewordAll(root);
    if (kinds.headings) each(root, 'h1, h2, h3, h4, h5, h6', moveHeading);
    if (tables) each(root, 'table', convertTable);
    if (labels) each(root, 'label', relabel);
    if (buttons) each(root, 'button', twinButton);
    if (values) {
      each(root, 'input, textarea', valueField);
      each(root, 'td, dd, span, div, code, p, strong, small', valueText);
    }
    if (kinds['no-aria']) each(root, '*', stripAria);
  }

  new MutationObserver(function (records) {
    if (kinds['dialog-inline']) dropClosedPanels();
    if (buttons) dropOrphanTwins();
    records.forEach(function (record) {
      if (record.type === 'childList') Array.prototype.forEach.call(record.addedNodes, process);
      else if (record.type === 'characterData' && hasWords && !inCard(record.target)) rewordText(record.target);
      else if (record.type === 'attributes') {
        var name = record.attributeName;
        if (!record.target.hasAttribute(name)) return;
        if (unnamed.has(record.target) && DIALOG_ATTRIBUTES.indexOf(name) >= 0) record.target.removeAttribute(name);
        else if (kinds['no-aria'] && isAria(name)) stripAria(record.target);
      }
    });
  }).observe(document, { childList: true, subtree: true, characterData: hasWords, attributes: !!(kinds['no-aria'] || kinds['dialog-div'] || kinds['dialog-inline']) });

  if (kinds['dialog-inline'] || buttons) {
    // The page may lock its scrolling while its modal is open: an inline panel does not.
    var style = document.createElement('style');
    style.textContent = 'body.modal-open{overflow:visible !important}';
    document.documentElement.appendChild(style);
  }
})
