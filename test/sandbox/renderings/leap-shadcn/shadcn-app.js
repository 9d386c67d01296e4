// JobProgress as a React 18 + shadcn/ui app (Radix primitives, Tailwind, lucide-react, Sonner) would
// render it, the DOM reproduced by hand (a Vite build's single module). Habits kept:
// - React: useId ids (`:r5:`), Radix ids (`radix-:r1:`), controlled inputs with react-dom's value
//   tracker (a value set through the element's own `value` setter is not seen by onChange), `data-state`
//   rendered as "false" on unselected DataTable rows.
// - Tailwind class soup, no semantic ids or classes.
// - Radix DropdownMenu / Dialog: portaled at the end of <body> while open only (Presence: `data-state=
//   closed` and an exit animation before unmount), modal: `pointer-events: none` on <body> (the layer
//   itself `pointer-events: auto`), `data-scroll-locked` on <body>, every other child of <body> marked
//   `aria-hidden=true data-aria-hidden=true` (aria-hidden's hideOthers, keeping [aria-live]), focus
//   guards at both ends of <body>, focus trapped (focus leaving the layer is brought back), Escape
//   (capture listener on document) and a pointer-down anywhere outside the layer dismiss it. The
//   trigger of a DropdownMenu opens on pointerdown, not on click.
// - Sonner: a Toaster <section aria-live> inside the app; toasts `ol[data-sonner-toaster] >
//   li[data-sonner-toast]`, removed after 4 s.
// Routes (React Router, History API): /app/dashboard, /app/customers, /app/jobs, /app/calendar,
// /app/settings/<section> (/app/settings → profile).
(function () {
  'use strict';
  var rid = 0;
  var useId = function () { return ':r' + (rid++).toString(36) + ':'; };
  var nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');

  function api(path, body) {
    var init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch('/__sandbox__/' + path, init).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) throw new Error((j.error && j.error.message) || 'Something went wrong.');
        return j;
      });
    });
  }
  function el(tag, attrs, kids) {
    var e = tag === 'svg' || tag === 'path' || tag === 'circle' || tag === 'rect' ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'class') e.setAttribute('class', v);
      else if (k === 'style') e.style.cssText = v;
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    });
    [].concat(kids === undefined ? [] : kids).forEach(function (c) { if (c !== null && c !== undefined && c !== false) e.append(c); });
    return e;
  }
  var cn = function () { return [].slice.call(arguments).filter(Boolean).join(' '); };
  var later = function (fn, ms) { return setTimeout(fn, ms || 0); };

  // ---- lucide-react icons
  var ICONS = {
    copy: '<rect width="14" height="14" x="8" y="8" rx="2" ry="2"></rect><path d="M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2"></path>',
    check: '<path d="M20 6 9 17l-5-5"></path>',
    eye: '<path d="M2.062 12.348a1 1 0 0 1 0-.696 10.75 10.75 0 0 1 19.876 0 1 1 0 0 1 0 .696 10.75 10.75 0 0 1-19.876 0"></path><circle cx="12" cy="12" r="3"></circle>',
    'eye-off': '<path d="M10.733 5.076a10.744 10.744 0 0 1 11.205 6.575 1 1 0 0 1 0 .696 10.747 10.747 0 0 1-1.444 2.49"></path><path d="M14.084 14.158a3 3 0 0 1-4.242-4.242"></path><path d="M17.479 17.499a10.75 10.75 0 0 1-15.417-5.151 1 1 0 0 1 0-.696 10.75 10.75 0 0 1 4.446-5.143"></path><path d="m2 2 20 20"></path>',
    x: '<path d="M18 6 6 18"></path><path d="m6 6 12 12"></path>',
    plus: '<path d="M5 12h14"></path><path d="M12 5v14"></path>',
    'triangle-alert': '<path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3"></path><path d="M12 9v4"></path><path d="M12 17h.01"></path>',
    'loader-circle': '<path d="M21 12a9 9 0 1 1-6.219-8.56"></path>',
    ellipsis: '<circle cx="12" cy="12" r="1"></circle><circle cx="19" cy="12" r="1"></circle><circle cx="5" cy="12" r="1"></circle>',
    'arrow-up-down': '<path d="m21 16-4 4-4-4"></path><path d="M17 20V4"></path><path d="m3 8 4-4 4 4"></path><path d="M7 4v16"></path>',
    search: '<circle cx="11" cy="11" r="8"></circle><path d="m21 21-4.3-4.3"></path>',
    'house-plug': '<path d="M10 12V8.964"></path><path d="M14 12V8.964"></path><path d="M15 12a1 1 0 0 1 1 1v2a2 2 0 0 1-2 2h-4a2 2 0 0 1-2-2v-2a1 1 0 0 1 1-1z"></path><path d="M8.5 21H5a2 2 0 0 1-2-2v-9a2 2 0 0 1 .709-1.528l7-5.999a2 2 0 0 1 2.582 0l7 5.999A2 2 0 0 1 21 10v9a2 2 0 0 1-2 2h-5a2 2 0 0 1-2-2v-2"></path>',
    'chevron-down': '<path d="m6 9 6 6 6-6"></path>',
  };
  function icon(name, extra) {
    var s = el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: '24', height: '24', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', class: cn('lucide lucide-' + name, extra) });
    s.innerHTML = ICONS[name];
    return s;
  }

  // ---- ui/button.tsx (cva)
  var BUTTON_BASE = 'inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-1 focus-visible:ring-ring disabled:pointer-events-none disabled:opacity-50 [&_svg]:pointer-events-none [&_svg]:size-4 [&_svg]:shrink-0';
  var VARIANTS = {
    default: 'bg-primary text-primary-foreground shadow hover:bg-primary/90',
    outline: 'border border-input bg-background shadow-sm hover:bg-accent hover:text-accent-foreground',
    secondary: 'bg-secondary text-secondary-foreground shadow-sm hover:bg-secondary/80',
    ghost: 'hover:bg-accent hover:text-accent-foreground',
    link: 'text-primary underline-offset-4 hover:underline',
  };
  var SIZES = { default: 'h-9 px-4 py-2', sm: 'h-8 rounded-md px-3 text-xs', icon: 'h-9 w-9' };
  function button(kids, opts, attrs) {
    opts = opts || {};
    return el('button', Object.assign({ type: 'button', class: cn(BUTTON_BASE, VARIANTS[opts.variant || 'default'], SIZES[opts.size || 'default'], opts.className) }, attrs || {}), kids);
  }
  var srOnly = function (text) { return el('span', { class: 'sr-only' }, text); };

  // ---- ui/input.tsx, controlled the React way (react-dom's inputValueTracking)
  var INPUT_CLASS = 'flex h-9 w-full rounded-md border border-input bg-transparent px-3 py-1 text-base shadow-sm transition-colors file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-1 focus-visible:ring-ring disabled:cursor-not-allowed disabled:opacity-50 md:text-sm';
  function controlledInput(attrs, state, onChange) {
    var input = el('input', attrs);
    var tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: function () { return nativeValue.get.call(this); },
      set: function (v) { tracked = String(v); nativeValue.set.call(this, v); },
    });
    input.value = state.value;
    input.setAttribute('value', state.value);
    input.addEventListener('input', function () {
      var now = nativeValue.get.call(input);
      if (now === tracked) return; // no change as React sees it: onChange is not called
      tracked = now;
      onChange(now);
      // controlled: the DOM shows the state again after the handler
      if (nativeValue.get.call(input) !== state.value) { tracked = state.value; nativeValue.set.call(input, state.value); }
      input.setAttribute('value', state.value);
    });
    return input;
  }

  // ---- Sonner
  var toaster = el('section', { 'aria-label': 'Notifications alt+T', tabindex: '-1', 'aria-live': 'polite', 'aria-relevant': 'additions text', 'aria-atomic': 'false' });
  var toastList = null;
  var SONNER_ICONS = {
    success: '<path fill-rule="evenodd" d="M10 18a8 8 0 100-16 8 8 0 000 16zm3.857-9.809a.75.75 0 00-1.214-.882l-3.483 4.79-1.88-1.88a.75.75 0 10-1.06 1.061l2.5 2.5a.75.75 0 001.137-.089l4-5.5z" clip-rule="evenodd"></path>',
    error: '<path fill-rule="evenodd" d="M18 10a8 8 0 11-16 0 8 8 0 0116 0zm-8-5a.75.75 0 01.75.75v4.5a.75.75 0 01-1.5 0v-4.5A.75.75 0 0110 5zm0 10a1 1 0 100-2 1 1 0 000 2z" clip-rule="evenodd"></path>',
  };
  function toast(type, title, description) {
    if (!toastList) {
      toastList = el('ol', { dir: 'ltr', tabindex: '-1', class: 'toaster group', 'data-sonner-toaster': 'true', 'data-theme': 'light', 'data-y-position': 'bottom', 'data-lifted': 'false', 'data-x-position': 'right', style: '--front-toast-height: 54px; --width: 356px; --gap: 14px; --offset-top: 32px; --offset-right: 32px; --offset-bottom: 32px; --offset-left: 32px;' });
      toaster.appendChild(toastList);
    }
    var svg = el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 20 20', fill: 'currentColor', height: '20', width: '20' });
    svg.innerHTML = SONNER_ICONS[type];
    var li = el('li', { tabindex: '0', class: 'group toast group-[.toaster]:bg-background group-[.toaster]:text-foreground group-[.toaster]:border-border group-[.toaster]:shadow-lg', 'data-sonner-toast': '', 'data-styled': 'true', 'data-mounted': 'false', 'data-promise': 'false', 'data-swiped': 'false', 'data-removed': 'false', 'data-visible': 'true', 'data-y-position': 'bottom', 'data-x-position': 'right', 'data-index': '0', 'data-front': 'true', 'data-swiping': 'false', 'data-dismissible': 'true', 'data-type': type, 'data-swipe-out': 'false', 'data-expanded': 'false' }, [
      el('div', { 'data-icon': '' }, svg),
      el('div', { 'data-content': '' }, [el('div', { 'data-title': '' }, title), description ? el('div', { 'data-description': '', class: 'group-[.toast]:text-muted-foreground' }, description) : null]),
    ]);
    [].forEach.call(toastList.children, function (other, i) { other.setAttribute('data-index', String(i + 1)); other.setAttribute('data-front', 'false'); });
    toastList.insertBefore(li, toastList.firstChild);
    requestAnimationFrame(function () { li.setAttribute('data-mounted', 'true'); });
    later(function () {
      li.setAttribute('data-removed', 'true');
      li.setAttribute('data-mounted', 'false');
      later(function () {
        li.remove();
        if (toastList && !toastList.children.length) { toastList.remove(); toastList = null; }
      }, 400);
    }, 4000);
  }

  // ---- Radix internals shared by the DropdownMenu and the Dialog
  var layers = [];
  var bodyPointerEvents = null;
  var hiddenByLayers = [];
  var guards = null;
  var scrollStyle = null;
  function hideOthers(target) {
    // aria-hidden's hideOthers: every element outside the target (and [aria-live] regions) hidden.
    var keepTargets = [target].concat([].slice.call(document.body.querySelectorAll('[aria-live]')));
    var keep = new Set();
    keepTargets.forEach(function (t) { for (var n = t; n && n !== document.body; n = n.parentElement) keep.add(n); });
    var changed = [];
    (function deep(parent) {
      [].forEach.call(parent.children, function (node) {
        if (keepTargets.indexOf(node) >= 0) return;
        if (keep.has(node)) return deep(node);
        if (node.tagName === 'SCRIPT') return;
        var was = node.getAttribute('aria-hidden');
        if (was === null || was === 'false') { node.setAttribute('aria-hidden', 'true'); node.setAttribute('data-aria-hidden', 'true'); changed.push(node); }
      });
    })(document.body);
    return function undo() { changed.forEach(function (n) { n.removeAttribute('aria-hidden'); n.removeAttribute('data-aria-hidden'); }); };
  }
  function focusGuard() { return el('span', { 'data-radix-focus-guard': '', tabindex: '0', style: 'outline: none; opacity: 0; position: fixed; pointer-events: none;' }); }
  function lockScroll() {
    if (!scrollStyle) {
      scrollStyle = el('style', {}, 'body[data-scroll-locked] { overflow: hidden !important; overscroll-behavior: contain; position: relative !important; padding-left: 0px; padding-top: 0px; padding-right: 0px; margin-left: 0; margin-top: 0; margin-right: 0px !important; }');
      document.head.appendChild(scrollStyle);
    }
    document.body.setAttribute('data-scroll-locked', '1');
  }
  function tabbables(container) {
    return [].slice.call(container.querySelectorAll('button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])')).filter(function (n) {
      return n.getAttribute('type') !== 'hidden' && n.getClientRects().length > 0;
    });
  }
  /**
   * A modal layer (DismissableLayer + FocusScope + RemoveScroll + hideOthers) around `content`, already in
   * the DOM. opts: onDismiss(reason), onPointerDownOutside(event) (preventDefault keeps it open).
   */
  function modalLayer(content, opts) {
    var layer = { content: content, opts: opts, lastFocused: null };
    layers.push(layer);
    if (layers.length === 1) {
      bodyPointerEvents = document.body.style.pointerEvents;
      document.body.style.pointerEvents = 'none';
      guards = [focusGuard(), focusGuard()];
      document.body.insertAdjacentElement('afterbegin', guards[0]);
      document.body.insertAdjacentElement('beforeend', guards[1]);
      lockScroll();
    }
    content.style.pointerEvents = 'auto';
    var undoHide = hideOthers(content);
    hiddenByLayers.push(undoHide);
    var top = function () { return layers[layers.length - 1] === layer; };
    function onKeyDown(e) {
      if (e.key === 'Escape' && top()) { e.preventDefault(); opts.onDismiss('escape'); }
    }
    function onPointerDown(e) {
      if (!top()) return;
      var path = e.composedPath ? e.composedPath() : [e.target];
      if (path.indexOf(content) >= 0 || (opts.inside && path.some(function (n) { return opts.inside(n); }))) return;
      var prevented = false;
      var ev = { target: e.target, originalEvent: e, preventDefault: function () { prevented = true; } };
      if (opts.onPointerDownOutside) opts.onPointerDownOutside(ev);
      if (!prevented) opts.onDismiss('outside');
    }
    function onFocusIn(e) {
      if (!top()) return;
      if (content.contains(e.target)) { layer.lastFocused = e.target; return; }
      (layer.lastFocused && layer.lastFocused.isConnected ? layer.lastFocused : content).focus({ preventScroll: true });
    }
    function onFocusOut(e) {
      if (!top() || e.relatedTarget === null) return;
      if (!content.contains(e.relatedTarget)) (layer.lastFocused && layer.lastFocused.isConnected ? layer.lastFocused : content).focus({ preventScroll: true });
    }
    function onTab(e) {
      if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
      var list = tabbables(content);
      if (!list.length) { e.preventDefault(); return; }
      var first = list[0];
      var last = list[list.length - 1];
      if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
      else if (e.shiftKey && (document.activeElement === first || document.activeElement === content)) { e.preventDefault(); last.focus(); }
    }
    // The focused element removed (content switched): browsers focus <body>; FocusScope moves it to the container.
    var observer = new MutationObserver(function (records) {
      if (document.activeElement !== document.body) return;
      if (records.some(function (r) { return r.removedNodes.length > 0; })) content.focus({ preventScroll: true });
    });
    observer.observe(content, { childList: true, subtree: true });
    document.addEventListener('keydown', onKeyDown, true);
    content.addEventListener('keydown', onTab);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    var armed = later(function () { document.addEventListener('pointerdown', onPointerDown); });
    layer.release = function () {
      clearTimeout(armed);
      observer.disconnect();
      document.removeEventListener('keydown', onKeyDown, true);
      content.removeEventListener('keydown', onTab);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerdown', onPointerDown);
      undoHide();
      hiddenByLayers.splice(hiddenByLayers.indexOf(undoHide), 1);
      layers.splice(layers.indexOf(layer), 1);
      if (!layers.length) {
        document.body.style.pointerEvents = bodyPointerEvents || '';
        if (!document.body.getAttribute('style')) document.body.removeAttribute('style');
        document.body.removeAttribute('data-scroll-locked');
        guards.forEach(function (g) { g.remove(); });
        guards = null;
      }
    };
    return layer;
  }
  /** Presence: waits for the exit animation (animationend), then unmounts. */
  function unmountAfterAnimation(nodes, done) {
    var left = nodes.length;
    var finished = false;
    function finish() { if (finished) return; finished = true; nodes.forEach(function (n) { n.remove(); }); done(); }
    nodes.forEach(function (n) {
      var name = getComputedStyle(n).animationName;
      if (!name || name === 'none') { if (--left === 0) finish(); return; }
      n.addEventListener('animationend', function () { if (--left === 0) finish(); }, { once: true });
    });
    later(finish, 400);
  }

  // ---- DropdownMenu (modal)
  function dropdownMenu(trigger, build, opts) {
    var contentId = 'radix-' + useId();
    var state = { open: false, layer: null, wrapper: null, menu: null };
    trigger.setAttribute('aria-haspopup', 'menu');
    trigger.setAttribute('aria-expanded', 'false');
    trigger.setAttribute('data-state', 'closed');
    function place() {
      var r = trigger.getBoundingClientRect();
      var w = state.menu.offsetWidth;
      var x = opts.align === 'end' ? r.right - w : r.left;
      x = Math.max(8, Math.min(x, window.innerWidth - w - 8));
      state.wrapper.style.transform = 'translate(' + Math.round(x) + 'px, ' + Math.round(r.bottom + 4) + 'px)';
    }
    function items() { return [].slice.call(state.menu.querySelectorAll('[role=menuitem]:not([data-disabled])')); }
    function highlight(item) {
      items().forEach(function (i) { i.removeAttribute('data-highlighted'); });
      if (item) { item.setAttribute('data-highlighted', ''); item.focus({ preventScroll: true }); }
    }
    function open() {
      if (state.open) return;
      state.open = true;
      var menu = el('div', { 'data-side': 'bottom', 'data-align': opts.align || 'start', role: 'menu', 'aria-orientation': 'vertical', 'data-state': 'open', 'data-radix-menu-content': '', dir: 'ltr', id: contentId, 'aria-labelledby': trigger.id, class: cn('z-50 min-w-[8rem] overflow-hidden rounded-md border bg-popover p-1 text-popover-foreground shadow-md data-[state=open]:animate-in data-[state=closed]:animate-out data-[state=closed]:fade-out-0 data-[state=open]:fade-in-0 data-[state=closed]:zoom-out-95 data-[state=open]:zoom-in-95 data-[side=bottom]:slide-in-from-top-2', opts.className), tabindex: '-1', 'data-orientation': 'vertical', style: 'outline: none; --radix-dropdown-menu-content-transform-origin: var(--radix-popper-transform-origin); --radix-dropdown-menu-content-available-width: var(--radix-popper-available-width); --radix-dropdown-menu-content-available-height: var(--radix-popper-available-height); --radix-dropdown-menu-trigger-width: var(--radix-popper-anchor-width); --radix-dropdown-menu-trigger-height: var(--radix-popper-anchor-height);' }, build(close));
      var wrapper = el('div', { 'data-radix-popper-content-wrapper': '', dir: 'ltr', style: 'position: fixed; left: 0px; top: 0px; transform: translate(0px, -200%); min-width: max-content; --radix-popper-transform-origin: ' + (opts.align === 'end' ? '100%' : '0%') + ' 0px; will-change: transform; z-index: 50;' }, menu);
      state.menu = menu;
      state.wrapper = wrapper;
      document.body.appendChild(wrapper);
      place();
      trigger.setAttribute('aria-expanded', 'true');
      trigger.setAttribute('aria-controls', contentId);
      trigger.setAttribute('data-state', 'open');
      state.layer = modalLayer(menu, { onDismiss: function () { close(); }, inside: function (n) { return n === trigger; } });
      menu.addEventListener('pointermove', function (e) {
        var item = e.target.closest && e.target.closest('[role=menuitem]');
        if (item && !item.hasAttribute('data-highlighted')) highlight(item);
      });
      menu.addEventListener('pointerleave', function () { highlight(null); menu.focus({ preventScroll: true }); });
      menu.addEventListener('keydown', function (e) {
        var list = items();
        var at = list.indexOf(document.activeElement);
        if (e.key === 'ArrowDown') { e.preventDefault(); highlight(list[(at + 1) % list.length]); }
        else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(list[(at - 1 + list.length) % list.length]); }
        else if ((e.key === 'Enter' || e.key === ' ') && at >= 0) { e.preventDefault(); list[at].click(); }
        else if (e.key === 'Tab') { e.preventDefault(); close(); }
      });
      window.addEventListener('resize', place);
      menu.focus({ preventScroll: true });
    }
    function close(returnFocus) {
      if (!state.open) return;
      state.open = false;
      var menu = state.menu;
      var wrapper = state.wrapper;
      var layer = state.layer;
      window.removeEventListener('resize', place);
      trigger.setAttribute('aria-expanded', 'false');
      trigger.removeAttribute('aria-controls');
      trigger.setAttribute('data-state', 'closed');
      menu.setAttribute('data-state', 'closed');
      unmountAfterAnimation([menu], function () {
        wrapper.remove();
        layer.release();
        if (returnFocus !== false && trigger.isConnected) trigger.focus({ preventScroll: true });
      });
    }
    trigger.addEventListener('pointerdown', function (e) {
      if (e.button === 0 && e.ctrlKey === false) {
        if (state.open) close(); else open();
        if (!state.open) return;
        e.preventDefault(); // the trigger does not take the focus
      }
    });
    trigger.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); if (state.open) close(); else open(); }
      else if (e.key === 'ArrowDown') { e.preventDefault(); open(); highlight(items()[0]); }
    });
    return { close: close };
  }
  function menuItem(text, onSelect, close, extra) {
    var item = el('div', { role: 'menuitem', class: 'relative flex cursor-default select-none items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-none transition-colors focus:bg-accent focus:text-accent-foreground data-[disabled]:pointer-events-none data-[disabled]:opacity-50 [&_svg]:pointer-events-none [&_svg]:size-4 [&_svg]:shrink-0', tabindex: '-1', 'data-orientation': 'vertical', 'data-radix-collection-item': '' }, [text, extra]);
    item.addEventListener('click', function () {
      close(false);
      onSelect();
    });
    return item;
  }
  var menuSeparator = function () { return el('div', { role: 'separator', 'aria-orientation': 'horizontal', class: '-mx-1 my-1 h-px bg-muted' }); };
  var menuLabel = function (kids) { return el('div', { class: 'px-2 py-1.5 text-sm font-semibold' }, kids); };

  // ---- Dialog
  /** A Radix Dialog controlled by the caller: open() mounts overlay + content at the end of <body>. */
  function dialog(trigger, render, opts) {
    var contentId = 'radix-' + useId();
    var titleId = 'radix-' + useId();
    var descId = 'radix-' + useId();
    var d = { open: false, titleId: titleId, descId: descId };
    if (trigger) {
      trigger.setAttribute('aria-haspopup', 'dialog');
      trigger.setAttribute('aria-expanded', 'false');
      trigger.setAttribute('aria-controls', contentId);
      trigger.setAttribute('data-state', 'closed');
      trigger.addEventListener('click', function () { d.show(); });
    }
    d.show = function () {
      if (d.open) return;
      d.open = true;
      var overlay = el('div', { 'data-state': 'open', class: 'fixed inset-0 z-50 bg-black/80 data-[state=open]:animate-in data-[state=closed]:animate-out data-[state=closed]:fade-out-0 data-[state=open]:fade-in-0', style: 'pointer-events: auto;' });
      var close = el('button', { type: 'button', class: 'absolute right-4 top-4 rounded-sm opacity-70 ring-offset-background transition-opacity hover:opacity-100 focus:outline-none focus:ring-2 focus:ring-ring focus:ring-offset-2 disabled:pointer-events-none data-[state=open]:bg-accent data-[state=open]:text-muted-foreground' }, [icon('x', 'h-4 w-4'), srOnly('Close')]);
      var content = el('div', { role: 'dialog', id: contentId, 'aria-describedby': descId, 'aria-labelledby': titleId, 'data-state': 'open', class: 'fixed left-[50%] top-[50%] z-50 grid w-full max-w-lg translate-x-[-50%] translate-y-[-50%] gap-4 border bg-background p-6 shadow-lg duration-200 data-[state=open]:animate-in data-[state=closed]:animate-out data-[state=closed]:fade-out-0 data-[state=open]:fade-in-0 data-[state=closed]:zoom-out-95 data-[state=open]:zoom-in-95 data-[state=closed]:slide-out-to-left-1/2 data-[state=closed]:slide-out-to-top-[48%] data-[state=open]:slide-in-from-left-1/2 data-[state=open]:slide-in-from-top-[48%] sm:rounded-lg', tabindex: '-1', style: 'pointer-events: auto;' });
      d.overlay = overlay;
      d.content = content;
      d.closeButton = close;
      d.rerender = function () {
        var active = document.activeElement;
        var kids = render(d);
        content.replaceChildren.apply(content, kids.concat([close]));
        if (active && !active.isConnected && document.activeElement === document.body) content.focus({ preventScroll: true });
      };
      close.addEventListener('click', function () { d.requestClose('close'); });
      document.body.appendChild(overlay);
      document.body.appendChild(content);
      d.rerender();
      if (trigger) { trigger.setAttribute('aria-expanded', 'true'); trigger.setAttribute('data-state', 'open'); }
      d.layer = modalLayer(content, {
        onDismiss: function (reason) { d.requestClose(reason); },
        onPointerDownOutside: function (e) { if (opts.onInteractOutside) opts.onInteractOutside(e); },
      });
      // onOpenAutoFocus: the first tabbable element, else the content itself.
      var first = tabbables(content)[0];
      (first || content).focus({ preventScroll: true });
    };
    d.requestClose = function (reason) { if (d.open) opts.onOpenChange(false, reason); };
    d.hide = function () {
      if (!d.open) return;
      d.open = false;
      var overlay = d.overlay;
      var content = d.content;
      var layer = d.layer;
      overlay.setAttribute('data-state', 'closed');
      content.setAttribute('data-state', 'closed');
      if (trigger) { trigger.setAttribute('aria-expanded', 'false'); trigger.setAttribute('data-state', 'closed'); }
      unmountAfterAnimation([overlay, content], function () {
        layer.release();
        if (trigger && trigger.isConnected) trigger.focus({ preventScroll: true });
      });
    };
    return d;
  }
  function dialogHeader(d, title, description) {
    return el('div', { class: 'flex flex-col space-y-1.5 text-center sm:text-left' }, [
      el('h2', { id: d.titleId, class: 'text-lg font-semibold leading-none tracking-tight' }, title),
      el('p', { id: d.descId, class: 'text-sm text-muted-foreground' }, description),
    ]);
  }
  var dialogFooter = function (kids) { return el('div', { class: 'flex flex-col-reverse sm:flex-row sm:justify-end sm:space-x-2' }, kids); };

  // ---- routing (React Router)
  var root = document.getElementById('root');
  function navigate(path, replace) {
    history[replace ? 'replaceState' : 'pushState']({ idx: Date.now() }, '', path);
    route();
  }
  function link(href, attrs, kids) {
    var a = el('a', Object.assign({ href: href }, attrs), kids);
    a.addEventListener('click', function (e) {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate(href);
    });
    return a;
  }
  window.addEventListener('popstate', function () { route(); });

  // ---- the app shell
  var TOP_NAV = [['Dashboard', '/app/dashboard'], ['Customers', '/app/customers'], ['Jobs', '/app/jobs'], ['Calendar', '/app/calendar'], ['Reports', '/app/reports']];
  var main = el('main', { class: 'flex flex-1 flex-col gap-4 p-4 md:gap-8 md:p-8' });
  var navLinks = [];
  function shell() {
    var avatarId = 'radix-' + useId();
    var avatar = button([
      el('span', { class: 'relative flex h-8 w-8 shrink-0 overflow-hidden rounded-full' }, el('span', { class: 'flex h-full w-full items-center justify-center rounded-full bg-muted' }, 'JC')),
      srOnly('Toggle user menu'),
    ], { variant: 'secondary', size: 'icon', className: 'rounded-full' }, { id: avatarId });
    dropdownMenu(avatar, function (close) {
      return [
        menuLabel(el('div', { class: 'flex flex-col space-y-1' }, [el('p', { class: 'text-sm font-medium leading-none' }, 'Jane Cooper'), el('p', { class: 'text-xs leading-none text-muted-foreground' }, 'jane@summitroofing.com')])),
        menuSeparator(),
        el('div', { role: 'group' }, [
          menuItem('Profile', function () { navigate('/app/settings/profile'); }, close),
          menuItem('Billing', function () { navigate('/app/settings/billing'); }, close),
          menuItem('Settings', function () { navigate('/app/settings/profile'); }, close, el('span', { class: 'ml-auto text-xs tracking-widest opacity-60' }, '⌘,')),
        ]),
        menuSeparator(),
        menuItem('Support', function () { toast('success', 'Support', 'Our team answers within one business day.'); }, close),
        menuItem('Log out', function () { toast('error', 'You cannot log out of the sandbox.'); }, close),
      ];
    }, { align: 'end', className: 'w-56' });
    navLinks = TOP_NAV.map(function (n) { return link(n[1], { class: 'text-muted-foreground transition-colors hover:text-foreground' }, n[0]); });
    var header = el('header', { class: 'sticky top-0 z-40 flex h-16 items-center gap-4 border-b bg-background px-4 md:px-6' }, [
      el('nav', { class: 'hidden flex-col gap-6 text-lg font-medium md:flex md:flex-row md:items-center md:gap-5 md:text-sm lg:gap-6' }, [
        link('/app/dashboard', { class: 'flex items-center gap-2 text-lg font-semibold md:text-base' }, [icon('house-plug', 'h-6 w-6'), el('span', { class: 'whitespace-nowrap' }, 'JobProgress')]),
      ].concat(navLinks)),
      el('div', { class: 'flex w-full items-center gap-4 md:ml-auto md:gap-2 lg:gap-4' }, [
        el('form', { class: 'ml-auto flex-1 sm:flex-initial', onsubmit: function (e) { e.preventDefault(); } }, el('div', { class: 'relative' }, [
          icon('search', 'absolute left-2.5 top-2.5 h-4 w-4 text-muted-foreground'),
          el('input', { type: 'search', placeholder: 'Search customers...', class: cn(INPUT_CLASS, 'pl-8 sm:w-[300px] md:w-[200px] lg:w-[300px]') }),
        ])),
        avatar,
      ]),
    ]);
    root.append(el('div', { class: 'flex min-h-screen w-full flex-col' }, [header, main]), toaster);
  }

  function card(kids, extra) { return el('div', { class: cn('rounded-xl border bg-card text-card-foreground shadow', extra) }, kids); }
  function dashboard() {
    var stats = [['Open leads', '24', '+4 since last week'], ['Appointments today', '3', 'Next at 10:30 AM'], ['Jobs sold (30 days)', '11', '$148,320 total'], ['Proposals pending', '7', '2 expire this week']];
    main.replaceChildren(
      el('div', {}, [el('h1', { class: 'text-2xl font-semibold tracking-tight' }, 'Dashboard'), el('p', { class: 'text-sm text-muted-foreground' }, 'Good morning, Jane. 3 appointments today.')]),
      el('div', { class: 'grid gap-4 md:grid-cols-2 md:gap-8 lg:grid-cols-4' }, stats.map(function (s) {
        return card([
          el('div', { class: 'flex flex-row items-center justify-between space-y-0 p-6 pb-2' }, el('h3', { class: 'text-sm font-medium tracking-tight' }, s[0])),
          el('div', { class: 'p-6 pt-0' }, [el('div', { class: 'text-2xl font-bold' }, s[1]), el('p', { class: 'text-xs text-muted-foreground' }, s[2])]),
        ]);
      })),
    );
  }
  function placeholder(name) {
    main.replaceChildren(el('div', {}, [el('h1', { class: 'text-2xl font-semibold tracking-tight' }, name), el('p', { class: 'text-sm text-muted-foreground' }, 'Nothing to show yet.')]));
  }

  var SECTIONS = [['profile', 'Profile'], ['account', 'Account'], ['company', 'Company'], ['users', 'Users & Roles'], ['notifications', 'Notifications'], ['billing', 'Billing'], ['integrations', 'Integrations'], ['developers', 'Developers']];
  function settings(section) {
    var found = SECTIONS.find(function (s) { return s[0] === section; });
    if (!found) return navigate('/app/settings/profile', true);
    var nav = el('nav', { class: 'flex space-x-2 lg:flex-col lg:space-x-0 lg:space-y-1' }, SECTIONS.map(function (s) {
      var active = s[0] === section;
      return link('/app/settings/' + s[0], { class: cn(BUTTON_BASE, VARIANTS.ghost, SIZES.default, active ? 'bg-muted hover:bg-muted' : 'hover:bg-transparent hover:underline', 'justify-start'), 'aria-current': active ? 'page' : undefined }, s[1]);
    }));
    var body = el('div', { class: 'flex-1 lg:max-w-3xl' });
    main.replaceChildren(el('div', { class: 'space-y-6 pb-16 md:block' }, [
      el('div', { class: 'space-y-0.5' }, [el('h2', { class: 'text-2xl font-bold tracking-tight' }, 'Settings'), el('p', { class: 'text-muted-foreground' }, 'Manage your account settings and preferences.')]),
      el('div', { 'data-orientation': 'horizontal', role: 'none', class: 'shrink-0 bg-border h-[1px] w-full my-6' }),
      el('div', { class: 'flex flex-col space-y-8 lg:flex-row lg:space-x-12 lg:space-y-0' }, [el('aside', { class: '-mx-4 lg:w-1/5' }, nav), body]),
    ]));
    if (section === 'developers') developers(body);
    else body.append(el('div', { class: 'space-y-6' }, [
      el('div', {}, [el('h3', { class: 'text-lg font-medium' }, found[1]), el('p', { class: 'text-sm text-muted-foreground' }, found[1] + ' settings are managed by your account owner.')]),
      el('div', { 'data-orientation': 'horizontal', role: 'none', class: 'shrink-0 bg-border h-[1px] w-full' }),
    ]));
  }

  // ---- Developers: the tokens DataTable and the Generate Token dialog
  var EXAMPLE_TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMDAwIiwibmFtZSI6IkV4YW1wbGUgYXBwIiwiaWF0IjoxNzM1Njg5NjAwfQ.ZXhhbXBsZS1zaWduYXR1cmUtZG8tbm90LXVzZS10aGlzLXZhbHVlISE';
  function preview(t) {
    var n = 11;
    var s = t.id + '/' + t.name;
    for (var i = 0; i < s.length; i++) n = (n * 131 + s.charCodeAt(i)) % 65536;
    return '••••' + n.toString(16).padStart(4, '0');
  }
  var fmtDate = function (iso) { return new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' }); };
  function checkbox(label, onChange) {
    var box = el('button', { type: 'button', role: 'checkbox', 'aria-checked': 'false', 'data-state': 'unchecked', value: 'on', class: 'peer h-4 w-4 shrink-0 rounded-sm border border-primary shadow focus-visible:outline-none focus-visible:ring-1 focus-visible:ring-ring disabled:cursor-not-allowed disabled:opacity-50 data-[state=checked]:bg-primary data-[state=checked]:text-primary-foreground translate-y-[2px]', 'aria-label': label });
    box.set = function (on) {
      box.setAttribute('aria-checked', String(on));
      box.setAttribute('data-state', on ? 'checked' : 'unchecked');
      box.replaceChildren();
      if (on) box.append(el('span', { 'data-state': 'checked', class: 'flex items-center justify-center text-current', style: 'pointer-events: none;' }, icon('check', 'h-4 w-4')));
    };
    box.addEventListener('click', function () { var on = box.getAttribute('aria-checked') !== 'true'; box.set(on); onChange(on); });
    return box;
  }
  var TH = 'h-10 px-2 text-left align-middle font-medium text-muted-foreground [&:has([role=checkbox])]:pr-0 [&>[role=checkbox]]:translate-y-[2px]';
  var TD = 'p-2 align-middle [&:has([role=checkbox])]:pr-0 [&>[role=checkbox]]:translate-y-[2px]';
  var TR = 'border-b transition-colors hover:bg-muted/50 data-[state=selected]:bg-muted';

  var tokensQuery = { rows: null, refetch: null };
  function developers(body) {
    var tableHolder = el('div', { class: 'rounded-md border' });
    var footer = el('div', { class: 'flex-1 text-sm text-muted-foreground' });
    var filter = el('input', { placeholder: 'Filter tokens...', class: cn(INPUT_CLASS, 'max-w-sm') });
    var selected = new Set();
    var sortDesc = true;
    var rows = [];
    function drawTable(loading) {
      var all = rows.filter(function (t) { return t.name.toLowerCase().indexOf(filter.value.trim().toLowerCase()) >= 0; });
      all.sort(function (a, b) { return (sortDesc ? -1 : 1) * (new Date(a.createdAt) - new Date(b.createdAt)); });
      var headBox = checkbox('Select all', function (on) { all.forEach(function (t) { if (on) selected.add(t.id); else selected.delete(t.id); }); drawTable(false); });
      if (all.length && all.every(function (t) { return selected.has(t.id); })) headBox.set(true);
      var sortBtn = button(['Created', icon('arrow-up-down')], { variant: 'ghost', className: '-ml-4' }, { onclick: function () { sortDesc = !sortDesc; drawTable(false); } });
      var thead = el('thead', { class: '[&_tr]:border-b' }, el('tr', { class: TR }, [
        el('th', { class: TH, colspan: '1' }, headBox),
        el('th', { class: TH, colspan: '1' }, 'Name'),
        el('th', { class: TH, colspan: '1' }, 'Token'),
        el('th', { class: TH, colspan: '1' }, sortBtn),
        el('th', { class: TH, colspan: '1' }, 'Last used'),
        el('th', { class: TH, colspan: '1' }),
      ]));
      var tbody = el('tbody', { class: '[&_tr:last-child]:border-0' });
      if (loading) {
        for (var i = 0; i < 3; i++) tbody.append(el('tr', { class: TR }, [1, 2, 3, 4, 5, 6].map(function (c) { return el('td', { class: TD }, el('div', { class: cn('animate-pulse rounded-md bg-primary/10 h-4', c === 1 ? 'w-4' : 'w-[80px]') })); })));
      } else if (!all.length) {
        tbody.append(el('tr', { class: TR }, el('td', { class: cn(TD, 'h-24 text-center'), colspan: '6' }, 'No results.')));
      } else {
        all.forEach(function (t) {
          var on = selected.has(t.id);
          var box = checkbox('Select row', function (v) { if (v) selected.add(t.id); else selected.delete(t.id); drawTable(false); });
          box.set(on);
          var actionsId = 'radix-' + useId();
          var actions = button([srOnly('Open menu'), icon('ellipsis', 'h-4 w-4')], { variant: 'ghost', className: 'h-8 w-8 p-0' }, { id: actionsId });
          dropdownMenu(actions, function (close) {
            return [
              menuLabel('Actions'),
              menuItem('Copy token ID', function () { copyText(t.id); toast('success', 'Token ID copied'); }, close),
              menuSeparator(),
              menuItem('Revoke token', function () {
                api('tokens/' + t.id + '/revoke', {}).then(function () { toast('success', 'Token revoked'); tokensQuery.refetch(); }, function (e) { toast('error', e.message); });
              }, close),
            ];
          }, { align: 'end' });
          tbody.append(el('tr', { class: TR, 'data-state': on ? 'selected' : 'false' }, [
            el('td', { class: TD }, box),
            el('td', { class: TD }, el('div', { class: 'font-medium' }, t.name)),
            el('td', { class: TD }, el('code', { class: 'relative rounded bg-muted px-[0.3rem] py-[0.2rem] font-mono text-sm' }, preview(t))),
            el('td', { class: TD }, fmtDate(t.createdAt)),
            el('td', { class: cn(TD, 'text-muted-foreground') }, 'Never'),
            el('td', { class: cn(TD, 'text-right') }, actions),
          ]));
        });
      }
      tableHolder.replaceChildren(el('div', { class: 'relative w-full overflow-auto' }, el('table', { class: 'w-full caption-bottom text-sm' }, [thead, tbody])));
      footer.textContent = selected.size + ' of ' + all.length + ' row(s) selected.';
    }
    filter.addEventListener('input', function () { drawTable(false); });
    tokensQuery.refetch = function (quiet) {
      if (!quiet) drawTable(true);
      return Promise.all([api('tokens'), new Promise(function (r) { later(r, quiet ? 0 : 350); })]).then(function (res) {
        rows = res[0];
        if (tableHolder.isConnected) drawTable(false);
      }, function (e) { drawTable(false); toast('error', 'Could not load tokens', e.message); });
    };

    var generate = button([icon('plus'), 'Generate Token'], {});
    tokenDialog(generate);
    body.append(el('div', { class: 'space-y-6' }, [
      el('div', {}, [el('h3', { class: 'text-lg font-medium' }, 'Developers'), el('p', { class: 'text-sm text-muted-foreground' }, 'Connect other applications to JobProgress through the public API.')]),
      el('div', { 'data-orientation': 'horizontal', role: 'none', class: 'shrink-0 bg-border h-[1px] w-full' }),
      el('div', { class: 'space-y-4' }, [
        el('div', { class: 'flex items-start justify-between gap-4' }, [
          el('div', { class: 'space-y-1' }, [el('h4', { class: 'text-base font-semibold leading-none tracking-tight' }, 'Public API Tokens'), el('p', { class: 'text-sm text-muted-foreground' }, 'Tokens give an application access to your company’s data. Keep them secret.')]),
          generate,
        ]),
        el('div', { class: 'flex items-center py-1' }, filter),
        tableHolder,
        el('div', { class: 'flex items-center justify-end space-x-2' }, [
          footer,
          el('div', { class: 'space-x-2' }, [button('Previous', { variant: 'outline', size: 'sm' }, { disabled: true }), button('Next', { variant: 'outline', size: 'sm' }, { disabled: true })]),
        ]),
      ]),
      card([
        el('div', { class: 'flex flex-col space-y-1.5 p-6' }, [el('h3', { class: 'font-semibold leading-none tracking-tight' }, 'Using a token'), el('p', { class: 'text-sm text-muted-foreground' }, 'Send it as a bearer token with every request, for example:')]),
        el('div', { class: 'p-6 pt-0' }, el('pre', { class: 'overflow-x-auto rounded-md bg-muted p-4 font-mono text-xs' }, el('code', {}, 'curl https://api.jobprogress.com/v3/jobs \\\n  -H "Authorization: Bearer ' + EXAMPLE_TOKEN + '"'))),
      ]),
    ]));
    tokensQuery.refetch();
  }

  function copyText(text) {
    function fallback() {
      var area = el('textarea', { style: 'position: fixed; top: 0; left: 0; opacity: 0;', readonly: '' });
      area.value = text;
      (document.querySelector('[role=dialog][data-state=open]') || document.body).appendChild(area);
      area.select();
      try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
      area.remove();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text).catch(fallback);
    fallback();
    return Promise.resolve();
  }

  /** <GenerateTokenDialog>: one Dialog whose content is the name form, then the new token. */
  function tokenDialog(trigger) {
    var formItemId = useId() + '-form-item';
    var state = { open: false, name: { value: '' }, error: null, submitted: false, pending: false, token: null, reveal: false, copied: false };
    var d = dialog(trigger, render, {
      onOpenChange: function (open) {
        if (open) return;
        // setOpen(false); setToken(null); form.reset() — all in the same handler, before the exit animation.
        state.token = null;
        state.name.value = '';
        state.error = null;
        state.submitted = false;
        state.reveal = false;
        state.copied = false;
        d.rerender();
        d.hide();
      },
      onInteractOutside: function (e) { if (state.token) e.preventDefault(); },
    });
    function validate() {
      state.error = state.name.value.trim() ? null : 'Token name is required.';
      return !state.error;
    }
    function submit(e) {
      e.preventDefault();
      state.submitted = true;
      if (!validate()) { d.rerender(); var i = d.content.querySelector('input'); if (i) i.focus(); return; }
      state.pending = true;
      d.rerender();
      api('tokens', { name: state.name.value.trim() }).then(function (created) {
        state.pending = false;
        state.token = created.token;
        d.rerender();
        toast('success', 'Token created', '“' + created.name + '” can now be used with the public API.');
        if (tokensQuery.refetch) tokensQuery.refetch(true);
      }, function (err) {
        state.pending = false;
        d.rerender();
        toast('error', 'Could not generate the token', err.message);
      });
    }
    function render() {
      if (state.token) return tokenView();
      var invalid = !!state.error;
      var input = controlledInput({ id: formItemId, 'aria-describedby': invalid ? formItemId + '-description ' + formItemId + '-message' : formItemId + '-description', 'aria-invalid': String(invalid), placeholder: 'e.g. Zapier integration', autocomplete: 'off', name: 'name', class: INPUT_CLASS }, state.name, function (v) {
        state.name.value = v;
        if (state.submitted) {
          var was = state.error;
          validate();
          if (was !== state.error) {
            var focused = document.activeElement === input;
            d.rerender();
            var again = d.content.querySelector('input');
            if (focused && again) { again.focus(); again.setSelectionRange(again.value.length, again.value.length); }
          }
        }
      });
      var submitBtn = button(state.pending ? [icon('loader-circle', 'animate-spin'), 'Generating…'] : 'Generate', {}, { type: 'submit', disabled: state.pending });
      var form = el('form', { class: 'grid gap-4', novalidate: '' }, [
        dialogHeader(d, 'Generate Token', 'Create a token for an application that connects to JobProgress.'),
        el('div', { class: 'space-y-2' }, [
          el('label', { class: cn('text-sm font-medium leading-none peer-disabled:cursor-not-allowed peer-disabled:opacity-70', invalid && 'text-destructive'), for: formItemId }, 'Token name'),
          input,
          el('p', { id: formItemId + '-description', class: 'text-[0.8rem] text-muted-foreground' }, 'A name that tells you which application uses it.'),
          invalid ? el('p', { id: formItemId + '-message', class: 'text-[0.8rem] font-medium text-destructive' }, state.error) : null,
        ]),
        dialogFooter([button('Cancel', { variant: 'outline', className: 'mt-2 sm:mt-0' }, { onclick: function () { d.requestClose('cancel'); } }), submitBtn]),
      ]);
      form.addEventListener('submit', submit);
      return [form];
    }
    function tokenView() {
      var fieldId = useId() + '-token';
      var field = el('input', { id: fieldId, type: state.reveal ? 'text' : 'password', readonly: '', class: cn(INPUT_CLASS, 'pr-10 font-mono text-xs'), autocomplete: 'off', spellcheck: 'false' });
      field.value = state.token;
      field.setAttribute('value', state.token);
      var eye = button([icon(state.reveal ? 'eye-off' : 'eye', 'h-4 w-4')], { variant: 'ghost', size: 'sm', className: 'absolute right-0 top-0 h-full px-3 py-2 hover:bg-transparent' }, { 'aria-label': state.reveal ? 'Hide token' : 'Show token' });
      eye.addEventListener('click', function () { state.reveal = !state.reveal; d.rerender(); var again = d.content.querySelector('button[aria-label$=" token"]'); if (again) again.focus(); });
      var copy = button([icon(state.copied ? 'check' : 'copy', 'h-4 w-4'), srOnly('Copy')], { variant: 'outline', size: 'icon', className: 'shrink-0' });
      copy.addEventListener('click', function () {
        var value = state.token;
        copyText(value).then(function () {
          toast('success', 'Copied to clipboard');
          if (!state.token) return;
          state.copied = true;
          d.rerender();
          var again = d.content.querySelector('button.shrink-0');
          if (again) again.focus();
          later(function () { if (state.token && state.copied) { state.copied = false; d.rerender(); } }, 2000);
        });
      });
      return [
        dialogHeader(d, 'Your new API token', 'Applications use this token to reach your JobProgress data through the public API.'),
        el('div', { role: 'alert', class: 'relative w-full rounded-lg border px-4 py-3 text-sm [&>svg+div]:translate-y-[-3px] [&>svg]:absolute [&>svg]:left-4 [&>svg]:top-4 [&>svg~*]:pl-7 border-amber-500/50 text-amber-700 [&>svg]:text-amber-600 bg-amber-50' }, [
          icon('triangle-alert', 'h-4 w-4'),
          el('h5', { class: 'mb-1 font-medium leading-none tracking-tight' }, 'Copy it now'),
          el('div', { class: 'text-sm [&_p]:leading-relaxed' }, "You won't be able to see this token again."),
        ]),
        el('div', { class: 'space-y-2' }, [
          el('label', { class: 'text-sm font-medium leading-none peer-disabled:cursor-not-allowed peer-disabled:opacity-70', for: fieldId }, 'API Token'),
          el('div', { class: 'flex items-center space-x-2' }, [el('div', { class: 'relative flex-1' }, [field, eye]), copy]),
        ]),
        dialogFooter(button('Done', {}, { onclick: function () { d.requestClose('done'); } })),
      ];
    }
    return d;
  }

  function route() {
    var path = location.pathname.replace(/\/+$/, '');
    if (path === '/app' || path === '/app/index.html') return navigate('/app/dashboard', true);
    if (path === '/app/settings') return navigate('/app/settings/profile', true);
    navLinks.forEach(function (a) {
      var on = path.indexOf(a.getAttribute('href')) === 0;
      a.setAttribute('class', on ? 'text-foreground transition-colors hover:text-foreground' : 'text-muted-foreground transition-colors hover:text-foreground');
    });
    var m = /^\/app\/settings\/([\w-]+)$/.exec(path);
    if (m) { document.title = 'Settings · JobProgress'; return settings(m[1]); }
    var top = TOP_NAV.find(function (n) { return n[1] === path; });
    document.title = (top ? top[0] : 'Not found') + ' · JobProgress';
    if (path === '/app/dashboard') return dashboard();
    placeholder(top ? top[0] : 'Page not found');
  }

  shell();
  route();
})();
