// Developer Portal → My Apps → + New App: the application registration form (seed guide step 6).
(function () {
  'use strict';
  const { h, css, styles, colors, useId, field, toast } = window.Anvil;
  const { navigate, link } = window.Portal;
  const store = window.PortalStore;

  const categories = ['Accounting', 'Customer Communication', 'Dispatch & Routing', 'Marketing', 'Payments', 'Reporting & Analytics', 'Web Scheduler', 'Other'];
  const organizations = ['Acme Roofing', 'HeavySet Tech'];
  const credentialChoices = [
    { value: 'developer', text: 'I, the app developer, will configure the credentials on behalf of each tenant' },
    { value: 'tenant', text: 'Each tenant will configure the credentials for this app themselves' },
  ];

  const s = {
    form: css('& {display:flex;flex-direction:column;gap:20px}'),
    section: css('& {background:#fff;border:1px solid ' + colors.border + ';border-radius:8px;padding:24px} & > h2{margin:0 0 4px;font-size:17px} & > p{margin:0 0 18px;color:' + colors.muted + ';font-size:13px}'),
    grid: css('& {display:grid;grid-template-columns:1fr 1fr;gap:0 24px}'),
    radio: css('& {display:flex;align-items:flex-start;gap:8px;margin:8px 0;cursor:pointer}'),
    chips: css('& {display:flex;flex-wrap:wrap;gap:6px;margin-top:6px} & span{background:#e6f0fc;border-radius:12px;padding:2px 10px;font-size:12px}'),
    row: css('& {display:flex;gap:8px} & input{flex:1}'),
    groupRow: css('& th{background:#eef1f4 !important;text-transform:none !important;font-size:13px !important;color:#141414 !important} & button{margin-left:12px;font-size:12px}'),
    scopeCell: css('& {width:90px;text-align:center}'),
    actions: css('& {display:flex;justify-content:flex-end;gap:8px;position:sticky;bottom:0;background:' + colors.bg + ';padding:12px 0}'),
    count: css('& {align-self:flex-end;font-size:12px;color:' + colors.muted + '}'),
  };

  function select(placeholder, options, extra) {
    return h(
      'select',
      Object.assign({ class: styles.input }, extra),
      placeholder ? h('option', { value: '' }, placeholder) : null,
      options.map((option) => h('option', { value: option }, option)),
    );
  }

  function errorSlot() {
    return h('div', { class: styles.errorText, role: 'alert' });
  }

  function scopesTable(checkboxes, onChange) {
    const rows = [];
    for (const group of window.PortalScopes) {
      const setGroup = (checked) => () => {
        for (const endpoint of group.endpoints) {
          for (const kind of ['read', 'write']) {
            const box = checkboxes[kind].get(endpoint.name);
            if (box && !box.disabled) box.checked = checked;
          }
        }
      };
      rows.push(
        h(
          'tr',
          { class: s.groupRow },
          h(
            'th',
            { colspan: '3', scope: 'rowgroup' },
            group.group,
            h('button', { type: 'button', class: styles.btnLink, title: 'Select every ' + group.group + ' scope', onClick: setGroup(true) }, 'All'),
            h('button', { type: 'button', class: styles.btnLink, title: 'Clear every ' + group.group + ' scope', onClick: setGroup(false) }, 'None'),
          ),
        ),
      );
      for (const endpoint of group.endpoints) {
        // Bare boxes, as in the seed's Figure 6: named only by their row and column headers.
        const read = h('input', { type: 'checkbox' });
        const write = h('input', { type: 'checkbox', disabled: !endpoint.write });
        checkboxes.read.set(endpoint.name, read);
        checkboxes.write.set(endpoint.name, write);
        rows.push(h('tr', null, h('td', null, endpoint.name), h('td', { class: s.scopeCell }, read), h('td', { class: s.scopeCell }, write)));
        for (const box of [read, write]) box.addEventListener('change', onChange);
      }
    }
    return h(
      'table',
      { class: styles.table },
      h('thead', null, h('tr', null, h('th', null, 'API Endpoint'), h('th', { class: s.scopeCell }, 'Read'), h('th', { class: s.scopeCell }, 'Write'))),
      h('tbody', null, rows),
    );
  }

  function newApp() {
    const session = store.session();
    const controls = {
      organization: select('Select an organization', organizations, { required: true }),
      homepage: h('input', { type: 'url', class: styles.input, placeholder: 'https://', required: true }),
      email: select('Select an email address', session.emails, { required: true }),
      name: h('input', { type: 'text', class: styles.input, maxlength: '100', required: true }),
      description: h('textarea', { class: styles.textarea, maxlength: '10000', required: true }),
      category: select('Select a category', categories, { required: true }),
      tenants: h('select', { class: styles.input, multiple: true, size: '2', style: 'height:auto;padding:6px' }, h('option', { value: 'default', selected: true }, session.tenantName + ' (' + session.environment + ')')),
      network: h('input', { type: 'text', class: styles.input, placeholder: 'Network name' }),
      guid: h('input', { type: 'text', class: styles.input, placeholder: '00000000-0000-0000-0000-000000000000' }),
    };
    const networks = [];
    const chips = h('div', { class: s.chips });
    const errors = {};
    for (const key of ['organization', 'homepage', 'email', 'name', 'description', 'category', 'credentials', 'scopes']) errors[key] = errorSlot();
    const count = h('div', { class: s.count }, '0/10000');
    controls.description.addEventListener('input', () => (count.textContent = controls.description.value.length + '/10000'));

    const radioName = useId();
    const radios = credentialChoices.map((choice) => {
      const input = h('input', { type: 'radio', name: radioName, value: choice.value });
      return { choice, input, label: h('label', { class: s.radio }, input, h('span', null, choice.text)) };
    });
    const checkboxes = { read: new Map(), write: new Map() };
    const submit = h('button', { type: 'submit', class: styles.btnPrimary }, 'Create App');

    // A field's error goes away as soon as the person changes that field.
    function clearOnChange(key, elements) {
      for (const el of elements) {
        el.addEventListener('change', () => ((errors[key].textContent = ''), el.removeAttribute('aria-invalid')));
        el.addEventListener('input', () => ((errors[key].textContent = ''), el.removeAttribute('aria-invalid')));
      }
    }
    for (const key of ['organization', 'homepage', 'email', 'name', 'description', 'category']) clearOnChange(key, [controls[key]]);
    clearOnChange('credentials', radios.map((r) => r.input));

    function addNetwork() {
      const value = controls.network.value.trim();
      if (!value || networks.includes(value)) return;
      networks.push(value);
      chips.appendChild(h('span', null, value));
      controls.network.value = '';
    }

    function validate() {
      const problems = {
        organization: controls.organization.value ? '' : 'Select an organization.',
        homepage: /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(controls.homepage.value.trim()) ? '' : 'Enter a valid URL starting with https://',
        email: controls.email.value ? '' : 'Select an email address.',
        name: controls.name.value.trim() ? '' : 'Application Name is required.',
        description: controls.description.value.trim() ? '' : 'Description is required.',
        category: controls.category.value ? '' : 'Select an app category.',
        credentials: radios.some((r) => r.input.checked) ? '' : 'Choose how client credentials are managed.',
        scopes: [...checkboxes.read.values(), ...checkboxes.write.values()].some((b) => b.checked) ? '' : 'Select at least one API scope.',
      };
      for (const key of Object.keys(problems)) {
        errors[key].textContent = problems[key];
        const control = controls[key];
        if (control) control.setAttribute('aria-invalid', problems[key] ? 'true' : 'false');
      }
      return Object.values(problems).every((p) => !p);
    }

    async function onSubmit(event) {
      event.preventDefault();
      if (!validate()) return;
      const pick = (kind) => [...checkboxes[kind].entries()].filter(([, box]) => box.checked).map(([name]) => name);
      const body = {
        name: controls.name.value.trim(),
        organization: controls.organization.value,
        homepage: controls.homepage.value.trim(),
        email: controls.email.value,
        description: controls.description.value.trim(),
        category: controls.category.value,
        credentialsManagement: radios.find((r) => r.input.checked).choice.value,
        scopes: { read: pick('read'), write: pick('write') },
      };
      submit.disabled = true;
      submit.textContent = 'Creating…';
      try {
        const app = await store.createApp(body);
        navigate('/custom/my-apps/');
        toast((app && app.name ? app.name : body.name) + ' was created');
      } catch (error) {
        submit.disabled = false;
        submit.textContent = 'Create App';
        errors.scopes.textContent = 'Could not create the app: ' + error.message;
      }
    }

    return h(
      'form',
      { class: s.form, novalidate: true, onSubmit },
      h('div', null, link('/custom/my-apps/', '← My Apps'), h('h1', { style: 'margin:8px 0 0;font-size:26px' }, 'New App')),
      h(
        'section',
        { class: s.section },
        h('h2', null, 'Developer Details'),
        h('p', null, 'Who builds and supports this application.'),
        h(
          'div',
          { class: s.grid },
          h('div', null, field('Organization', controls.organization, { required: true }), errors.organization),
          h('div', null, field('Homepage', controls.homepage, { required: true }), errors.homepage),
          h('div', null, field('Email Address', controls.email, { required: true, help: 'Where ServiceTitan sends notices about this app.' }), errors.email),
        ),
      ),
      h(
        'section',
        { class: s.section },
        h('h2', null, 'App Details'),
        h('p', null, 'All fields are required'),
        field('Application Name', controls.name, { required: true }),
        errors.name,
        field('Description', controls.description, { required: true }),
        count,
        errors.description,
        field('App Category', controls.category, { required: true }),
        errors.category,
      ),
      h(
        'section',
        { class: s.section },
        h('h2', null, 'Access'),
        h('p', null, 'Which tenants and networks may use this app.'),
        field('Tenants', controls.tenants, { help: 'Defaults to the tenant you are signed in to.' }),
        field('Customer Global Network(s)', controls.network, { help: 'Optional. Add a network only if ServiceTitan asked you to.' }),
        h('button', { type: 'button', class: [styles.btnSecondary, styles.btnSmall], onClick: addNetwork }, 'Add Network'),
        chips,
        h('div', { style: 'height:18px' }),
        field('External Data Application GUID', controls.guid, { help: 'Optional. Leave empty unless ServiceTitan issued one for your app.' }),
      ),
      h(
        'section',
        { class: s.section },
        h('h2', { id: radioName + 'h' }, 'Client Credentials Management'),
        h('p', null, 'Who generates the client secret for each tenant connection.'),
        h('div', { role: 'radiogroup', 'aria-labelledby': radioName + 'h' }, radios.map((r) => r.label)),
        errors.credentials,
      ),
      h('section', { class: s.section }, h('h2', null, 'API Scopes'), h('p', null, 'Choose the data this app may read and write.'), scopesTable(checkboxes, () => (errors.scopes.textContent = '')), errors.scopes),
      h('div', { class: s.actions }, h('button', { type: 'button', class: styles.btnSecondary, onClick: () => navigate('/custom/my-apps/') }, 'Cancel'), submit),
    );
  }

  window.PortalPages.newApp = newApp;
})();
