// JobProgress as an Ant Design v5 (React 18) app renders it, the DOM reproduced by hand.
// Hash routes: #/dashboard, #/customers, #/jobs, #/calendar, #/reports, #/settings, #/settings/<tab>.
// Habits kept from antd/React: cssinjs hash classes (`css-1k2pq8r`), rc-util portals (a bare <div>
// appended to <body> per popup), useId ids (`:r3:`), popups kept in the DOM hidden once opened
// (Dropdown `ant-dropdown-hidden`, Modal wrap `display: none`), Tabs panes rendered once visited,
// controlled inputs with react-dom's value tracker, Form validation messages (role=alert).
(function () {
  var HASH = 'css-1k2pq8r';
  var root = document.getElementById('root');
  var TOKEN_VIEW = window.JP_TOKEN_VIEW || 'code';
  var rid = 0;
  var useId = function () { return ':r' + (rid++).toString(36) + ':'; };
  var inputValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');

  function api(path, body) {
    var init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch('/__sandbox__/' + path, init).then(function (r) {
      return r.json().then(function (j) { if (!r.ok) throw new Error((j.error && j.error.message) || 'Request failed'); return j; });
    });
  }
  function h(tag, attrs, kids) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'class') e.className = attrs[k];
      else if (k === 'style') e.style.cssText = attrs[k];
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), attrs[k]);
      else if (attrs[k] !== undefined && attrs[k] !== false) e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
    });
    [].concat(kids === undefined ? [] : kids).forEach(function (k) { if (k !== null && k !== undefined) e.append(k); });
    return e;
  }
  // @ant-design/icons: <span role="img" aria-label="name" class="anticon anticon-name"><svg …></span>
  var PATHS = {
    dashboard: 'M924.8 385.6a446.7 446.7 0 00-96-142.4 446.7 446.7 0 00-142.4-96C631.1 123.8 572.5 112 512 112s-119.1 11.8-174.4 35.2a446.7 446.7 0 00-142.4 96 446.7 446.7 0 00-96 142.4C75.8 440.9 64 499.5 64 560c0 132.7 58.3 257.7 159.9 343.1l1.7 1.4c5.8 4.8 13.1 7.5 20.6 7.5h531.7c7.5 0 14.8-2.7 20.6-7.5l1.7-1.4C901.7 817.7 960 692.7 960 560c0-60.5-11.9-119.1-35.2-174.4z',
    team: 'M824.2 699.9a301.55 301.55 0 00-86.4-60.4C783.1 602.8 812 546.8 812 484c0-110.8-92.4-201.7-203.2-200-109.1 1.7-197 90.6-197 200 0 62.8 29 118.8 74.2 155.5a300.95 300.95 0 00-86.4 60.4C345 754.6 314 826.8 312 903.8a8 8 0 008 8.2h56c4.3 0 7.9-3.4 8-7.7 1.9-58 25.4-112.3 66.7-153.5A226.62 226.62 0 01612 684c60.9 0 118.2 23.7 161.3 66.8C814.5 792 838 846.3 840 904.3c.1 4.3 3.7 7.7 8 7.7h56a8 8 0 008-8.2c-2-77-33-149.2-87.8-203.9z',
    tool: 'M876.6 239.5c-.5-.9-1.2-1.8-2-2.5-5-5-13.1-5-18.1 0L684.2 409.3l-67.9-67.9L788.7 169c.8-.8 1.4-1.6 2-2.5 3.6-6.1 1.6-13.9-4.5-17.5-98.2-58-226.8-44.7-311.3 39.7-67 67-89.2 162-66.5 247.4l-293 293c-3 3-2.8 7.9.3 11l169.7 169.7c3.1 3.1 8.1 3.3 11 .3l292.9-292.9c85.5 22.8 180.5.7 247.6-66.4 84.4-84.5 97.7-213.1 39.7-311.3z',
    calendar: 'M880 184H712v-64c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v64H384v-64c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v64H144c-17.7 0-32 14.3-32 32v664c0 17.7 14.3 32 32 32h736c17.7 0 32-14.3 32-32V216c0-17.7-14.3-32-32-32z',
    'bar-chart': 'M888 792H200V168c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v688c0 4.4 3.6 8 8 8h752c4.4 0 8-3.6 8-8v-56c0-4.4-3.6-8-8-8z',
    down: 'M884 256h-75c-5.1 0-9.9 2.5-12.9 6.6L512 654.2 227.9 262.6c-3-4.1-7.8-6.6-12.9-6.6h-75c-6.5 0-10.3 7.4-6.5 12.7l352.6 486.1c12.8 17.6 39 17.6 51.7 0l352.6-486.1c3.9-5.3.1-12.7-6.4-12.7z',
    plus: 'M482 152h60q8 0 8 8v704q0 8-8 8h-60q-8 0-8-8V160q0-8 8-8z M192 474h672q8 0 8 8v60q0 8-8 8H192q-8 0-8-8v-60q0-8 8-8z',
    close: 'M563.8 512l262.5-312.9c4.4-5.2.7-13.1-6.1-13.1h-79.8c-4.7 0-9.2 2.1-12.3 5.7L511.6 449.8 295.1 191.7c-3-3.6-7.5-5.7-12.3-5.7H203c-6.8 0-10.5 7.9-6.1 13.1L459.4 512 196.9 824.9A7.95 7.95 0 00203 838h79.8c4.7 0 9.2-2.1 12.3-5.7l216.5-258.1 216.5 258.1c3 3.6 7.5 5.7 12.3 5.7h79.8c6.8 0 10.5-7.9 6.1-13.1L563.8 512z',
    copy: 'M832 64H296c-4.4 0-8 3.6-8 8v56c0 4.4 3.6 8 8 8h496v688c0 4.4 3.6 8 8 8h56c4.4 0 8-3.6 8-8V96c0-17.7-14.3-32-32-32zM704 192H192c-17.7 0-32 14.3-32 32v530.7c0 8.5 3.4 16.6 9.4 22.6l173.3 173.3c2.2 2.2 4.7 4 7.4 5.5v1.9h4.2c3.5 1.3 7.2 2 11 2H704c17.7 0 32-14.3 32-32V224c0-17.7-14.3-32-32-32z',
    check: 'M912 190h-69.9c-9.8 0-19.1 4.5-25.1 12.2L404.7 724.5 207 474a32 32 0 00-25.1-12.2H112c-6.7 0-10.4 7.7-6.3 12.9l273.9 347c12.8 16.2 37.4 16.2 50.3 0l488.4-618.9c4.1-5.1.4-12.8-6.3-12.8z',
    'check-circle': 'M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64zm193.5 301.7l-210.6 292a31.8 31.8 0 01-51.7 0L318.5 484.9c-3.8-5.3 0-12.7 6.5-12.7h46.9c10.2 0 19.9 4.9 25.9 13.3l71.2 98.8 157.2-218c6-8.3 15.6-13.3 25.9-13.3H699c6.5 0 10.3 7.4 6.5 12.7z',
    'exclamation-circle': 'M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64zm-32 232c0-4.4 3.6-8 8-8h48c4.4 0 8 3.6 8 8v272c0 4.4-3.6 8-8 8h-48c-4.4 0-8-3.6-8-8V296zm32 440a48.01 48.01 0 010-96 48.01 48.01 0 010 96z',
    'eye-invisible': 'M942.2 486.2C847.4 286.5 704.1 186 512 186c-192.2 0-335.4 100.5-430.2 300.3a60.3 60.3 0 000 51.5C176.6 737.5 319.9 838 512 838c192.2 0 335.4-100.5 430.2-300.3 7.7-16.2 7.7-35 0-51.5zM512 766c-161.3 0-279.4-81.8-362.7-254C232.6 339.8 350.7 258 512 258c161.3 0 279.4 81.8 362.7 254C791.5 684.2 673.4 766 512 766z M212 176l48-48 600 720-48 48z',
    eye: 'M942.2 486.2C847.4 286.5 704.1 186 512 186c-192.2 0-335.4 100.5-430.2 300.3a60.3 60.3 0 000 51.5C176.6 737.5 319.9 838 512 838c192.2 0 335.4-100.5 430.2-300.3 7.7-16.2 7.7-35 0-51.5zM512 766c-161.3 0-279.4-81.8-362.7-254C232.6 339.8 350.7 258 512 258c161.3 0 279.4 81.8 362.7 254C791.5 684.2 673.4 766 512 766z',
    loading: 'M988 548c-19.9 0-36-16.1-36-36 0-59.4-11.6-117-34.6-171.3a440.45 440.45 0 00-94.3-139.9 437.71 437.71 0 00-139.9-94.3C629 83.6 571.4 72 512 72c-19.9 0-36-16.1-36-36s16.1-36 36-36c69.1 0 136.2 13.5 199.3 40.3C772.3 66 827 103 874 150c47 47 83.9 101.8 109.7 162.7 26.7 63.1 40.2 130.2 40.2 199.3.1 19.9-16 36-35.9 36z',
    home: 'M946.5 505L560.1 118.8l-25.9-25.9a31.5 31.5 0 00-44.4 0L77.5 505a63.9 63.9 0 00-18.8 46c.4 35.2 29.7 63.3 64.9 63.3h42.5V940h691.8V614.3h43.4c17.1 0 33.2-6.7 45.3-18.8a63.6 63.6 0 0018.7-45.3c0-17-6.7-33.1-18.8-45.2z',
    inbox: 'M885.2 446.3l-.2-.8-112.2-285.1c-5-16.1-19.9-27.2-36.8-27.2H281.2c-17 0-32.1 11.3-36.9 27.6L139.4 443l-.3.7-.2.8c-1.3 4.9-1.7 9.9-1 14.8-.1 1.6-.2 3.2-.2 4.8V830a60.9 60.9 0 0060.8 60.8h627.2c33.5 0 60.8-27.3 60.9-60.8V464.1c0-1.3 0-2.6-.1-3.7.4-4.9 0-9.6-1.3-14.1z',
  };
  function icon(name, extra, attrs) {
    var span = h('span', Object.assign({ role: 'img', 'aria-label': name, class: 'anticon anticon-' + name + (extra ? ' ' + extra : '') }, attrs || {}));
    span.innerHTML = '<svg viewBox="64 64 896 896" focusable="false" data-icon="' + name + '" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="' + PATHS[name] + '"></path></svg>';
    if (name === 'loading') span.firstChild.setAttribute('class', 'anticon-spin');
    return span;
  }
  // <Button>: a <button> whose words are in a <span>.
  function button(text, opts, onClick) {
    opts = opts || {};
    var cls = 'ant-btn ' + HASH + ' ant-btn-' + (opts.shape || 'default') + ' ant-btn-' + (opts.type || 'default') + ' ant-btn-color-' + (opts.type === 'primary' ? 'primary' : 'default') + ' ant-btn-variant-' + (opts.type === 'primary' ? 'solid' : opts.type === 'link' ? 'link' : 'outlined') + (opts.size ? ' ant-btn-' + opts.size : '');
    var b = h('button', { type: 'button', class: cls }, [opts.icon ? h('span', { class: 'ant-btn-icon' }, icon(opts.icon)) : null, h('span', {}, text)]);
    b.addEventListener('click', function (e) { if (!b.disabled && !b.classList.contains('ant-btn-loading')) onClick(e); });
    return b;
  }
  function setLoading(b, on) {
    b.classList.toggle('ant-btn-loading', on);
    var holder = b.querySelector('.ant-btn-icon');
    if (on && !holder) b.prepend(h('span', { class: 'ant-btn-icon ant-btn-loading-icon' }, icon('loading')));
    if (!on && holder && holder.classList.contains('ant-btn-loading-icon')) holder.remove();
  }
  // rc-util Portal: a bare <div> appended to <body>.
  function portal(child) { var d = h('div', {}, child); document.body.appendChild(d); return d; }
  // Animations skipped in a tab out of sight (it draws no frames, so they would never end).
  function motion(el, cls) {
    if (document.visibilityState === 'hidden') return;
    el.classList.add(cls + '-enter', cls + '-enter-active');
    el.addEventListener('animationend', function () { el.classList.remove(cls + '-enter', cls + '-enter-active'); }, { once: true });
    setTimeout(function () { el.classList.remove(cls + '-enter', cls + '-enter-active'); }, 400);
  }
  // react-dom's value tracker on a controlled <input>: the instance's own `value` setter records the
  // value; an `input` event whose value equals the recorded one is no change (onChange not called).
  function controlled(input, onChange) {
    var tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: function () { return inputValue.get.call(this); },
      set: function (v) { tracked = String(v); inputValue.set.call(this, v); },
    });
    input.addEventListener('input', function () {
      var now = inputValue.get.call(input);
      if (now === tracked) return;
      tracked = now;
      onChange(now);
    });
    // React renders the controlled value through the instance setter (and syncs the attribute).
    return function render(value) { if (input.value !== value) input.value = value; input.setAttribute('value', value); };
  }

  // ---- message (antd `message` API): one `.ant-message` container in a portal, notices 3 s.
  var messageHolder = null;
  function message(type, text) {
    if (!messageHolder) {
      messageHolder = h('div', { class: 'ant-message ' + HASH, style: 'left: 50%; transform: translateX(-50%); top: 8px;' });
      portal(messageHolder);
    }
    var iconName = type === 'success' ? 'check-circle' : 'exclamation-circle';
    var notice = h('div', { class: 'ant-message-notice-wrapper' }, h('div', { class: 'ant-message-notice ant-message-notice-' + type }, h('div', { class: 'ant-message-notice-content' },
      h('div', { class: 'ant-message-custom-content ant-message-' + type }, [icon(iconName), h('span', {}, text)]))));
    messageHolder.appendChild(notice);
    motion(notice, 'ant-move-up');
    setTimeout(function () { notice.remove(); }, 3000);
  }

  // ---- Dropdown under the avatar: hover trigger (antd's default), 0.15 s in, 0.1 s out.
  var dropdown = null; // { el, trigger }
  var enterTimer = 0;
  var leaveTimer = 0;
  function placeDropdown() {
    var r = dropdown.trigger.getBoundingClientRect();
    dropdown.el.style.left = Math.round(r.right - dropdown.el.offsetWidth + window.scrollX) + 'px';
    dropdown.el.style.top = Math.round(r.bottom + 4 + window.scrollY) + 'px';
  }
  function showDropdown(trigger) {
    clearTimeout(leaveTimer);
    if (!dropdown) {
      var items = [['My Profile', '#/profile'], ['Settings', '#/settings'], null, ['Sign Out', '#/dashboard']];
      var ul = h('ul', { class: 'ant-dropdown-menu ant-dropdown-menu-root ant-dropdown-menu-vertical ant-dropdown-menu-light ' + HASH, role: 'menu', tabindex: '0', 'data-menu-list': 'true' },
        items.map(function (it, i) {
          if (!it) return h('li', { class: 'ant-dropdown-menu-item-divider', role: 'separator' });
          var li = h('li', { class: 'ant-dropdown-menu-item ant-dropdown-menu-item-only-child', role: 'menuitem', tabindex: '-1', 'data-menu-id': 'rc-menu-uuid-27351-' + i + '-' + it[1].slice(2) },
            h('span', { class: 'ant-dropdown-menu-title-content' }, it[0]));
          li.addEventListener('mouseenter', function () { li.classList.add('ant-dropdown-menu-item-active'); });
          li.addEventListener('mouseleave', function () { li.classList.remove('ant-dropdown-menu-item-active'); });
          li.addEventListener('click', function () { hideDropdown(true); location.hash = it[1]; });
          return li;
        }));
      var el = h('div', { class: 'ant-dropdown ' + HASH + ' ant-dropdown-placement-bottomRight', style: 'left: -1000vw; top: -1000vh; box-sizing: border-box;' }, ul);
      el.addEventListener('mouseenter', function () { clearTimeout(leaveTimer); });
      el.addEventListener('mouseleave', function () { leaveTimer = setTimeout(function () { hideDropdown(); }, 100); });
      portal(el);
      dropdown = { el: el, trigger: trigger };
    }
    dropdown.trigger = trigger;
    dropdown.el.classList.remove('ant-dropdown-hidden');
    trigger.classList.add('ant-dropdown-open');
    placeDropdown();
    motion(dropdown.el, 'ant-slide-up');
  }
  function hideDropdown(now) {
    if (!dropdown) return;
    dropdown.el.classList.add('ant-dropdown-hidden');
    dropdown.trigger.classList.remove('ant-dropdown-open');
    if (now) clearTimeout(enterTimer);
  }

  function header() {
    var trigger = h('span', { class: 'ant-dropdown-trigger jp-user' }, [
      h('span', { class: 'ant-avatar ant-avatar-circle ant-avatar-sm ' + HASH, style: 'background-color: #1677ff;' }, h('span', { class: 'ant-avatar-string', style: 'transform: scale(1);' }, 'JC')),
      h('span', { class: 'jp-user-name' }, 'Jane Cooper'),
      icon('down'),
    ]);
    trigger.addEventListener('mouseenter', function () { clearTimeout(leaveTimer); enterTimer = setTimeout(function () { showDropdown(trigger); }, 150); });
    trigger.addEventListener('mouseleave', function () { clearTimeout(enterTimer); leaveTimer = setTimeout(function () { hideDropdown(); }, 100); });
    return h('header', { class: 'ant-layout-header ' + HASH + ' jp-header' }, [
      h('div', { class: 'jp-header-left' }, h('span', { class: 'ant-typography ' + HASH + ' ant-typography-secondary' }, 'Cooper Roofing & Exteriors')),
      h('div', { class: 'ant-space ' + HASH + ' ant-space-horizontal ant-space-align-center' }, h('div', { class: 'ant-space-item' }, trigger)),
    ]);
  }

  var NAV = [['dashboard', 'Dashboard', 'dashboard'], ['customers', 'Customers', 'team'], ['jobs', 'Jobs', 'tool'], ['calendar', 'Calendar', 'calendar'], ['reports', 'Reports', 'bar-chart']];
  function sider(current) {
    var ul = h('ul', { class: 'ant-menu ant-menu-root ant-menu-inline ant-menu-dark ' + HASH, role: 'menu', tabindex: '0', 'data-menu-list': 'true' }, NAV.map(function (n) {
      var li = h('li', { class: 'ant-menu-item' + (current === n[0] ? ' ant-menu-item-selected' : ''), role: 'menuitem', tabindex: '-1', 'data-menu-id': 'rc-menu-uuid-61224-1-' + n[0], style: 'padding-left: 24px;' },
        [icon(n[2], 'ant-menu-item-icon'), h('span', { class: 'ant-menu-title-content' }, n[1])]);
      li.addEventListener('click', function () { location.hash = '#/' + n[0]; });
      return li;
    }));
    return h('aside', { class: 'ant-layout-sider ant-layout-sider-dark', style: 'flex: 0 0 200px; max-width: 200px; min-width: 200px; width: 200px;' },
      h('div', { class: 'ant-layout-sider-children' }, [h('div', { class: 'jp-logo' }, [h('span', { class: 'jp-logo-mark' }, 'JP'), 'JobProgress']), ul]));
  }

  function breadcrumb(parts) {
    var kids = [];
    parts.forEach(function (p, i) {
      if (i) kids.push(h('li', { class: 'ant-breadcrumb-separator', 'aria-hidden': 'true' }, '/'));
      kids.push(h('li', {}, h('span', { class: 'ant-breadcrumb-link' }, p)));
    });
    return h('nav', { class: 'ant-breadcrumb ' + HASH }, h('ol', {}, kids));
  }
  function title(level, text) { return h('h' + level, { class: 'ant-typography ' + HASH }, text); }
  function card(head, extra, body) {
    return h('div', { class: 'ant-card ant-card-bordered ' + HASH }, [
      head ? h('div', { class: 'ant-card-head' }, h('div', { class: 'ant-card-head-wrapper' }, [h('div', { class: 'ant-card-head-title' }, head), extra ? h('div', { class: 'ant-card-extra' }, extra) : null])) : null,
      h('div', { class: 'ant-card-body' }, body),
    ]);
  }
  function statistic(label, value) {
    return h('div', { class: 'ant-col ant-col-8 ' + HASH }, card(null, null, h('div', { class: 'ant-statistic ' + HASH }, [
      h('div', { class: 'ant-statistic-title' }, label),
      h('div', { class: 'ant-statistic-content' }, h('span', { class: 'ant-statistic-content-value' }, h('span', { class: 'ant-statistic-content-value-int' }, value))),
    ])));
  }
  function dashboard(content) {
    content.append(breadcrumb(['Home', 'Dashboard']), title(3, 'Dashboard'),
      h('div', { class: 'ant-typography ' + HASH }, 'Good morning, Jane. 3 appointments today.'),
      h('div', { class: 'ant-row ' + HASH, style: 'margin-left: -8px; margin-right: -8px; row-gap: 16px;' }, [statistic('Appointments today', '3'), statistic('Open jobs', '12'), statistic('Leads this week', '7')].map(function (c) { c.style.paddingLeft = '8px'; c.style.paddingRight = '8px'; return c; })));
  }
  function placeholder(content, name) {
    content.append(breadcrumb(['Home', name]), title(3, name), card(null, null, h('div', { class: 'ant-empty ant-empty-normal ' + HASH }, [h('div', { class: 'ant-empty-image' }, icon('inbox')), h('div', { class: 'ant-empty-description' }, 'No data')])));
  }

  // ---- Table: one real <table> in .ant-table-content; Spin over it while loading.
  function spin() {
    return h('div', {}, h('div', { class: 'ant-spin ant-spin-spinning ' + HASH, 'aria-live': 'polite', 'aria-busy': 'true' },
      h('span', { class: 'ant-spin-dot ant-spin-dot-spin' }, [0, 1, 2, 3].map(function () { return h('i', { class: 'ant-spin-dot-item' }); }))));
  }
  function table(columns, rows, loading) {
    var thead = h('thead', { class: 'ant-table-thead' }, h('tr', {}, columns.map(function (c) { return h('th', { class: 'ant-table-cell', scope: 'col' }, c.title); })));
    var body;
    if (!rows.length) {
      body = [h('tr', { class: 'ant-table-placeholder' }, h('td', { colspan: String(columns.length), class: 'ant-table-cell' },
        h('div', { class: 'ant-empty ant-empty-normal ant-empty-small ' + HASH }, [h('div', { class: 'ant-empty-image' }, icon('inbox')), h('div', { class: 'ant-empty-description' }, 'No data')])))];
    } else {
      body = rows.map(function (r) {
        return h('tr', { 'data-row-key': r.key, class: 'ant-table-row ant-table-row-level-0' }, columns.map(function (c) { return h('td', { class: 'ant-table-cell' }, c.render(r)); }));
      });
    }
    var tableEl = h('table', { style: 'table-layout: auto;' }, [h('colgroup'), thead, h('tbody', { class: 'ant-table-tbody' }, body)]);
    var pagination = rows.length ? h('ul', { class: 'ant-pagination ant-table-pagination ant-table-pagination-right ' + HASH }, [
      h('li', { title: 'Previous Page', class: 'ant-pagination-prev ant-pagination-disabled', 'aria-disabled': 'true' }, h('button', { class: 'ant-pagination-item-link', type: 'button', tabindex: '-1', disabled: true }, '‹')),
      h('li', { title: '1', class: 'ant-pagination-item ant-pagination-item-1 ant-pagination-item-active', tabindex: '0' }, h('a', { rel: 'nofollow' }, '1')),
      h('li', { title: 'Next Page', class: 'ant-pagination-next ant-pagination-disabled', 'aria-disabled': 'true' }, h('button', { class: 'ant-pagination-item-link', type: 'button', tabindex: '-1', disabled: true }, '›')),
    ]) : null;
    return h('div', { class: 'ant-table-wrapper ' + HASH }, h('div', { class: 'ant-spin-nested-loading ' + HASH }, [
      loading ? spin() : null,
      h('div', { class: 'ant-spin-container' + (loading ? ' ant-spin-blur' : '') }, [
        h('div', { class: 'ant-table ' + HASH }, h('div', { class: 'ant-table-container' }, h('div', { class: 'ant-table-content' }, tableEl))),
        pagination,
      ]),
    ]));
  }

  // ---- Tabs (Settings): the nav, then the panes visited so far (inactive ones hidden).
  var TABS = [['company', 'Company'], ['users', 'Users & Roles'], ['workflow', 'Workflow'], ['integrations', 'Integrations'], ['developers', 'Developers']];
  var visited = {};
  function tabs(active, paneFor) {
    visited[active] = true;
    var nav = h('div', { class: 'ant-tabs-nav-list', style: 'transform: translate(0px, 0px);' }, TABS.map(function (t) {
      var on = t[0] === active;
      var tab = h('div', { 'data-node-key': t[0], class: 'ant-tabs-tab' + (on ? ' ant-tabs-tab-active' : '') },
        h('div', { role: 'tab', 'aria-selected': String(on), class: 'ant-tabs-tab-btn', tabindex: on ? '0' : '-1', id: 'rc-tabs-0-tab-' + t[0], 'aria-controls': 'rc-tabs-0-panel-' + t[0] }, t[1]));
      tab.addEventListener('click', function () { if (!on) location.hash = t[0] === 'company' ? '#/settings' : '#/settings/' + t[0]; });
      return tab;
    }));
    var ink = h('div', { class: 'ant-tabs-ink-bar ant-tabs-ink-bar-animated' });
    nav.appendChild(ink);
    var more = h('button', { type: 'button', class: 'ant-tabs-nav-more', tabindex: '-1', 'aria-hidden': 'true', 'aria-haspopup': 'listbox', 'aria-controls': 'rc-tabs-0-more-popup', id: 'rc-tabs-0-more', 'aria-expanded': 'false', style: 'visibility: hidden; order: 1;' }, h('span', { role: 'img', 'aria-label': 'ellipsis', class: 'anticon anticon-ellipsis' }, '…'));
    var panes = TABS.filter(function (t) { return visited[t[0]]; }).map(function (t) {
      var on = t[0] === active;
      var pane = h('div', { role: 'tabpanel', tabindex: on ? '0' : '-1', 'aria-hidden': String(!on), class: 'ant-tabs-tabpane' + (on ? ' ant-tabs-tabpane-active' : ' ant-tabs-tabpane-hidden'), id: 'rc-tabs-0-panel-' + t[0], 'aria-labelledby': 'rc-tabs-0-tab-' + t[0] });
      if (on) paneFor(t[0], pane);
      else pane.style.display = 'none';
      return pane;
    });
    var el = h('div', { class: 'ant-tabs ant-tabs-top ' + HASH }, [
      h('div', { role: 'tablist', 'aria-orientation': 'horizontal', class: 'ant-tabs-nav' }, [h('div', { class: 'ant-tabs-nav-wrap' }, nav), h('div', { class: 'ant-tabs-nav-operations ant-tabs-nav-operations-hidden' }, more)]),
      h('div', { class: 'ant-tabs-content-holder' }, h('div', { class: 'ant-tabs-content ant-tabs-content-top' }, panes)),
    ]);
    requestAnimationFrame(function () {
      var at = nav.querySelector('.ant-tabs-tab-active');
      if (at) { ink.style.left = at.offsetLeft + 'px'; ink.style.width = at.offsetWidth + 'px'; }
    });
    return el;
  }

  function maskedTail(t) {
    var n = 7;
    var s = t.name + ':' + t.id;
    for (var i = 0; i < s.length; i++) n = (n * 31 + s.charCodeAt(i)) % 65536;
    return '••••' + n.toString(16).padStart(4, '0');
  }
  var fmtDate = function (iso) { return new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' }); };

  var reloadTokens = null;
  function developers(pane) {
    var holder = h('div');
    var columns = [
      { title: 'Name', render: function (t) { return t.name; } },
      { title: 'Token', render: function (t) { return h('span', { class: 'ant-typography ' + HASH }, h('code', {}, maskedTail(t))); } },
      { title: 'Created', render: function (t) { return fmtDate(t.createdAt); } },
      { title: 'Last Used', render: function () { return h('span', { class: 'ant-typography ' + HASH + ' ant-typography-secondary' }, 'Never'); } },
    ];
    var rows = [];
    function draw(loading) { holder.replaceChildren(table(columns, rows, loading)); }
    reloadTokens = function () {
      draw(true);
      return api('tokens').then(function (list) {
        rows = list.map(function (t) { return Object.assign({ key: t.id }, t); });
        draw(false);
      }, function (e) { draw(false); message('error', e.message); });
    };
    var gen = button('Generate Token', { type: 'primary', icon: 'plus' }, openNameModal);
    pane.append(card('Public API Tokens', gen, [
      h('div', { class: 'ant-typography ' + HASH + ' ant-typography-secondary jp-intro' }, 'Tokens let other applications use your JobProgress data through the public API. Keep them secret.'),
      holder,
    ]));
    reloadTokens();
  }
  function settings(content, tab) {
    var name = (TABS.find(function (t) { return t[0] === tab; }) || TABS[0])[1];
    content.append(breadcrumb(['Home', 'Settings', name]), title(3, 'Settings'), tabs(tab, function (key, pane) {
      if (key === 'developers') developers(pane);
      else pane.append(card(null, null, h('div', { class: 'ant-typography ' + HASH }, name + ' settings are managed by your account owner.')));
    }));
  }

  // ---- Modal: a portal per Modal, kept (hidden) after closing, opened again in place.
  function modal(opts) {
    var titleId = useId();
    var close = h('button', { type: 'button', 'aria-label': 'Close', class: 'ant-modal-close' }, h('span', { class: 'ant-modal-close-x' }, icon('close', 'ant-modal-close-icon')));
    var body = h('div', { class: 'ant-modal-body' });
    var footer = h('div', { class: 'ant-modal-footer' });
    var titleEl = h('div', { class: 'ant-modal-title', id: titleId });
    var sentinel = function () { return h('div', { tabindex: '0', 'aria-hidden': 'true', style: 'width: 0px; height: 0px; overflow: hidden; outline: none;' }); };
    var dialog = h('div', { role: 'dialog', 'aria-labelledby': titleId, 'aria-modal': 'true', class: 'ant-modal ' + HASH, style: 'width: ' + (opts.width || 520) + 'px;' }, [
      sentinel(),
      h('div', { class: 'ant-modal-content' }, [close, h('div', { class: 'ant-modal-header' }, titleEl), body, footer]),
      sentinel(),
    ]);
    var mask = h('div', { class: 'ant-modal-mask' });
    var wrap = h('div', { tabindex: '-1', class: 'ant-modal-wrap' }, dialog);
    var rootEl = h('div', { class: 'ant-modal-root ' + HASH }, [mask, wrap]);
    var m = { open: false, body: body, footer: footer, titleEl: titleEl, dialog: dialog, onClose: function () {} };
    m.show = function () {
      m.open = true;
      if (!rootEl.parentNode) portal(rootEl);
      mask.style.display = '';
      wrap.style.display = '';
      document.body.style.overflowY = 'hidden';
      motion(mask, 'ant-fade');
      motion(dialog, 'ant-zoom');
    };
    m.hide = function () {
      if (!m.open) return;
      m.open = false;
      mask.style.display = 'none';
      wrap.style.display = 'none';
      document.body.style.overflowY = '';
      if (opts.afterClose) opts.afterClose();
    };
    close.addEventListener('click', function () { m.onClose(); });
    wrap.addEventListener('click', function (e) { if (e.target === wrap && opts.maskClosable !== false) m.onClose(); });
    wrap.addEventListener('keydown', function (e) { if (e.key === 'Escape') { e.stopPropagation(); m.onClose(); } });
    return m;
  }

  // Form.Item: label[for] in .ant-form-item-label, the control in .ant-form-item-control, errors below.
  function formItem(id, label, control, required) {
    var explain = h('div', { style: 'display: flex; flex-wrap: nowrap;' });
    var item = h('div', { class: 'ant-form-item ' + HASH }, h('div', { class: 'ant-row ant-form-item-row ' + HASH }, [
      h('div', { class: 'ant-col ant-form-item-label ' + HASH }, h('label', { for: id, class: required ? 'ant-form-item-required' : '', title: label }, label)),
      h('div', { class: 'ant-col ant-form-item-control ' + HASH }, [h('div', { class: 'ant-form-item-control-input' }, h('div', { class: 'ant-form-item-control-input-content' }, control)), explain]),
    ]));
    return {
      el: item,
      error: function (text) {
        item.classList.toggle('ant-form-item-has-error', !!text);
        explain.replaceChildren();
        if (text) explain.appendChild(h('div', { id: id + '_help', class: 'ant-form-item-explain ant-form-item-explain-connected ' + HASH, role: 'alert' }, h('div', { class: 'ant-form-item-explain-error' }, text)));
      },
    };
  }

  var nameModal = null;
  function openNameModal() {
    if (!nameModal) {
      var m = modal({ maskClosable: true });
      var state = { name: '' };
      var input = h('input', { placeholder: 'e.g. Zapier', id: 'tokenForm_name', 'aria-required': 'true', class: 'ant-input ' + HASH + ' ant-input-outlined', type: 'text', value: '' });
      var render = controlled(input, function (v) { state.name = v; validate(false); });
      var item = formItem('tokenForm_name', 'Token Name', input, true);
      function validate(force) {
        var bad = !state.name.trim();
        if (bad && (force || item.touched)) {
          item.error('Please enter a token name');
          input.classList.add('ant-input-status-error');
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', 'tokenForm_name_help');
        } else {
          item.error('');
          input.classList.remove('ant-input-status-error');
          input.removeAttribute('aria-invalid');
          input.removeAttribute('aria-describedby');
        }
        item.touched = true;
        render(state.name); // the Form.Item re-renders: React writes the controlled value back
        return !bad;
      }
      var form = h('form', { id: 'tokenForm', class: 'ant-form ant-form-vertical ' + HASH }, [
        h('div', { class: 'ant-typography ' + HASH + ' ant-typography-secondary jp-modal-intro' }, 'Give the token a name so you know which application uses it.'),
        item.el,
      ]);
      var cancel = button('Cancel', {}, function () { m.onClose(); });
      var ok = button('Generate', { type: 'primary' }, submit);
      function submit() {
        if (!validate(true)) return;
        setLoading(ok, true);
        api('tokens', { name: state.name.trim() }).then(function (created) {
          setLoading(ok, false);
          m.hide();
          state.name = '';
          item.touched = false;
          validate(false);
          item.touched = false;
          message('success', 'Token "' + created.name + '" created');
          if (reloadTokens) reloadTokens();
          showToken(created);
        }, function (e) { setLoading(ok, false); message('error', e.message); });
      }
      form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });
      input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); submit(); } });
      m.titleEl.textContent = 'Generate Token';
      m.body.appendChild(form);
      m.footer.append(cancel, ok);
      m.onClose = function () { m.hide(); };
      m.input = input;
      nameModal = m;
    }
    nameModal.show();
    setTimeout(function () { nameModal.input.focus(); }, 0);
  }

  var tokenModal = null;
  function showToken(created) {
    if (!tokenModal) {
      tokenModal = modal({ maskClosable: false, width: 560, afterClose: function () { tokenModal.body.replaceChildren(); } });
      tokenModal.titleEl.textContent = 'API Token Generated';
      var done = button('Done', { type: 'primary' }, function () { tokenModal.onClose(); });
      tokenModal.footer.append(done);
      tokenModal.onClose = function () { tokenModal.hide(); };
      tokenModal.done = done;
    }
    var m = tokenModal;
    var alert = h('div', { 'data-show': 'true', class: 'ant-alert ant-alert-warning ' + HASH, role: 'alert' }, [
      icon('exclamation-circle', 'ant-alert-icon'),
      h('div', { class: 'ant-alert-content' }, h('div', { class: 'ant-alert-message' }, 'Copy this token now. It will not be shown again.')),
    ]);
    var intro = h('div', { class: 'ant-typography ' + HASH }, ['Token ', h('strong', {}, created.name), ' was created on ' + fmtDate(created.createdAt) + '.']);
    var value;
    if (TOKEN_VIEW === 'password') value = passwordView(created.token);
    else value = codeView(created.token);
    m.body.replaceChildren(h('div', { class: 'ant-space ' + HASH + ' ant-space-vertical', style: 'width: 100%;' }, [alert, intro, value].map(function (k) { return h('div', { class: 'ant-space-item' }, k); })));
    m.show();
    setTimeout(function () { m.done.focus(); }, 0);
  }

  // As the copy-to-clipboard package does: a <span> holding the text, selected by a Range (focus stays put).
  function copyText(text) {
    var span = h('span', { style: 'all: unset; position: fixed; top: 0; clip: rect(0, 0, 0, 0); white-space: pre; user-select: text;' }, text);
    document.body.appendChild(span);
    var selection = document.getSelection();
    var range = document.createRange();
    try {
      range.selectNodeContents(span);
      selection.removeAllRanges();
      selection.addRange(range);
      document.execCommand('copy');
    } catch (e) { /* the package falls back to window.prompt; not here */ }
    selection.removeAllRanges();
    span.remove();
    message('success', 'Copied to clipboard');
  }

  // Typography.Paragraph code copyable: <div class="ant-typography"><code>…</code><span role=button …copy>.
  function codeView(token) {
    var copyBtn = h('span', { role: 'button', tabindex: '0', class: 'ant-typography-copy', 'aria-label': 'Copy', style: 'border: 0px; background: transparent; padding: 0px; line-height: inherit; display: inline-block;' }, icon('copy'));
    var tip = null;
    function tooltip(text) {
      if (tip) { tip.remove(); tip = null; }
      if (!text) return;
      var r = copyBtn.getBoundingClientRect();
      tip = h('div', { class: 'ant-tooltip ' + HASH + ' ant-tooltip-placement-top', style: 'left: ' + Math.round(r.left + r.width / 2 - 30 + window.scrollX) + 'px; top: ' + Math.round(r.top - 40 + window.scrollY) + 'px;' },
        [h('div', { class: 'ant-tooltip-arrow', style: 'position: absolute; bottom: 0px; left: 0px;' }), h('div', { class: 'ant-tooltip-content' }, h('div', { class: 'ant-tooltip-inner', role: 'tooltip' }, text))]);
      portal(tip);
    }
    copyBtn.addEventListener('mouseenter', function () { tooltip(copyBtn.classList.contains('ant-typography-copy-success') ? 'Copied' : 'Copy'); });
    copyBtn.addEventListener('mouseleave', function () { tooltip(null); });
    copyBtn.addEventListener('click', function () {
      copyText(token);
      copyBtn.classList.add('ant-typography-copy-success');
      copyBtn.setAttribute('aria-label', 'Copied');
      copyBtn.replaceChildren(icon('check'));
      setTimeout(function () { copyBtn.classList.remove('ant-typography-copy-success'); copyBtn.setAttribute('aria-label', 'Copy'); copyBtn.replaceChildren(icon('copy')); }, 3000);
    });
    return h('div', { class: 'ant-typography ' + HASH + ' jp-token', style: 'word-break: break-all;' }, [h('code', {}, token), copyBtn]);
  }

  // Input.Password, read-only, in a vertical Form.Item "API Token", a Copy button beside it.
  function passwordView(token) {
    var id = 'tokenView_token';
    var input = h('input', { readonly: true, id: id, class: 'ant-input ' + HASH, type: 'password' });
    var render = controlled(input, function () {});
    render(token);
    var eye = icon('eye-invisible', 'ant-input-password-icon', { tabindex: '-1' });
    var shown = false;
    var wrapper = h('span', { class: 'ant-input-affix-wrapper ant-input-password ' + HASH + ' ant-input-outlined ant-input-affix-wrapper-readonly' }, [input, h('span', { class: 'ant-input-suffix' }, eye)]);
    wrapper.querySelector('.ant-input-suffix').addEventListener('mousedown', function (e) { e.preventDefault(); });
    wrapper.querySelector('.ant-input-suffix').addEventListener('click', function () {
      shown = !shown;
      input.type = shown ? 'text' : 'password';
      var next = icon(shown ? 'eye' : 'eye-invisible', 'ant-input-password-icon', { tabindex: '-1' });
      wrapper.querySelector('.ant-input-password-icon').replaceWith(next);
    });
    var copy = button('Copy', { icon: 'copy' }, function () { copyText(token); });
    var compact = h('div', { class: 'ant-space-compact ' + HASH + ' ant-space-compact-block', style: 'width: 100%;' }, [wrapper, copy]);
    wrapper.classList.add('ant-input-compact-first-item');
    copy.classList.add('ant-btn-compact-item', 'ant-btn-compact-last-item');
    var item = formItem(id, 'API Token', compact, false);
    return h('form', { class: 'ant-form ant-form-vertical ' + HASH, id: 'tokenView' }, item.el);
  }

  function render() {
    var hash = location.hash || '#/dashboard';
    var path = hash.replace(/^#\/?/, '').split('/');
    var section = path[0] || 'dashboard';
    var content = h('main', { class: 'ant-layout-content ' + HASH + ' jp-content' });
    if (section === 'settings') settings(content, path[1] || 'company');
    else if (section === 'dashboard') dashboard(content);
    else if (section === 'profile') placeholder(content, 'My Profile');
    else placeholder(content, (NAV.find(function (n) { return n[0] === section; }) || [0, 'Not found'])[1]);
    reloadTokensIfGone(section, path[1]);
    var layout = h('div', { class: 'ant-layout ant-layout-has-sider ' + HASH, style: 'min-height: 100vh;' }, [
      sider(section),
      h('div', { class: 'ant-layout ' + HASH }, [header(), content, h('footer', { class: 'ant-layout-footer ' + HASH + ' jp-footer' }, 'JobProgress ©2026 — a Leap company')]),
    ]);
    root.replaceChildren(layout);
    if (dropdown) hideDropdown(true);
  }
  function reloadTokensIfGone(section, tab) { if (!(section === 'settings' && tab === 'developers')) reloadTokens = null; }
  window.addEventListener('hashchange', render);
  render();
})();
