// ServiceTitan as its older docs show it, without any ARIA: "My Applications", "New Apps", View /
// Modify scope columns, "View Connections", "Not Connected Yet", "Generate Secret"; labels in
// sibling divs, home-made drop-downs, booking provider tags as cards, Add Tag in a side drawer, and
// a role-less box that shows the Client Secret and closes itself 2 seconds later.
import { fileSite, ST_APP_HOSTS, ST_PORTAL_HOSTS } from '../serve';

const dir = new URL('.', import.meta.url);
const assets = { '/content/legacy.css': 'legacy.css', '/content/st-scopes.js': '../shared/st-scopes.js' };

export const stLegacyPlainSites = [
  fileSite({
    crm: 'servicetitan',
    hosts: ST_PORTAL_HOSTS,
    dir,
    routes: { ...assets, '/': 'portal.html', '/signin': 'portal.html', '/docs': 'portal.html', '/explorer': 'portal.html', '/content/legacy-portal.js': 'legacy-portal.js' },
    pagesUnder: [{ prefix: '/custom/my-apps', file: 'portal.html' }],
  }),
  fileSite({ crm: 'servicetitan', hosts: ST_APP_HOSTS, dir, routes: { ...assets, '/': 'go.html', '/content/legacy-go.js': 'legacy-go.js' } }),
];
