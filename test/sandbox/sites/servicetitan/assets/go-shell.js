// ServiceTitan main app (go.servicetitan.com): top bar, hash router (#/Settings/...), the Settings
// area with its left nav. Pages register in window.GoPages.
(function () {
  'use strict';
  const { h, css, styles, colors, spinner } = window.Anvil;
  const pages = (window.GoPages = window.GoPages || {});

  const s = {
    top: css('& {height:56px;background:#141e2b;color:#fff;display:flex;align-items:center;padding:0 20px;gap:28px;position:sticky;top:0;z-index:10} & a{color:#c9d3df;font-weight:600} & a[aria-current=page]{color:#fff}'),
    brand: css('& {font-weight:800;font-size:18px;color:#fff;margin-right:12px}'),
    spacer: css('& {flex:1}'),
    avatar: css('& {width:32px;height:32px;border-radius:50%;background:' + colors.primary + ';display:flex;align-items:center;justify-content:center;font-weight:700;font-size:13px}'),
    layout: css('& {display:grid;grid-template-columns:260px 1fr;min-height:calc(100vh - 56px)}'),
    side: css('& {background:#fff;border-right:1px solid ' + colors.border + ';padding:16px 0} & h2{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:' + colors.muted + ';margin:16px 20px 6px} & a{display:block;padding:7px 20px;color:#141414} & a[aria-current=page]{background:#e6f0fc;color:' + colors.primary + ';font-weight:600;box-shadow:inset 3px 0 0 ' + colors.primary + '}'),
    sideTitle: css('& {font-size:20px;font-weight:700;padding:4px 20px 8px}'),
    content: css('& {padding:28px 36px;min-width:0}'),
    dash: css('& {padding:32px;display:grid;grid-template-columns:repeat(3,1fr);gap:20px}'),
  };

  const settingsNav = [
    { group: 'Company', items: [['Company Profile', '#/Settings/Company'], ['Business Units', '#/Settings/BusinessUnits']] },
    { group: 'People', items: [['Employees', '#/Settings/Employees'], ['Technicians', '#/Settings/Technicians']] },
    {
      group: 'Integrations',
      items: [
        ['API Application Access', '#/Settings/Api-Apps'],
        ['Booking Providers', '#/Settings/Integrations/BookingProviders'],
        ['Marketing Integrations', '#/Settings/Integrations/Marketing'],
      ],
    },
    { group: 'Operations', items: [['Job Types', '#/Settings/JobTypes'], ['Tag Types', '#/Settings/TagTypes']] },
  ];

  function topBar(section) {
    const items = [['Dashboard', '#/'], ['Calls', '#/Calls'], ['Dispatch', '#/Dispatch'], ['Customers', '#/Customers'], ['Reports', '#/Reports'], ['Settings', '#/Settings']];
    return h(
      'header',
      { class: s.top },
      h('div', { class: s.brand }, 'ServiceTitan'),
      h('nav', { 'aria-label': 'Main', style: 'display:flex;gap:24px' }, items.map(([text, href]) => h('a', { href, 'aria-current': section === text ? 'page' : null }, text))),
      h('div', { class: s.spacer }),
      h('span', { style: 'font-size:13px;color:#c9d3df' }, 'Acme Roofing'),
      h('div', { class: s.avatar, role: 'img', 'aria-label': 'Dana Whitfield' }, 'DW'),
    );
  }

  function placeholder(title) {
    return h('div', null, h('h1', { style: 'margin-top:0' }, title), h('div', { class: styles.card }, 'Nothing to configure here.'));
  }

  function settingsLayout(hash, content) {
    return h(
      'div',
      { class: s.layout },
      h(
        'aside',
        { class: s.side },
        h('div', { class: s.sideTitle }, 'Settings'),
        h(
          'nav',
          { 'aria-label': 'Settings' },
          settingsNav.map((group) => [h('h2', null, group.group), group.items.map(([text, href]) => h('a', { href, 'aria-current': hash.toLowerCase() === href.toLowerCase() ? 'page' : null }, text))]),
        ),
      ),
      h('main', { class: s.content }, content),
    );
  }

  function settingsPage(hash) {
    const lower = hash.toLowerCase().replace(/\/+$/, '');
    if (lower === '#/settings/api-apps' || lower === '#/settings/integrations/api-apps') return pages.apiApps();
    if (lower === '#/settings/integrations/bookingproviders') return pages.bookingProviders();
    for (const group of settingsNav) for (const [text, href] of group.items) if (href.toLowerCase() === lower) return placeholder(text);
    return h('div', null, h('h1', { style: 'margin-top:0' }, 'Settings'), h('p', null, 'Choose a section on the left.'));
  }

  function render() {
    const root = document.getElementById('root');
    const hash = location.hash || '#/';
    window.scrollTo(0, 0);
    if (/^#\/settings/i.test(hash)) {
      document.title = 'Settings | ServiceTitan';
      root.replaceChildren(topBar('Settings'), settingsLayout(hash, settingsPage(hash)));
      return;
    }
    document.title = 'Dashboard | ServiceTitan';
    const dashboard = h('div', { class: s.dash }, [['Jobs today', '14'], ['Open estimates', '37'], ['Revenue this week', '$48,210']].map(([t, v]) => h('div', { class: styles.card }, h('h2', { style: 'margin:0 0 8px;font-size:15px' }, t), h('div', { style: 'font-size:28px;font-weight:700' }, v))));
    root.replaceChildren(topBar('Dashboard'), dashboard);
  }

  /** Renders a spinner now and the element `load()` resolves to once it arrives. */
  function asyncView(load) {
    const holder = h('div', null, spinner());
    load().then(
      (element) => holder.replaceChildren(element),
      (error) => holder.replaceChildren(h('div', { class: [styles.banner, styles.bannerWarn], role: 'alert' }, error.message)),
    );
    return holder;
  }

  window.Go = { asyncView, render };
  window.addEventListener('hashchange', render);
  document.addEventListener('DOMContentLoaded', render);
})();
