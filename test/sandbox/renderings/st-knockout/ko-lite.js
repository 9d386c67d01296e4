// A small stand-in for Knockout 3.5 (MIT, not a dependency of the project): observables with
// dependency tracking, `data-bind` attributes parsed and evaluated as Knockout does
// (`with($context){with($data){…}}`), `<!-- ko … -->` / `<!-- /ko -->` virtual elements kept in the
// DOM, control flow (if / ifnot / foreach / template) re-rendering its nodes, and the bindings the
// developer portal's templates use, with Knockout's event habits:
//   text (textContent), value (the element's `value` PROPERTY, read back on "change"), textInput
//   ("input" and "change"), checked (read on "click" only, as Knockout does; with an array and a
//   `value` binding, checkboxes add/remove their value), click (preventDefault, as Knockout does
//   unless the handler returns true), visible (style.display = "none"), attr, style, enable/disable,
//   and the portal's own handlers: appCategories (a <select> with optgroups), copyToClipboard,
//   readOnly. Components: <modal params="…"> renders the modal template inside the custom element.
(function () {
  var tracking = null;

  function observable(initial) {
    var value = initial;
    var subs = new Set();
    function o(next) {
      if (arguments.length) {
        if (next !== value || (typeof next === 'object' && next !== null)) {
          value = next;
          Array.from(subs).forEach(function (f) { f(); });
        }
        return undefined;
      }
      if (tracking) tracking.add(subs);
      return value;
    }
    o.__ko = true;
    o.peek = function () { return value; };
    o.subscribe = function (f) { subs.add(f); return { dispose: function () { subs.delete(f); } }; };
    return o;
  }

  function observableArray(initial) {
    var o = observable(initial || []);
    o.push = function (x) { o(o.peek().concat([x])); };
    o.remove = function (x) { o(o.peek().filter(function (y) { return y !== x; })); };
    o.replace = function (a, b) { o(o.peek().map(function (y) { return y === a ? b : y; })); };
    return o;
  }

  function computed(fn) {
    var o = observable(undefined);
    effect(function () { o(fn()); });
    var read = function () { return o(); };
    read.__ko = true;
    read.peek = o.peek;
    return read;
  }

  function unwrap(v) { return v && v.__ko ? v() : v; }

  /** Runs fn now and again whenever an observable it read changes; returns a disposer. */
  function effect(fn) {
    var deps = [];
    var disposed = false;
    function run() {
      if (disposed) return;
      deps.forEach(function (s) { s.delete(run); });
      var prev = tracking;
      tracking = new Set();
      try { fn(); } finally { deps = Array.from(tracking); tracking = prev; }
      deps.forEach(function (s) { s.add(run); });
    }
    run();
    return function () { disposed = true; deps.forEach(function (s) { s.delete(run); }); };
  }

  function ignoreDependencies(fn) {
    var prev = tracking;
    tracking = null;
    try { return fn(); } finally { tracking = prev; }
  }

  // ------------------------------------------------------------------ binding strings
  function splitTopLevel(text) {
    var parts = [];
    var depth = 0;
    var quote = null;
    var start = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '(' || c === '{' || c === '[') depth++;
      else if (c === ')' || c === '}' || c === ']') depth--;
      else if (c === ',' && depth === 0) { parts.push(text.slice(start, i)); start = i + 1; }
    }
    parts.push(text.slice(start));
    return parts.map(function (p) { return p.trim(); }).filter(Boolean);
  }

  function parseBindings(text) {
    return splitTopLevel(text).map(function (part) {
      var m = /^([\w$-]+|'[^']+'|"[^"]+")\s*:\s*([\s\S]*)$/.exec(part);
      if (!m) return { key: part, expr: 'true' };
      return { key: m[1].replace(/^['"]|['"]$/g, ''), expr: m[2] };
    });
  }

  var fnCache = new Map();
  function evaluate(expr, ctx) {
    var f = fnCache.get(expr);
    if (!f) {
      // eslint-disable-next-line no-new-func
      f = new Function('$context', 'with ($context) { with ($data || {}) { return (' + expr + '); } }');
      fnCache.set(expr, f);
    }
    return f.call(ctx.$data, ctx);
  }

  function childContext(parent, data, extra) {
    var ctx = Object.create(null);
    ctx.$data = data;
    ctx.$rawData = data;
    ctx.$parent = parent ? parent.$data : undefined;
    ctx.$parents = parent ? [parent.$data].concat(parent.$parents) : [];
    ctx.$root = parent ? parent.$root : data;
    ctx.$component = parent ? parent.$component : data;
    ctx.$componentTemplateNodes = parent ? parent.$componentTemplateNodes : undefined;
    ctx.$index = parent ? parent.$index : undefined;
    if (extra) Object.keys(extra).forEach(function (k) { ctx[k] = extra[k]; });
    return ctx;
  }

  // ------------------------------------------------------------------ templates and control flow
  var templates = {};
  var components = {};

  function fragmentFrom(html) {
    var t = document.createElement('template');
    t.innerHTML = html;
    return t.content;
  }

  function templateNodes(name) {
    if (!templates[name]) {
      var script = document.getElementById(name);
      if (!script) throw new Error('ko-lite: no template ' + name);
      templates[name] = script.innerHTML;
    }
    return Array.from(fragmentFrom(templates[name]).childNodes);
  }

  function cloneAll(nodes) { return nodes.map(function (n) { return n.cloneNode(true); }); }

  /** A block of nodes between two markers (the virtual element's comments, or an element's children). */
  function Block(parentNode, before) {
    this.parentNode = parentNode;
    this.before = before; // insert before this node (null: append)
    this.nodes = [];
    this.disposers = [];
  }
  Block.prototype.clear = function () {
    this.disposers.forEach(function (d) { d(); });
    this.disposers = [];
    this.nodes.forEach(function (n) { if (n.parentNode) n.parentNode.removeChild(n); });
    this.nodes = [];
  };
  Block.prototype.render = function (nodes, ctx) {
    var self = this;
    nodes.forEach(function (n) { self.parentNode.insertBefore(n, self.before); self.nodes.push(n); });
    ignoreDependencies(function () { bindNodes(nodes, ctx, self.disposers); });
  };

  function controlFlow(key, expr, ctx, tpl, block, disposers) {
    var last;
    var lastItems;
    disposers.push(function () { block.clear(); });
    disposers.push(effect(function () {
      var v = evaluate(expr, ctx);
      if (key === 'if' || key === 'ifnot') {
        var on = Boolean(unwrap(v));
        if (key === 'ifnot') on = !on;
        if (on === last) return;
        last = on;
        block.clear();
        if (on) block.render(cloneAll(tpl), ctx);
      } else if (key === 'foreach') {
        var items = unwrap(v) || [];
        items.forEach(function (x) { unwrap(x); });
        if (lastItems && lastItems.length === items.length && lastItems.every(function (x, i) { return x === items[i]; })) return;
        lastItems = items.slice();
        block.clear();
        items.forEach(function (item, i) { block.render(cloneAll(tpl), childContext(ctx, item, { $index: observable(i) })); });
      } else if (key === 'template') {
        var opts = typeof v === 'string' ? { name: v } : v;
        var data = 'data' in opts ? unwrap(opts.data) : ctx.$data;
        block.clear();
        var nodes = opts.nodes ? cloneAll(opts.nodes) : templateNodes(opts.name);
        block.render(nodes, 'data' in opts ? childContext(ctx, data) : ctx);
      }
    }));
  }

  var CONTROL = { if: 1, ifnot: 1, foreach: 1, template: 1 };

  function bindNodes(nodes, ctx, disposers) {
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      if (node.nodeType === 8) {
        var m = /^\s*ko\s+([\s\S]*?)\s*$/.exec(node.data);
        if (!m) continue;
        // Collect the nodes up to the matching <!-- /ko -->.
        var inner = [];
        var depth = 1;
        var end = node.nextSibling;
        while (end) {
          if (end.nodeType === 8 && /^\s*ko\s/.test(end.data)) depth++;
          if (end.nodeType === 8 && /^\s*\/ko\s*$/.test(end.data) && --depth === 0) break;
          inner.push(end);
          end = end.nextSibling;
        }
        inner.forEach(function (n) { n.parentNode.removeChild(n); });
        var binding = parseBindings(m[1])[0];
        var block = new Block(node.parentNode, end);
        controlFlow(binding.key, binding.expr, ctx, binding.key === 'template' ? [] : inner, block, disposers);
        // Skip what was between (already removed from `nodes`' parent; `nodes` is a snapshot).
        while (i + 1 < nodes.length && nodes[i + 1] !== end) i++;
        continue;
      }
      if (node.nodeType !== 1) continue;
      if (node.tagName === 'SCRIPT') continue;
      var tag = node.tagName.toLowerCase();
      if (components[tag]) { bindComponent(node, ctx, disposers); continue; }
        var descend = true;
      var attr = node.getAttribute('data-bind');
      // A <select>'s value is applied after its options exist (Knockout's `after: ['options', 'foreach']`).
      if (attr && tag === 'select') { bindNodes(Array.from(node.childNodes), ctx, disposers); bindElement(node, parseBindings(attr), ctx, disposers); continue; }
      if (attr) descend = bindElement(node, parseBindings(attr), ctx, disposers);
      if (descend) bindNodes(Array.from(node.childNodes), ctx, disposers);
    }
  }

  function bindComponent(el, ctx, disposers) {
    var def = components[el.tagName.toLowerCase()];
    var params = {};
    var p = el.getAttribute('params');
    if (p) parseBindings(p).forEach(function (b) { params[b.key] = evaluate(b.expr, ctx); });
    var slotted = Array.from(el.childNodes);
    slotted.forEach(function (n) { el.removeChild(n); });
    var vm = def.viewModel(params);
    var nodes = Array.from(fragmentFrom(def.template).childNodes);
    nodes.forEach(function (n) { el.appendChild(n); });
    var cctx = childContext(ctx, vm, { $componentTemplateNodes: slotted });
    cctx.$component = vm;
    bindNodes(nodes, cctx, disposers);
  }

  // ------------------------------------------------------------------ element bindings
  function writeTarget(expr, ctx) {
    var target = evaluate(expr, ctx);
    if (target && target.__ko) return target;
    return function () { /* not an observable: Knockout writes nothing back */ };
  }

  function bindElement(el, bindings, ctx, disposers) {
    var byKey = {};
    bindings.forEach(function (b) { byKey[b.key] = b.expr; });
    for (var k in CONTROL) {
      if (byKey[k] !== undefined) {
        var tpl = Array.from(el.childNodes);
        tpl.forEach(function (n) { el.removeChild(n); });
        var block = new Block(el, null);
        controlFlow(k, byKey[k], ctx, tpl, block, disposers);
        return false;
      }
    }
    bindings.forEach(function (b) {
      var handler = HANDLERS[b.key];
      if (handler) handler(el, b.expr, ctx, disposers, byKey);
    });
    return !('text' in byKey);
  }

  function on(el, type, fn, disposers) {
    el.addEventListener(type, fn);
    disposers.push(function () { el.removeEventListener(type, fn); });
  }

  var HANDLERS = {
    text: function (el, expr, ctx, d) {
      d.push(effect(function () { var v = unwrap(evaluate(expr, ctx)); el.textContent = v === null || v === undefined ? '' : String(v); }));
    },
    html: function (el, expr, ctx, d) {
      d.push(effect(function () { el.innerHTML = unwrap(evaluate(expr, ctx)) || ''; }));
    },
    visible: function (el, expr, ctx, d) {
      d.push(effect(function () { el.style.display = unwrap(evaluate(expr, ctx)) ? '' : 'none'; }));
    },
    attr: function (el, expr, ctx, d) {
      d.push(effect(function () {
        var map = unwrap(evaluate(expr, ctx)) || {};
        Object.keys(map).forEach(function (name) {
          var v = unwrap(map[name]);
          if (v === false || v === null || v === undefined) el.removeAttribute(name);
          else el.setAttribute(name, String(v));
        });
      }));
    },
    style: function (el, expr, ctx, d) {
      d.push(effect(function () {
        var map = unwrap(evaluate(expr, ctx)) || {};
        Object.keys(map).forEach(function (name) { el.style[name] = unwrap(map[name]) || ''; });
      }));
    },
    enable: function (el, expr, ctx, d) {
      d.push(effect(function () { el.disabled = !unwrap(evaluate(expr, ctx)); }));
    },
    disable: function (el, expr, ctx, d) {
      d.push(effect(function () { el.disabled = Boolean(unwrap(evaluate(expr, ctx))); }));
    },
    readOnly: function (el, expr, ctx, d) {
      d.push(effect(function () { var v = Boolean(unwrap(evaluate(expr, ctx))); if (el.readOnly !== v) el.readOnly = v; }));
    },
    click: function (el, expr, ctx, d) {
      on(el, 'click', function (event) {
        var fn = evaluate(expr, ctx);
        var result = fn && fn.call(ctx.$data, ctx.$data, event);
        if (result !== true) event.preventDefault();
      }, d);
    },
    value: function (el, expr, ctx, d, byKey) {
      if ('checked' in byKey) {
        // With `checked`, `value` is the checkbox's own value (Knockout's checkedValue).
        d.push(effect(function () { el.value = String(unwrap(evaluate(expr, ctx))); }));
        return;
      }
      d.push(effect(function () {
        var v = unwrap(evaluate(expr, ctx));
        v = v === null || v === undefined ? '' : String(v);
        if (el.value !== v) el.value = v; // the property: no value attribute is written
      }));
      on(el, 'change', function () { writeTarget(expr, ctx)(el.value); }, d);
    },
    textInput: function (el, expr, ctx, d) {
      d.push(effect(function () {
        var v = unwrap(evaluate(expr, ctx));
        v = v === null || v === undefined ? '' : String(v);
        if (el.value !== v) el.value = v;
      }));
      var update = function () { writeTarget(expr, ctx)(el.value); };
      on(el, 'input', update, d);
      on(el, 'change', update, d);
    },
    checked: function (el, expr, ctx, d) {
      var isRadio = el.type === 'radio';
      d.push(effect(function () {
        var model = unwrap(evaluate(expr, ctx));
        if (Array.isArray(model)) el.checked = model.indexOf(el.value) >= 0;
        else if (isRadio) el.checked = model === el.value;
        else el.checked = Boolean(model);
      }));
      // Knockout's checked binding listens for "click" only.
      on(el, 'click', function () {
        var target = writeTarget(expr, ctx);
        var model = target.peek ? target.peek() : undefined;
        if (Array.isArray(model)) {
          var without = model.filter(function (x) { return x !== el.value; });
          target(el.checked ? without.concat([el.value]) : without);
        } else if (isRadio) {
          if (el.checked) target(el.value);
        } else target(el.checked);
      }, d);
    },
    appCategories: function (el, expr, ctx) {
      var empty = document.createElement('option');
      el.appendChild(empty);
      (function add(parent, items) {
        items.forEach(function (c) {
          if (c.children && c.children.length) {
            var group = document.createElement('optgroup');
            group.label = c.name;
            parent.appendChild(group);
            add(group, c.children);
          } else {
            var option = document.createElement('option');
            option.value = String(c.id);
            option.textContent = c.name;
            parent.appendChild(option);
          }
        });
      })(el, evaluate(expr, ctx));
    },
    copyToClipboard: function (el, expr, ctx, d) {
      on(el, 'click', function () {
        var text = unwrap(evaluate(expr, ctx));
        if (navigator.clipboard) navigator.clipboard.writeText(text).catch(function () { /* not allowed here */ });
      }, d);
    },
  };

  function applyBindings(vm, rootNode) {
    var disposers = [];
    bindNodes(Array.from(rootNode.childNodes), childContext(null, vm), disposers);
    return disposers;
  }

  window.ko = {
    observable: observable,
    observableArray: observableArray,
    computed: computed,
    pureComputed: computed,
    unwrap: unwrap,
    applyBindings: applyBindings,
    components: { register: function (name, def) { components[name] = def; } },
  };
})();
