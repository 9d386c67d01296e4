/* global document, window, getComputedStyle, NodeFilter, HTMLLabelElement, HTMLSelectElement, Event */
/* eslint-disable @typescript-eslint/no-unused-expressions -- the file is one function expression, evaluated as text */
// The page side of test/e2e/person.ts, evaluated as text (no bundler helpers can leak in). It finds
// things the way a person does: by the words they read on screen, where those words are, and
// what sits on top; never by the page's ids, classes or ARIA names. One entry: (op, arg) => JSON.
(function person(op, arg) {
  'use strict';

  function norm(s) {
    return String(s == null ? '' : s).replace(/[\s\u00a0]+/g, ' ').trim();
  }
  /** A label as a person reads it: "Name *" and "Name:" say "Name". */
  function labelText(s) {
    return norm(s).replace(/\s*[*:]+\s*$/, '').replace(/^\s*[*]\s*/, '');
  }
  /** Icons and marks around words ("Jane Cooper ▾", "+ New App") are not part of what a person reads. */
  function undecorated(s) {
    return s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  }
  function matcher(m, asLabel) {
    if (m.re) {
      var re = new RegExp(m.re, m.flags);
      return function (t) {
        return re.test(norm(t));
      };
    }
    var want = (asLabel ? labelText(m.text) : norm(m.text)).toLowerCase();
    var bare = undecorated(want);
    return function (t) {
      var got = (asLabel ? labelText(t) : norm(t)).toLowerCase();
      return got === want || (bare !== '' && undecorated(got) === bare);
    };
  }
  function roughly(m) {
    if (m.re) return function () { return true; };
    var words = norm(m.text).toLowerCase().split(' ').filter(Boolean);
    return function (el) {
      var t = (el.textContent + ' ' + (el.value || '') + ' ' + (el.getAttribute('placeholder') || '')).toLowerCase();
      return words.every(function (w) { return t.indexOf(w) >= 0; });
    };
  }

  var BUTTON_INPUTS = { submit: 1, button: 1, reset: 1 };
  function isButtonInput(el) {
    return el.tagName === 'INPUT' && BUTTON_INPUTS[(el.getAttribute('type') || '').toLowerCase()] === 1;
  }
  function isField(el) {
    if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
    if (el.isContentEditable && el.getAttribute('contenteditable') !== null) return true;
    if (el.tagName !== 'INPUT') return false;
    var type = (el.getAttribute('type') || 'text').toLowerCase();
    return ['hidden', 'submit', 'button', 'reset', 'checkbox', 'radio', 'image', 'file'].indexOf(type) < 0;
  }
  function isBox(el) {
    if (el.tagName === 'INPUT') {
      var type = (el.getAttribute('type') || '').toLowerCase();
      return type === 'checkbox' || type === 'radio';
    }
    var role = el.getAttribute('role');
    return role === 'checkbox' || role === 'radio' || role === 'switch' || el.hasAttribute('aria-checked');
  }
  /** The words an element shows: a button input's value, otherwise its rendered text. */
  function shownText(el) {
    if (isButtonInput(el)) return el.value;
    return el.innerText || '';
  }

  function visible(el) {
    if (!el || !el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    var r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    // Moved off-screen (left: -9999px and the like) is not something a person sees; scrolled out of
    // view (in the page or in a scrolling box) is: a person scrolls to it.
    var sx = 0;
    var sy = 0;
    for (var p = el.parentElement; p; p = p.parentElement) {
      sx += p.scrollLeft;
      sy += p.scrollTop;
    }
    var left = r.left + sx;
    var top = r.top + sy;
    if (left + r.width <= 0 || top + r.height <= 0 || left > 5000) return false;
    return true;
  }
  function inViewport(r) {
    return r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
  }
  /** What a click at (x, y) would reach is this element (or inside it). */
  function reaches(el, x, y) {
    var hit = document.elementFromPoint(x, y);
    return !!hit && (hit === el || el.contains(hit));
  }
  function coveredNow(el) {
    var r = el.getBoundingClientRect();
    if (!inViewport(r)) return false;
    return !reaches(el, r.left + r.width / 2, r.top + r.height / 2);
  }
  function describe(el) {
    if (!el) return 'nothing';
    var text = norm(el.innerText || el.textContent || '').slice(0, 40);
    return '<' + el.tagName.toLowerCase() + '>' + (text ? ' "' + text + '"' : '');
  }
  function looksClickable(el) {
    for (var n = el, depth = 0; n && n !== document.body && depth < 4; n = n.parentElement, depth++) {
      if (n.matches('a[href], button, input, select, summary, label, [onclick], [tabindex]')) return true;
      if (getComputedStyle(n).cursor === 'pointer') return true;
    }
    return false;
  }

  function all() {
    // A document still loading may have no body yet: nothing on screen.
    return document.body ? Array.prototype.slice.call(document.body.querySelectorAll('*')) : [];
  }
  /** The deepest visible elements showing exactly these words (or matching the pattern). */
  function findText(m, asLabel) {
    var test = matcher(m, asLabel);
    var rough = roughly(m);
    var found = all().filter(function (el) {
      if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'HEAVYSET-ASSISTANT') return false;
      if (!rough(el) || !visible(el)) return false;
      return test(shownText(el));
    });
    return found.filter(function (el) {
      return !found.some(function (other) { return other !== el && el.contains(other); });
    });
  }
  /** Elements whose own words (their text nodes, not their children's) are these: "Organisation<br><select>". */
  function findOwnText(m) {
    var test = matcher(m, true);
    return all().filter(function (el) {
      var own = Array.prototype.slice.call(el.childNodes).filter(function (c) { return c.nodeType === 3; }).map(function (c) { return c.nodeValue; }).join(' ');
      return norm(own) !== '' && el.children.length > 0 && test(own) && visible(el);
    });
  }
  function size(el) {
    return el.getElementsByTagName('*').length;
  }
  function commonAncestor(a, b) {
    for (var n = a; n; n = n.parentElement) if (n.contains(b)) return n;
    return document.documentElement;
  }
  /** Keeps the candidates that share the smallest container with the `near` words (a row, a card). */
  function closestTo(candidates, near) {
    if (!near) return candidates;
    var anchors = findText(near, false);
    if (!anchors.length) return [];
    var best = Infinity;
    var scored = candidates.map(function (el) {
      var s = Math.min.apply(null, anchors.map(function (a) { return a === el ? Infinity : size(commonAncestor(el, a)); }));
      if (s < best) best = s;
      return { el: el, s: s };
    });
    return scored.filter(function (x) { return x.s === best && x.s !== Infinity; }).map(function (x) { return x.el; });
  }
  /** Uncovered before covered (a dialog's button over the page's), clickable-looking before plain text. */
  function rank(candidates, preferClickable) {
    return candidates
      .map(function (el, i) {
        var score = (coveredNow(el) ? 4 : 0) + (preferClickable && !looksClickable(el) ? 2 : 0);
        return { el: el, score: score, i: i };
      })
      .sort(function (a, b) { return a.score - b.score || a.i - b.i; })
      .map(function (x) { return x.el; });
  }

  /** Scrolls the element into view and returns a point where a click reaches it, or what covers it. */
  function pointOn(el) {
    var blocks = ['center', 'start', 'end', 'nearest'];
    var hit = null;
    for (var b = 0; b < blocks.length; b++) {
      el.scrollIntoView({ block: blocks[b], inline: 'nearest' });
      var r = el.getBoundingClientRect();
      var xs = [0.5, 0.2, 0.8, 0.05, 0.95];
      var ys = [0.5, 0.25, 0.75];
      for (var i = 0; i < xs.length; i++) {
        for (var j = 0; j < ys.length; j++) {
          var x = r.left + r.width * xs[i];
          var y = r.top + r.height * ys[j];
          if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
          if (reaches(el, x, y)) return { ok: true, x: x, y: y };
          hit = document.elementFromPoint(x, y);
        }
      }
    }
    return { ok: false, why: describe(el) + ' is covered by ' + describe(hit) };
  }

  /** Where the next mouse press lands, kept for a failure's message: a click that did nothing may have
   *  met something that moved over the control between aiming and pressing. */
  function noteLanding(el) {
    var wanted = describe(el);
    window.addEventListener('mousedown', function (event) {
      var hit = event.composedPath()[0];
      var host = hit && hit.getRootNode && hit.getRootNode().host;
      var where = host && host.tagName === 'HEAVYSET-ASSISTANT' ? "the assistant's card, " + describe(hit) : describe(hit);
      window.__personLastClick = el.contains(hit) ? '' : 'the click aimed at ' + wanted + ' landed on ' + where;
    }, { capture: true, once: true });
  }

  function controlFromLabel(el) {
    var label = el.closest('label');
    if (label && label instanceof HTMLLabelElement && label.control && visible(label.control)) return label.control;
    return null;
  }
  /** The field a label names: its <label> control, else the first field after it close by. */
  function fieldFor(labelEl, want) {
    var own = controlFromLabel(labelEl);
    if (own && want(own)) return own;
    var scope = labelEl;
    for (var up = 0; up < 3 && scope.parentElement && scope.parentElement !== document.body; up++) scope = scope.parentElement;
    var walker = document.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = labelEl;
    var lr = labelEl.getBoundingClientRect();
    var n;
    while ((n = walker.nextNode())) {
      if (!want(n) || !visible(n)) continue;
      var r = n.getBoundingClientRect();
      // Beside or below the words, not far away.
      if (r.bottom < lr.top - 4 || r.top > lr.bottom + 160) return null;
      return n;
    }
    return null;
  }
  function fieldByLabel(a) {
    var m = a.label;
    var want = a.clickable
      ? function (n) { return isField(n) || n.tagName === 'BUTTON' || n.matches('[onclick], [tabindex]') || getComputedStyle(n).cursor === 'pointer'; }
      : isField;
    var labels = rank(findText(m, true), false).concat(findOwnText(m));
    for (var i = 0; i < labels.length; i++) {
      if (isField(labels[i])) continue;
      var f = fieldFor(labels[i], want);
      if (f) return f;
    }
    // No words beside it: a field whose placeholder says them (also when asked for a clickable one:
    // a text box is one).
    var test = matcher(m, true);
    var byPlaceholder = all().filter(function (n) {
      return isField(n) && visible(n) && test(n.getAttribute('placeholder') || '');
    });
    if (byPlaceholder.length) return rank(byPlaceholder, false)[0];
    return null;
  }

  function checkedState(box) {
    if (box.tagName === 'INPUT') return box.checked;
    var aria = box.getAttribute('aria-checked');
    if (aria !== null) return aria === 'true';
    return /[✓✔☑]/.test(box.textContent || '');
  }
  /** The tick box a label's words belong to: its <label>'s box, else the nearest box in its row. */
  function boxFor(labelEl) {
    var own = controlFromLabel(labelEl);
    if (own && isBox(own)) return own;
    if (isBox(labelEl)) return labelEl;
    var scope = labelEl;
    for (var up = 0; up < 3 && scope.parentElement && scope.parentElement !== document.body; up++) {
      scope = scope.parentElement;
      var boxes = Array.prototype.slice.call(scope.querySelectorAll('input[type=checkbox], input[type=radio], [role=checkbox], [role=radio], [role=switch], [aria-checked]'));
      boxes = boxes.filter(function (b) { return b.tagName === 'INPUT' ? true : visible(b); });
      if (boxes.length === 1) return boxes[0];
      if (boxes.length > 1) {
        var lr = labelEl.getBoundingClientRect();
        boxes.sort(function (p, q) {
          var pr = p.getBoundingClientRect();
          var qr = q.getBoundingClientRect();
          return Math.abs(pr.top + pr.height / 2 - (lr.top + lr.height / 2)) - Math.abs(qr.top + qr.height / 2 - (lr.top + lr.height / 2));
        });
        return boxes[0];
      }
    }
    return null;
  }
  /** A native box may be drawn invisible under a styled one: click where the person clicks, its label or look-alike. */
  function clickTargetOfBox(box, labelEl) {
    if (visible(box)) return box;
    var label = box.closest('label') || (box.labels && box.labels[0]);
    return label && visible(label) ? label : labelEl;
  }

  function cell(a) {
    var headers = findText(a.column, false);
    var rows = findText(a.row, false).filter(function (r) { return headers.indexOf(r) < 0; });
    rows = closestTo(rows, a.near);
    if (!headers.length || !rows.length) return { ok: false, why: 'no ' + (headers.length ? 'row "' + (a.row.text || a.row.re) + '"' : 'column "' + (a.column.text || a.column.re) + '"') };
    var rowEl = rows[0];
    rowEl.scrollIntoView({ block: 'center', inline: 'nearest' });
    var rr = rowEl.getBoundingClientRect();
    var above = headers
      .map(function (h) { return { h: h, r: h.getBoundingClientRect() }; })
      .filter(function (x) { return x.r.top <= rr.top; })
      .sort(function (p, q) { return q.r.top - p.r.top; });
    if (!above.length) return { ok: false, why: 'no column header above the row' };
    var hr = above[0].r;
    var x = hr.left + hr.width / 2;
    if (x < 0 || x >= window.innerWidth) {
      above[0].h.scrollIntoView({ block: 'nearest', inline: 'center' });
      hr = above[0].h.getBoundingClientRect();
      rr = rowEl.getBoundingClientRect();
      x = hr.left + hr.width / 2;
    }
    var y = rr.top + rr.height / 2;
    var hit = document.elementFromPoint(x, y);
    if (!hit) return { ok: false, why: 'nothing at the row and column' };
    var box = isBox(hit) ? hit : hit.closest('[role=checkbox], [role=switch], [aria-checked]');
    if (!box) {
      var holder = hit;
      while (holder && holder.parentElement && !holder.parentElement.contains(rowEl) && !holder.querySelector('input[type=checkbox], [role=checkbox], [aria-checked]')) holder = holder.parentElement;
      box = holder && holder.querySelector('input[type=checkbox], [role=checkbox], [role=switch], [aria-checked]');
    }
    if (!box) return { ok: false, why: 'no tick box at row × column (found ' + describe(hit) + ')' };
    var target = clickTargetOfBox(box, hit);
    var p = pointOn(target);
    return { ok: p.ok, x: p.x, y: p.y, why: p.why, checked: checkedState(box) };
  }

  switch (op) {
    case 'click': {
      var found = rank(closestTo(findText(arg.text, false), arg.near), true);
      if (!found.length) return { ok: false, why: 'no visible "' + (arg.text.text || arg.text.re) + '"' };
      if (!arg.keyboard) {
        var aimed = pointOn(found[0]);
        if (aimed.ok) noteLanding(found[0]);
        return aimed;
      }
      // Out of the mouse's reach: the keyboard's. Focus the control (or the focusable thing holding the words).
      var focusable = found[0].closest('a[href], button, input, select, textarea, summary, [tabindex]');
      if (!focusable) return { ok: false, why: describe(found[0]) + ' cannot be reached with the keyboard either' };
      focusable.focus();
      return { ok: document.activeElement === focusable, why: describe(focusable) + ' did not take the focus' };
    }
    case 'field': {
      var f = fieldByLabel(arg);
      if (!f) return { ok: false, why: 'no field labelled "' + (arg.label.text || arg.label.re) + '"' };
      var p = pointOn(f);
      return { ok: p.ok, why: p.why, x: p.x, y: p.y, tag: f.tagName.toLowerCase(), value: f.tagName === 'SELECT' ? norm((f.selectedOptions[0] || {}).text) : isField(f) && !f.isContentEditable ? f.value : norm(f.innerText), readOnly: !!f.readOnly };
    }
    case 'select': {
      var s = fieldByLabel(arg);
      if (!s || !(s instanceof HTMLSelectElement)) return { ok: false, why: 'no drop-down labelled "' + (arg.label.text || arg.label.re) + '"' };
      var want = matcher(arg.option, false);
      var option = Array.prototype.slice.call(s.options).find(function (o) { return want(o.text); });
      if (!option) return { ok: false, why: 'no option "' + (arg.option.text || arg.option.re) + '"' };
      s.focus();
      s.value = option.value;
      s.dispatchEvent(new Event('input', { bubbles: true }));
      s.dispatchEvent(new Event('change', { bubbles: true }));
      return { ok: true };
    }
    case 'box': {
      var labels = rank(closestTo(findText(arg.label, true), arg.near), false);
      for (var i = 0; i < labels.length; i++) {
        var box = boxFor(labels[i]);
        if (!box) continue;
        var point = pointOn(clickTargetOfBox(box, labels[i]));
        return { ok: point.ok, why: point.why, x: point.x, y: point.y, checked: checkedState(box) };
      }
      return { ok: false, why: 'no tick box for "' + (arg.label.text || arg.label.re) + '"' };
    }
    case 'cell':
      return cell(arg);
    case 'texts': {
      var re = new RegExp(arg.re, arg.flags.indexOf('g') >= 0 ? arg.flags : arg.flags + 'g');
      var out = [];
      all().forEach(function (el) {
        if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'HEAVYSET-ASSISTANT' || !visible(el)) return;
        var own = isField(el) ? el.value : Array.prototype.slice.call(el.childNodes).filter(function (c) { return c.nodeType === 3; }).map(function (c) { return c.nodeValue; }).join(' ');
        var m = norm(own).match(re);
        if (m) out.push.apply(out, m);
      });
      return { ok: true, texts: out };
    }
    case 'shows':
      return { ok: findText(arg.text, false).length > 0 };
    default:
      return { ok: false, why: 'unknown op ' + op };
  }
});
