// ServiceTitan rendered the way its libraries do (reproduced, not bundled): Anvil fields (a label
// over an input), native modal <dialog>s, KendoReact-style grids with the column headers in a
// separate table tied by aria-colindex; wording as the seed: "+ New App", Read/Write, "App
// Connections", "Generate", the secret in the dialog with Copy/Done.
import { fileSite, ST_APP_HOSTS, ST_PORTAL_HOSTS } from '../serve';

const dir = new URL('.', import.meta.url);
const assets = { '/assets/anvil.css': 'anvil.css', '/assets/st-scopes.js': '../shared/st-scopes.js' };

export const stAnvilKendoSites = [
  fileSite({
    crm: 'servicetitan',
    hosts: ST_PORTAL_HOSTS,
    dir,
    routes: { ...assets, '/': 'portal.html', '/signin': 'portal.html', '/apis': 'portal.html', '/guides': 'portal.html', '/assets/portal.js': 'portal.js' },
    pagesUnder: [{ prefix: '/custom/my-apps', file: 'portal.html' }],
  }),
  fileSite({ crm: 'servicetitan', hosts: ST_APP_HOSTS, dir, routes: { ...assets, '/': 'go.html', '/assets/go.js': 'go.js' } }),
];
