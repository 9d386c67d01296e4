// ServiceTitan (Developer Portal and main app) as a Vue 3 + PrimeVue 3/4 app renders it, written by hand in
// plain JS (no Vue or PrimeVue package): DataTables (one in responsive "stack" mode, each cell repeating its
// column's title in a hidden span.p-column-title), Dialogs and a ConfirmDialog teleported to <body> in a
// p-dialog-mask (removed after a leave transition), a Password with an eye toggle for the Client Secret, Select
// panels and a popup Menu teleported to <body>, unlabelled Checkboxes in the scopes table, TabView, Toasts.
import { fileSite, ST_APP_HOSTS, ST_PORTAL_HOSTS } from '../serve';

const dir = new URL('.', import.meta.url);
const assets = { '/assets/primevue.css': 'primevue.css', '/assets/primevue-kit.js': 'primevue-kit.js' };

export const stPrimeVueSites = [
  fileSite({
    crm: 'servicetitan',
    hosts: ST_PORTAL_HOSTS,
    dir,
    routes: { ...assets, '/': 'portal.html', '/signin': 'portal.html', '/assets/portal.js': 'portal.js', '/assets/st-scopes.js': '../shared/st-scopes.js' },
    pagesUnder: [{ prefix: '/custom/my-apps', file: 'portal.html' }],
  }),
  fileSite({ crm: 'servicetitan', hosts: ST_APP_HOSTS, dir, routes: { ...assets, '/': 'go.html', '/assets/go.js': 'go.js' } }),
];
