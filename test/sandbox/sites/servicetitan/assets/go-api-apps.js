// Settings → API Application Access: connected apps, Connect New App (production apps only),
// and the Connect dialog with the booking provider restriction and the terms.
(function () {
  'use strict';
  const { h, css, styles, colors, api, listOf, openDialog, useId, toast, spinner } = window.Anvil;
  const { asyncView } = window.Go;

  // An older integration this tenant already uses; shown like the real list, never sent anywhere.
  const fleetTracker = { id: 'app-fleet-tracker', name: 'Fleet Tracker', organization: 'Acme Roofing', allowedByTenant: true, local: true };

  const s = {
    top: css('& {display:flex;align-items:center;justify-content:space-between;margin-bottom:6px} & h1{margin:0;font-size:24px}'),
    intro: css('& {color:' + colors.muted + ';margin:0 0 20px;max-width:720px}'),
    wrap: css('& {border:1px solid ' + colors.border + ';border-radius:8px;overflow:hidden;animation:fadein .2s}'),
    empty: css('& {padding:36px;text-align:center;color:' + colors.muted + ';background:#fff}'),
    connected: css('& {display:inline-flex;align-items:center;gap:6px} &::before{content:"";width:8px;height:8px;border-radius:50%;background:' + colors.success + '}'),
    list: css('& {list-style:none;margin:0;padding:0} & li{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:12px 0;border-bottom:1px solid ' + colors.border + '}'),
    terms: css('& {max-height:160px;overflow:auto;border:1px solid ' + colors.border + ';border-radius:6px;padding:12px;font-size:12px;color:' + colors.muted + ';background:' + colors.bg + '} & h3{margin:0 0 6px;font-size:13px;color:#141414}'),
  };

  async function loadApps() {
    const apps = listOf(await api('apps'), 'apps');
    return apps.some((app) => app.name === fleetTracker.name) ? apps : [fleetTracker].concat(apps);
  }

  function connectedTable(apps) {
    const connected = apps.filter((app) => app.allowedByTenant);
    if (connected.length === 0) return h('div', { class: [s.wrap, s.empty] }, 'No applications are connected yet.');
    return h(
      'div',
      { class: s.wrap },
      h(
        'table',
        { class: styles.table },
        h('thead', null, h('tr', null, h('th', null, 'Application'), h('th', null, 'Developer'), h('th', null, 'Status'))),
        h('tbody', null, connected.map((app) => h('tr', null, h('td', { style: 'font-weight:600' }, app.name), h('td', null, app.organization || '—'), h('td', null, h('span', { class: s.connected }, 'Connected'))))),
      ),
    );
  }

  function termsText() {
    return h(
      'div',
      { class: s.terms, tabindex: '0', role: 'region', 'aria-label': 'Terms and Conditions' },
      h('h3', null, 'Terms and Conditions'),
      h('p', null, 'By accepting, you authorize this application to access your ServiceTitan data within the scopes it requested, on behalf of your company. The application developer is responsible for protecting the data it receives.'),
      h('p', null, 'You may revoke this access at any time from API Application Access. ServiceTitan is not responsible for third-party applications and their use of your data.'),
    );
  }

  function connectDialog(app, onConnected) {
    const selectId = useId();
    const restriction = h('select', { id: selectId, class: styles.input, disabled: true }, h('option', { value: '' }, 'Loading…'));
    const error = h('div', { class: styles.errorText, role: 'alert' });
    const accept = h('button', { type: 'button', class: styles.btnPrimary, disabled: true }, 'Accept');
    const dialog = openDialog({
      title: 'Connect ' + app.name,
      body: h(
        'div',
        null,
        h('p', { style: 'margin-top:0' }, app.name + (app.organization ? ' by ' + app.organization : '') + ' requests access to your ServiceTitan data.'),
        h(
          'div',
          { class: styles.field },
          h('label', { for: selectId, class: styles.label }, 'Restriction by booking_provider for Bookings'),
          restriction,
          h('div', { class: styles.help }, 'Limit this app to the bookings of one booking provider tag (Settings → Integrations → Booking Providers).'),
        ),
        termsText(),
        error,
      ),
      footer: (close) => [h('button', { type: 'button', class: styles.btnSecondary, onClick: close }, 'Cancel'), accept],
    });
    // The list takes a moment to come, as on the real page (its "Loading…" is a state the playbook knows).
    new Promise((done) => setTimeout(done, 600)).then(() => api('tags')).then(
      (data) => {
        const tags = listOf(data, 'tags');
        restriction.replaceChildren(h('option', { value: '' }, tags.length ? 'Select a booking provider' : ''), ...tags.map((tag) => h('option', { value: String(tag.id) }, tag.name)));
        restriction.disabled = false;
        accept.disabled = false;
      },
      (e) => (error.textContent = 'Could not load booking providers: ' + e.message),
    );
    accept.addEventListener('click', async () => {
      accept.disabled = true;
      accept.textContent = 'Connecting…';
      try {
        const body = restriction.value ? { bookingProviderTagId: restriction.value } : {};
        await api('apps/' + encodeURIComponent(app.id) + '/connect', { method: 'POST', body });
        dialog.close();
        toast(app.name + ' is connected');
        onConnected();
      } catch (e) {
        accept.disabled = false;
        accept.textContent = 'Accept';
        error.textContent = 'Could not connect: ' + e.message;
      }
    });
  }

  function availableAppsDialog(onConnected) {
    const body = h('div', null, spinner('Loading applications…'));
    const picker = openDialog({ title: 'Connect New App', body, footer: (close) => [h('button', { type: 'button', class: styles.btnSecondary, onClick: close }, 'Close')] });
    loadApps().then(
      (apps) => {
        const available = apps.filter((app) => !app.allowedByTenant && !app.local);
        body.replaceChildren(
          h('p', { style: 'margin-top:0' }, 'Applications registered in the production Developer Portal for your company.'),
          available.length === 0
            ? h('p', { class: styles.help }, 'No applications are available to connect. Apps created in the integration environment are not listed here.')
            : h(
                'ul',
                { class: s.list, 'aria-label': 'Available applications' },
                available.map((app) =>
                  h(
                    'li',
                    null,
                    h('div', null, h('div', { style: 'font-weight:600' }, app.name), h('div', { class: styles.help }, app.organization || '')),
                    h('button', { type: 'button', class: [styles.btnPrimary, styles.btnSmall], onClick: () => (picker.close(), connectDialog(app, onConnected)) }, 'Connect'),
                  ),
                ),
              ),
        );
      },
      (e) => body.replaceChildren(h('div', { class: [styles.banner, styles.bannerWarn], role: 'alert' }, e.message)),
    );
  }

  function apiApps() {
    const tableSlot = h('div');
    function load() {
      tableSlot.replaceChildren(asyncView(async () => connectedTable(await loadApps())));
    }
    load();
    return h(
      'div',
      null,
      h('div', { class: s.top }, h('h1', null, 'API Application Access'), h('button', { type: 'button', class: styles.btnPrimary, onClick: () => availableAppsDialog(load) }, 'Connect New App')),
      h('p', { class: s.intro }, 'Applications allowed to use the ServiceTitan API with your company data.'),
      tableSlot,
    );
  }

  window.GoPages.apiApps = apiApps;
})();
