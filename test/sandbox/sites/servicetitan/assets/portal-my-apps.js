// Developer Portal → My Apps: the apps table with App Connections and Edit per app.
(function () {
  'use strict';
  const { h, css, styles, colors, formatDate } = window.Anvil;
  const { link, navigate, asyncView } = window.Portal;
  const store = window.PortalStore;

  const s = {
    top: css('& {display:flex;align-items:center;justify-content:space-between;margin-bottom:20px} & h1{margin:0;font-size:26px}'),
    tableWrap: css('& {border:1px solid ' + colors.border + ';border-radius:8px;overflow:hidden;animation:fadein .2s}'),
    status: css('& {display:inline-flex;align-items:center;gap:6px;font-size:13px} &::before{content:"";width:8px;height:8px;border-radius:50%;background:' + colors.success + '}'),
    empty: css('& {padding:40px;text-align:center;color:' + colors.muted + ';background:#fff}'),
  };

  function appsTable(apps) {
    if (apps.length === 0) return h('div', { class: [s.tableWrap, s.empty] }, 'You have not created any apps yet. Select + New App to register one.');
    return h(
      'div',
      { class: s.tableWrap },
      h(
        'table',
        { class: styles.table },
        h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Status'), h('th', null, 'Created'), h('th', null, 'App Connections'), h('th', null, h('span', { class: styles.srOnly }, 'Actions')))),
        h(
          'tbody',
          null,
          apps.map((app) =>
            h(
              'tr',
              null,
              h('td', null, h('div', { style: 'font-weight:600' }, app.name), h('div', { class: styles.help }, app.organization || '')),
              h('td', null, h('span', { class: s.status }, 'Active')),
              h('td', null, formatDate(app.createdAt)),
              h('td', null, link('/custom/my-apps/' + encodeURIComponent(app.id) + '/connections', 'View Connections')),
              h('td', { style: 'text-align:right' }, link('/custom/my-apps/' + encodeURIComponent(app.id) + '/edit', 'Edit')),
            ),
          ),
        ),
      ),
    );
  }

  function myApps() {
    const session = store.session();
    return h(
      'div',
      null,
      h(
        'div',
        { class: s.top },
        h('h1', null, 'My Apps'),
        h('button', { type: 'button', class: styles.btnPrimary, onClick: () => navigate('/custom/my-apps/new') }, '+ New App'),
      ),
      session.environment === 'integration'
        ? h('div', { class: [styles.banner, styles.bannerWarn] }, 'You are signed in to the integration environment. Apps created here are for testing only and cannot be connected to production tenants.')
        : null,
      asyncView(async () => appsTable(await store.listApps())),
    );
  }

  window.PortalPages.myApps = myApps;
})();
