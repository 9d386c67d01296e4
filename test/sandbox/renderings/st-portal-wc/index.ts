// ServiceTitan's Developer Portal as a Lit web-components app on a Spectrum Web Components-style kit
// renders it, by hand in plain ES modules (no Lit or SWC package; `st-kit.js` the kit, `st-portal.js` the
// app), served as a Vite build names its files. Only the portal's host: the main app
// (go.servicetitan.com) stays the default sandbox site. Everything lives in nested OPEN shadow roots:
// <st-theme> → <st-app> → <st-my-apps-page> → <st-app-list> | <st-app-editor> (st-text-field, st-picker,
// <st-scopes-table> → st-checkbox, st-radio-group) | <st-app-connections> (st-table, st-dialog: a native
// modal <dialog> inside the shadow root, the Client Secret once in a read-only st-text-field).
import { fileSite, ST_PORTAL_HOSTS } from '../serve';

export const stPortalWcSites = [
  fileSite({
    crm: 'servicetitan',
    hosts: ST_PORTAL_HOSTS,
    dir: new URL('.', import.meta.url),
    routes: {
      '/': 'portal.html',
      '/signin': 'portal.html',
      '/apis': 'portal.html',
      '/getting-started': 'portal.html',
      '/assets/index-9b3e6f24.js': 'st-portal.js',
      '/assets/kit-5d1f0a93.js': 'st-kit.js',
      '/assets/index-0f7a2c18.css': 'st-global.css',
      '/assets/scopes-c2e81b7d.js': '../shared/st-scopes.js',
    },
    pagesUnder: [{ prefix: '/custom/my-apps', file: 'portal.html' }],
  }),
];
