// ServiceTitan as a modern ARIA-rich single-page app: grids are CSS grids whose rows are
// display: contents (My Apps, the scopes, the booking provider tags: the ID is a grid cell), the New
// App form in a side sheet headed "Register an application" ("New Application" opens it), App
// Connections with the App ID beside the Client ID and "New secret", div dialogs with aria-modal,
// fields named by aria-labelledby spans or placeholders only, comboboxes and listboxes.
import { fileSite, ST_APP_HOSTS, ST_PORTAL_HOSTS } from '../serve';

const dir = new URL('.', import.meta.url);
const assets = { '/static/grid.css': 'grid.css', '/static/st-scopes.js': '../shared/st-scopes.js' };

export const stAriaGridSites = [
  fileSite({
    crm: 'servicetitan',
    hosts: ST_PORTAL_HOSTS,
    dir,
    routes: { ...assets, '/': 'portal.html', '/signin': 'portal.html', '/docs': 'portal.html', '/static/grid-portal.js': 'grid-portal.js' },
    pagesUnder: [{ prefix: '/custom/my-apps', file: 'portal.html' }],
  }),
  fileSite({ crm: 'servicetitan', hosts: ST_APP_HOSTS, dir, routes: { ...assets, '/': 'go.html', '/static/grid-go.js': 'grid-go.js' } }),
];
