/*!
 * A Fancybox 2.1-style iframe lightbox, reproduced (no jQuery, no Fancybox package): what the legacy
 * JobProgress app uses for its dialogs. Markup as Fancybox 2.1 builds it:
 *   html.fancybox-margin.fancybox-lock
 *   div.fancybox-overlay.fancybox-overlay-fixed            (fixed, the dimmed page; holds the wrap)
 *     div.fancybox-wrap.fancybox-desktop.fancybox-type-iframe(.fancybox-tmp → .fancybox-opened)
 *       div.fancybox-skin > div.fancybox-outer > div.fancybox-inner > iframe.fancybox-iframe
 *       a.fancybox-item.fancybox-close[title=Close]         (here with a "×" in it)
 *       div.fancybox-title.fancybox-title-float-wrap > span.child
 *   div#fancybox-loading > div                              (while the iframe loads its first page)
 * The wrap stays invisible until the iframe's first load (preload), is sized to the frame's body
 * (autoHeight, read through contentDocument: same origin) and fades in; every later load of the
 * frame (a form post inside it) updates the size. close(): fade out, then "onReset": the iframe is
 * hidden, its src set to about:blank, the wrap emptied and removed; the overlay fades and goes.
 * Frames call `parent.$.fancybox.close()` / `parent.$.fancybox.update()`.
 */
(function (window, document) {
  var $ = window.jQuery = window.$ = window.jQuery || function (fn) {
    if (typeof fn === 'function') {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
      else fn();
    }
  };
  var H = document.documentElement;
  var DURATION = 250;

  function el(tag, cls, attrs) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }
  function fade(node, from, to, done) {
    node.style.opacity = String(from);
    var start = null;
    function step(t) {
      if (start === null) start = t;
      var p = Math.min(1, (t - start) / DURATION);
      node.style.opacity = String(from + (to - from) * (0.5 - Math.cos(p * Math.PI) / 2));
      if (p < 1) window.requestAnimationFrame(step);
      else if (done) done();
    }
    window.requestAnimationFrame(step);
  }

  var F = {
    version: '2.1.5',
    defaults: {
      type: 'iframe', width: 560, minHeight: 120, margin: 20, padding: 15, title: null,
      closeBtn: true, keys: { close: [27] }, helpers: { overlay: { closeClick: true, locked: true }, title: { type: 'float' } },
      beforeClose: null, afterClose: null, afterLoad: null,
    },
    current: null, isOpen: false, isActive: false,
    wrap: null, skin: null, outer: null, inner: null, overlay: null,
  };

  function onKey(e) {
    if (!F.current || !F.isActive) return;
    if (F.current.keys.close.indexOf(e.keyCode) >= 0) { e.preventDefault(); F.close(); }
  }

  F.showLoading = function () {
    F.hideLoading();
    var l = el('div', '', { id: 'fancybox-loading' });
    l.appendChild(el('div'));
    document.body.appendChild(l);
  };
  F.hideLoading = function () {
    var l = document.getElementById('fancybox-loading');
    if (l) l.parentNode.removeChild(l);
  };

  F.open = function (opts) {
    if (F.current) F.close(true);
    var o = {};
    for (var k in F.defaults) o[k] = F.defaults[k];
    for (var j in opts || {}) o[j] = opts[j];
    var overlayOpts = (o.helpers && o.helpers.overlay) || {};
    F.current = o;
    F.isActive = true;

    H.className += ' fancybox-margin fancybox-lock';
    var overlay = F.overlay = el('div', 'fancybox-overlay fancybox-overlay-fixed');
    overlay.style.display = 'block';
    overlay.addEventListener('click', function (e) {
      if (e.target === overlay && overlayOpts.closeClick !== false && F.isOpen) F.close();
    });
    document.body.appendChild(overlay);
    fade(overlay, 0, 1);

    var wrap = F.wrap = el('div', 'fancybox-wrap fancybox-desktop fancybox-type-iframe fancybox-tmp', { tabIndex: '-1' });
    var skin = F.skin = el('div', 'fancybox-skin');
    skin.style.padding = o.padding + 'px';
    var outer = F.outer = el('div', 'fancybox-outer');
    var inner = F.inner = el('div', 'fancybox-inner');
    var id = 'fancybox-frame' + new Date().getTime();
    var iframe = el('iframe', 'fancybox-iframe', {
      id: id, name: id, frameborder: '0', vspace: '0', hspace: '0', webkitallowfullscreen: '', mozallowfullscreen: '', allowfullscreen: '', scrolling: 'auto',
    });
    inner.style.width = o.width + 'px';
    inner.style.height = o.minHeight + 'px';
    inner.appendChild(iframe);
    outer.appendChild(inner);
    skin.appendChild(outer);
    if (o.closeBtn) {
      var close = el('a', 'fancybox-item fancybox-close', { title: 'Close', href: 'javascript:;' });
      close.textContent = '×';
      close.addEventListener('click', function (e) { e.preventDefault(); F.close(); });
      skin.appendChild(close);
    }
    if (o.title) {
      var title = el('div', 'fancybox-title fancybox-title-float-wrap');
      var child = el('span', 'child');
      child.textContent = o.title;
      title.appendChild(child);
      skin.appendChild(title);
    }
    wrap.appendChild(skin);

    var first = true;
    iframe.addEventListener('load', function () {
      if (!F.current || F.current !== o || iframe.getAttribute('src') === 'about:blank') return;
      if (first) {
        first = false;
        F.hideLoading();
        F.update();
        wrap.className = wrap.className.replace(' fancybox-tmp', '') + ' fancybox-opened';
        fade(wrap, 0, 1, function () { F.isOpen = true; });
        try { wrap.focus(); } catch (e) { /* ignore */ }
        if (o.afterLoad) o.afterLoad.call(F);
      } else {
        F.update();
      }
    });
    iframe.setAttribute('src', o.href);
    overlay.appendChild(wrap);
    F.showLoading();
    return F;
  };

  /** Sizes the inner box to the frame's page (autoHeight) and centres the wrap in the window. */
  F.update = function () {
    var o = F.current;
    if (!o || !F.wrap) return;
    var iframe = F.inner.querySelector('iframe');
    var vw = window.innerWidth, vh = window.innerHeight;
    var width = Math.min(o.width, vw - 2 * (o.margin + o.padding));
    F.inner.style.width = width + 'px';
    var height = o.minHeight;
    try {
      var body = iframe.contentDocument && iframe.contentDocument.body;
      if (body) height = Math.max(o.minHeight, body.scrollHeight);
    } catch (e) { /* another origin: keep the height */ }
    height = Math.min(height, vh - 2 * (o.margin + o.padding));
    F.inner.style.height = height + 'px';
    var boxW = width + 2 * o.padding, boxH = height + 2 * o.padding;
    F.wrap.style.width = 'auto';
    F.wrap.style.height = 'auto';
    F.wrap.style.position = 'absolute';
    F.wrap.style.top = Math.max(o.margin, Math.round((vh - boxH) / 2 - 10)) + 'px';
    F.wrap.style.left = Math.max(o.margin, Math.round((vw - boxW) / 2)) + 'px';
  };

  F.close = function (immediately) {
    var o = F.current;
    if (!o || !F.isActive) return;
    if (o.beforeClose && o.beforeClose.call(F) === false) return;
    F.isActive = false;
    F.isOpen = false;
    F.hideLoading();
    var wrap = F.wrap, overlay = F.overlay;
    function reset() {
      // Fancybox's onReset for iframes: hide it, point it at a blank page, empty the wrap, remove it.
      var iframe = wrap.querySelector('iframe');
      if (iframe) {
        try { iframe.style.display = 'none'; iframe.setAttribute('src', 'about:blank'); } catch (e) { /* ignore */ }
      }
      while (wrap.firstChild) wrap.removeChild(wrap.firstChild);
      if (wrap.parentNode) wrap.parentNode.removeChild(wrap);
      F.wrap = F.skin = F.outer = F.inner = null;
      F.current = null;
      function gone() {
        if (overlay.parentNode) overlay.parentNode.removeChild(overlay);
        F.overlay = null;
        H.className = H.className.replace(/ ?fancybox-margin/g, '').replace(/ ?fancybox-lock/g, '');
        if (o.afterClose) o.afterClose.call(F);
      }
      if (immediately) gone();
      else fade(overlay, 1, 0, gone);
    }
    if (immediately) reset();
    else fade(wrap, Number(wrap.style.opacity || 1), 0, reset);
  };

  window.addEventListener('resize', function () { if (F.isOpen) F.update(); });
  document.addEventListener('keydown', onKey);

  $.fancybox = F;
  /** `$('.fancybox').fancybox(opts)` the way this app calls it: links opening their href in the box. */
  $.fancyboxLinks = function (root, selector, opts) {
    root.addEventListener('click', function (e) {
      var a = e.target.closest ? e.target.closest(selector) : null;
      if (!a || !root.contains(a)) return;
      e.preventDefault();
      var o = {};
      for (var k in opts) o[k] = opts[k];
      o.href = a.getAttribute('href');
      if (!o.title) o.title = a.getAttribute('title');
      F.open(o);
    });
  };
})(window, document);
