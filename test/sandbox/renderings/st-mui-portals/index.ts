// ServiceTitan as Material UI (v5) renders it: dialogs portaled to the end of <body>
// (role=presentation root and container, the Paper holding role=dialog), DataGrid rows as
// role=row divs with aria-rowindex placed by transform (virtualised), TextFields whose floating
// <label> is tied by id, a Select (a div combobox opening a listbox in a popover portal) for the
// booking restriction, snackbars; the Client Secret in a read-only <input type=password> that the
// person reveals with the eye button.
import { fileSite, ST_APP_HOSTS, ST_PORTAL_HOSTS } from '../serve';

const dir = new URL('.', import.meta.url);
const assets = { '/static/mui.css': 'mui.css', '/static/mui-kit.js': 'mui-kit.js' };

export const stMuiPortalsSites = [
  fileSite({ crm: 'servicetitan', hosts: ST_PORTAL_HOSTS, dir, routes: { ...assets, '/': 'portal.html', '/static/portal.js': 'portal.js' }, pagesUnder: [{ prefix: '/custom/my-apps', file: 'portal.html' }] }),
  fileSite({ crm: 'servicetitan', hosts: ST_APP_HOSTS, dir, routes: { ...assets, '/': 'go.html', '/static/go.js': 'go.js' } }),
];
