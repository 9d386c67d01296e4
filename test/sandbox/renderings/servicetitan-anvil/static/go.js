// go.servicetitan.com: the main app's Settings (hash routes) → Integrations → Booking Providers and
// API Application Access, with Anvil2 dialogs (native modal <dialog>) and Kendo grids.
import { Button, Combobox, Dialog, Spinner, TextField, Toast } from './anvil.js';
import { api, cls, h, replaceChildren } from './dom.js';
import { KendoGrid } from './kendo-grid.js';
import { installStyles } from './styles.js';

installStyles();
const root = document.getElementById('root');

const ROUTES = {
  '/Settings': { title: 'Settings', render: settingsHome },
  '/Settings/Integrations/Booking-Providers': { title: 'Booking Providers', render: bookingProviders },
  '/Settings/Api-Apps': { title: 'API Application Access', render: apiApplicationAccess },
};

const MENU = [
  ['Company', [['Company Profile', '/Settings/Company'], ['Business Units', '/Settings/Business-Units'], ['Employees', '/Settings/Employees']]],
  ['Operations', [['Job Types', '/Settings/Job-Types'], ['Tag Types', '/Settings/Tag-Types']]],
  ['Integrations', [['Booking Providers', '/Settings/Integrations/Booking-Providers'], ['API Application Access', '/Settings/Api-Apps'], ['Marketing Integrations', '/Settings/Marketing']]],
];

function topbar() {
  return h(
    'header',
    { class: cls('topbar') },
    h('a', { class: cls('brand'), href: '#/Dashboard' }, 'ServiceTitan'),
    h('nav', { 'aria-label': 'Main' }, ['Dashboard', 'Calls', 'Dispatch', 'Customers', 'Accounting', 'Reports'].map((t) => [h('a', { href: '#/Dashboard' }, t), ' '])),
    h('span', { class: cls('spacer') }),
    h('a', { href: '#/Settings' }, 'Settings'),
  );
}

function settingsLayout(path, content) {
  return h(
    'div',
    { class: cls('settings') },
    h('nav', { class: cls('settings-nav'), 'aria-label': 'Settings' }, MENU.map(([group, items]) => [h('h3', null, group), items.map(([label, href]) => h('a', { href: `#${href}`, 'aria-current': href === path ? 'page' : undefined }, label))])),
    h('div', null, content),
  );
}

function pageHeader(title, ...actions) {
  return h('div', { class: cls('page-header') }, h('h1', null, title), h('span', { class: cls('grow') }), actions);
}

function settingsHome() {
  return [pageHeader('Settings'), h('p', { class: cls('muted') }, 'Choose a setting from the menu.')];
}

// ------------------------------------------------------------------------- Booking Providers
const addTagDialog = Dialog({ title: 'Add Booking Provider Tag', content: [h('p', null, 'Fill out details to create a tag')] });

function openAddTag(reload) {
  const name = TextField({ label: 'Name', required: true, maxLength: 100 });
  const description = TextField({ label: 'Description', placeholder: 'Add description (Optional)', maxLength: 1000 });
  const add = Button({
    label: 'Add',
    appearance: 'primary',
    onClick: async () => {
      const value = name.input.value.trim();
      name.setError(value ? '' : 'Name is required');
      if (!value) return;
      add.disabled = true;
      try {
        await api('tags', 'POST', { name: value, description: description.input.value.trim() });
        addTagDialog.close();
        Toast('Booking provider tag added');
        await reload();
      } catch (error) {
        name.setError(error.message);
      } finally {
        add.disabled = false;
      }
    },
  });
  addTagDialog.setContent(h('p', null, 'Fill out details to create a tag'), name.root, description.root);
  addTagDialog.setFooter(Button({ label: 'Cancel', onClick: () => addTagDialog.close() }), add);
  addTagDialog.open();
}

function bookingProviders() {
  const grid = KendoGrid({
    ariaLabel: 'Booking Providers',
    noRecords: 'No booking provider tags yet.',
    columns: [
      { title: 'Name', width: '30%', cell: (t) => t.name },
      { title: 'Description', width: '45%', cell: (t) => t.description || '' },
      { title: 'ID', cell: (t) => t.id },
    ],
  });
  const body = h('div', null, Spinner());
  const reload = async () => {
    grid.setRows(await api('tags'));
    replaceChildren(body, grid.root);
  };
  void reload();
  return [
    pageHeader('Booking Providers', Button({ label: 'Add Tag', appearance: 'primary', onClick: () => openAddTag(reload) })),
    h('p', { class: cls('muted') }, 'Booking provider tags identify where bookings come from. Use a tag to restrict an app\'s bookings.'),
    body,
  ];
}

// -------------------------------------------------------------------- API Application Access
const connectListDialog = Dialog({ title: 'Connect New App', size: 'large', content: [h('p', null, 'Select an application to connect to your ServiceTitan account.')] });
const connectDialog = Dialog({ title: 'Connect App', size: 'large' });

function openConnectList(reload) {
  const body = h('div', null, Spinner());
  connectListDialog.setContent(h('p', null, 'Select an application to connect to your ServiceTitan account.'), body);
  connectListDialog.setFooter(Button({ label: 'Cancel', onClick: () => connectListDialog.close() }));
  connectListDialog.open();
  void api('apps').then((apps) => {
    const available = apps.filter((a) => !a.allowedByTenant);
    const grid = KendoGrid({
      ariaLabel: 'Available applications',
      noRecords: 'No applications are available to connect.',
      columns: [
        { title: 'Application', width: '40%', cell: (a) => a.name },
        { title: 'Developer', width: '35%', cell: (a) => a.organization },
        { title: '', cell: (a) => Button({ label: 'Connect', appearance: 'primary', size: 'small', onClick: () => { connectListDialog.close(); openConnect(a, reload); } }) },
      ],
      rows: available,
    });
    replaceChildren(body, grid.root);
  });
}

function openConnect(app, reload) {
  const restriction = Combobox({ label: 'Restriction by booking_provider for Bookings', placeholder: 'Loading…', items: [], disabled: false });
  void api('tags').then((tags) => restriction.setItems(tags.map((t) => ({ id: t.id, label: t.name }))));
  const accept = Button({
    label: 'Accept',
    appearance: 'primary',
    onClick: async () => {
      accept.disabled = true;
      try {
        const chosen = restriction.value;
        await api(`apps/${app.id}/connect`, 'POST', chosen ? { bookingProviderTagId: chosen.id } : {});
        connectDialog.close();
        Toast(`${app.name} connected`);
        await reload();
      } finally {
        accept.disabled = false;
      }
    },
  });
  connectDialog.setTitle(`Connect ${app.name}`);
  connectDialog.setContent(
    h('p', null, `${app.name} by ${app.organization} is requesting access to your data:`),
    h('ul', null, app.scopes.read.length ? h('li', null, `Read: ${app.scopes.read.join(', ')}`) : null, app.scopes.write.length ? h('li', null, `Write: ${app.scopes.write.join(', ')}`) : null),
    h('h3', null, 'Restrictions'),
    restriction.root,
    h('h3', null, 'Terms and Conditions'),
    h('div', { class: cls('terms'), tabindex: '0' },
      h('p', null, 'By accepting, you authorize this application to access your ServiceTitan data within the scopes listed above, subject to the ServiceTitan API Terms of Use.'),
      h('p', null, 'The application developer is responsible for the security of the credentials issued to it. You can disconnect the application at any time from API Application Access.'),
      h('p', null, 'ServiceTitan is not responsible for third-party applications or the data they process.')),
  );
  connectDialog.setFooter(Button({ label: 'Cancel', onClick: () => connectDialog.close() }), accept);
  connectDialog.open();
}

function apiApplicationAccess() {
  const grid = KendoGrid({
    ariaLabel: 'Connected applications',
    noRecords: 'No applications are connected.',
    columns: [
      { title: 'Application', width: '30%', cell: (a) => a.name },
      { title: 'Developer', width: '30%', cell: (a) => a.organization },
      { title: 'Status', cell: () => 'Connected' },
    ],
  });
  const body = h('div', null, Spinner());
  const reload = async () => {
    grid.setRows((await api('apps')).filter((a) => a.allowedByTenant));
    replaceChildren(body, grid.root);
  };
  void reload();
  return [
    pageHeader('API Application Access', Button({ label: 'Connect New App', appearance: 'primary', onClick: () => openConnectList(reload) })),
    h('p', { class: cls('muted') }, 'Applications connected to your account can access your data through the ServiceTitan API.'),
    body,
  ];
}

// ------------------------------------------------------------------------------------ router
function render() {
  const path = location.hash.replace(/^#/, '') || '/Dashboard';
  const route = ROUTES[path];
  let content;
  if (path.startsWith('/Settings')) content = settingsLayout(path, route ? route.render() : [pageHeader(path.split('/').pop().replace(/-/g, ' ')), h('p', { class: cls('muted') }, 'Nothing to configure here.')]);
  else content = [pageHeader('Dashboard'), h('p', { class: cls('muted') }, 'Welcome back.')];
  document.title = route ? `${route.title} | ServiceTitan` : 'ServiceTitan';
  replaceChildren(root, topbar(), h('main', { class: cls('page') }, content));
}
window.addEventListener('hashchange', render);
render();
