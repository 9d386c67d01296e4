// Developer Portal → an app's App Connections (Tenant ID, Client ID, Allowed by Tenant, Client
// Secret generation shown once) and its Edit page (Application Key).
(function () {
  'use strict';
  const { h, css, styles, colors, openDialog, field, copyText, formatDate } = window.Anvil;
  const { link, asyncView } = window.Portal;
  const store = window.PortalStore;

  const s = {
    crumbs: css('& {font-size:13px;color:' + colors.muted + ';display:flex;gap:6px;margin-bottom:6px}'),
    title: css('& {margin:0 0 4px;font-size:26px}'),
    sub: css('& {margin:0 0 20px;color:' + colors.muted + '}'),
    wrap: css('& {border:1px solid ' + colors.border + ';border-radius:8px;overflow:hidden;animation:fadein .2s}'),
    mono: css('& {font-family:"SFMono-Regular",Menlo,Consolas,monospace;font-size:13px}'),
    dot: css('& {display:inline-block;width:12px;height:12px;border-radius:50%;vertical-align:middle;margin-right:6px}'),
    secretCell: css('& {display:flex;align-items:center;gap:10px;flex-wrap:wrap}'),
    dl: css('& {display:grid;grid-template-columns:auto 1fr;gap:8px 16px;margin:12px 0;padding:12px 16px;background:' + colors.bg + ';border-radius:6px} & dt{font-weight:600} & dd{margin:0}'),
    copyRow: css('& {display:flex;gap:8px} & input{flex:1}'),
    section: css('& {background:#fff;border:1px solid ' + colors.border + ';border-radius:8px;padding:24px;margin-bottom:20px;max-width:760px} & > h2{margin:0 0 4px;font-size:17px} & > p{margin:0 0 18px;color:' + colors.muted + ';font-size:13px}'),
  };

  function breadcrumbs(app, here) {
    return h('nav', { class: s.crumbs, 'aria-label': 'Breadcrumb' }, link('/custom/my-apps/', 'My Apps'), h('span', null, '/'), h('span', null, app ? app.name : '…'), h('span', null, '/'), h('span', null, here));
  }

  function allowedIndicator(allowed) {
    const label = allowed ? 'Allowed by Tenant' : 'Not allowed';
    return h(
      'span',
      { title: label },
      h('span', { class: s.dot, role: 'img', 'aria-label': label, style: 'background:' + (allowed ? colors.success : '#bcbfc3') }),
      h('span', null, allowed ? 'Allowed' : 'Not allowed'),
    );
  }

  function showSecret(secret) {
    const input = h('input', { type: 'text', class: [styles.input, s.mono], readonly: true, value: secret });
    const dialog = openDialog({
      title: 'Client Secret',
      dismissible: false,
      body: h(
        'div',
        null,
        h('div', { class: [styles.banner, styles.bannerWarn] }, 'Copy this secret now and store it securely. For security reasons it will not be shown again.'),
        h('label', { for: (input.id = window.Anvil.useId()), class: styles.label }, 'Client Secret'),
        h('div', { class: s.copyRow, style: 'margin-top:6px' }, input, h('button', { type: 'button', class: styles.btnSecondary, 'aria-label': 'Copy Client Secret', onClick: () => copyText(secret) }, 'Copy')),
      ),
      footer: (close) => [h('button', { type: 'button', class: styles.btnPrimary, onClick: close }, 'Done')],
    });
    input.focus();
    input.select();
    return dialog;
  }

  function confirmGenerate(app, onGenerated) {
    const previous = store.secretGeneratedAt(app);
    const error = h('div', { class: styles.errorText, role: 'alert' });
    openDialog({
      title: 'Generate Client Secret',
      body: h(
        'div',
        null,
        h('p', { style: 'margin-top:0' }, 'Please confirm you want to generate a client secret for this connection:'),
        h('dl', { class: s.dl }, h('dt', null, 'Tenant ID'), h('dd', { class: s.mono }, app.tenantId), h('dt', null, 'Client ID'), h('dd', { class: s.mono }, app.clientId)),
        previous
          ? h('div', { class: [styles.banner, styles.bannerWarn], role: 'alert' }, 'A client secret was already generated on ' + formatDate(previous) + '. Generating a new one will invalidate the old secret immediately: anything using it will stop working.')
          : null,
        error,
      ),
      footer: (close) => [
        h('button', { type: 'button', class: styles.btnSecondary, onClick: close }, 'Cancel'),
        h(
          'button',
          {
            type: 'button',
            class: styles.btnPrimary,
            onClick: async (event) => {
              const button = event.currentTarget;
              button.disabled = true;
              button.textContent = 'Generating…';
              try {
                const secret = await store.generateSecret(app);
                close();
                showSecret(secret);
                onGenerated();
              } catch (e) {
                button.disabled = false;
                button.textContent = 'Yes, Continue';
                error.textContent = 'Could not generate the secret: ' + e.message;
              }
            },
          },
          'Yes, Continue',
        ),
      ],
    });
  }

  function secretCell(app) {
    const cell = h('div', { class: s.secretCell });
    function draw() {
      const generated = store.secretGeneratedAt(app);
      cell.replaceChildren(
        generated ? h('span', { class: styles.help }, '•••••••• generated ' + formatDate(generated)) : h('span', { class: styles.help }, 'Not generated'),
        h('button', { type: 'button', class: [styles.btnSecondary, styles.btnSmall], onClick: () => confirmGenerate(app, draw) }, 'Generate'),
      );
    }
    draw();
    return cell;
  }

  function connectionsTable(app) {
    return h(
      'div',
      { class: s.wrap },
      h(
        'table',
        { class: styles.table },
        h('thead', null, h('tr', null, h('th', null, 'Tenant'), h('th', null, 'Tenant ID'), h('th', null, 'Client ID'), h('th', null, 'Allowed by Tenant'), h('th', null, 'Client Secret'))),
        h(
          'tbody',
          null,
          h(
            'tr',
            null,
            h('td', null, app.tenantName || store.session().tenantName),
            h('td', { class: s.mono }, app.tenantId),
            h('td', { class: s.mono }, app.clientId),
            h('td', null, allowedIndicator(Boolean(app.allowedByTenant))),
            h('td', null, secretCell(app)),
          ),
        ),
      ),
    );
  }

  function connections(id) {
    const head = h('div', null, breadcrumbs(null, 'App Connections'), h('h1', { class: s.title }, 'App Connections'));
    return h(
      'div',
      null,
      head,
      asyncView(async () => {
        const app = await store.getApp(id);
        head.replaceChildren(breadcrumbs(app, 'App Connections'), h('h1', { class: s.title }, 'App Connections'), h('p', { class: s.sub }, 'Tenants connected to ' + app.name + ' and their OAuth credentials.'));
        return connectionsTable(app);
      }),
    );
  }

  function readonlyInput(value, mono) {
    return h('input', { type: 'text', class: [styles.input, mono ? s.mono : null], readonly: true, value: value || '' });
  }

  function editForm(app) {
    const key = readonlyInput(app.applicationKey, true);
    const description = h('textarea', { class: styles.textarea, readonly: true }, app.description || '');
    const category = h('select', { class: styles.input, disabled: true }, h('option', null, app.category || ''));
    return h(
      'div',
      null,
      h(
        'section',
        { class: s.section },
        h('h2', null, 'App Details'),
        h('p', null, 'All fields are required'),
        field('Application Name', readonlyInput(app.name)),
        field('Description', description),
        h('div', { class: styles.help, style: 'text-align:right;margin-top:-12px;margin-bottom:12px' }, (app.description || '').length + '/10000'),
        field('App Category', category),
        h(
          'div',
          { class: styles.field },
          h('label', { for: (key.id = window.Anvil.useId()), class: styles.label }, 'Application Key'),
          h('div', { class: s.copyRow }, key, h('button', { type: 'button', class: styles.btnSecondary, 'aria-label': 'Copy Application Key', onClick: () => copyText(app.applicationKey) }, 'Copy')),
          h('div', { class: styles.help }, 'Send this key in the ST-App-Key header with every API request.'),
        ),
      ),
      h(
        'section',
        { class: s.section },
        h('h2', null, 'Developer Details'),
        h('p', null, 'Contact ServiceTitan support to change these.'),
        field('Organization', readonlyInput(app.organization)),
        field('Homepage', readonlyInput(app.homepage)),
        field('Email Address', readonlyInput(app.email)),
      ),
      link('/custom/my-apps/', 'Back to My Apps', { class: styles.btnSecondary }),
    );
  }

  function editApp(id) {
    const head = h('div', null, breadcrumbs(null, 'Edit'), h('h1', { class: s.title }, 'Edit App'));
    return h(
      'div',
      null,
      head,
      asyncView(async () => {
        const app = await store.getApp(id);
        head.replaceChildren(breadcrumbs(app, 'Edit'), h('h1', { class: s.title }, 'Edit App'), h('p', { class: s.sub }, app.name));
        return editForm(app);
      }),
    );
  }

  window.PortalPages.connections = connections;
  window.PortalPages.editApp = editApp;
})();
