// ServiceTitan's main app as an older enterprise shell renders it: the top page at go.servicetitan.com
// holds the chrome (top nav, the Settings tree menu) and a same-origin <iframe name="contentFrame">
// holding the legacy screens, server-rendered WebForms-style pages (GridView tables, __VIEWSTATE,
// <input type=button> / <a class="btn"> buttons, jQuery UI 1.8-style dialogs: div.ui-dialog absolute
// over a div.ui-widget-overlay, span.ui-dialog-title, buttons in .ui-dialog-buttonpane). The iframe
// navigates on its own (Connect New App, saving a tag reloads it) while the top URL stays put.
// Only the main app: the Developer Portal is left to the default sandbox site.
import { fileSite, ST_APP_HOSTS } from '../serve';

const dir = new URL('.', import.meta.url);

export const stLegacyFramesSites = [
  fileSite({
    crm: 'servicetitan',
    hosts: ST_APP_HOSTS,
    dir,
    routes: {
      '/': 'shell.html',
      '/Content/shell.css': 'shell.css',
      '/Scripts/shell.js': 'shell.js',
      '/legacy/Content/legacy.css': 'legacy.css',
      '/legacy/Scripts/legacy-ui.js': 'legacy-ui.js',
      '/legacy/Scripts/booking-provider-tags.js': 'booking-provider-tags.js',
      '/legacy/Scripts/api-application-access.js': 'api-application-access.js',
      '/legacy/dashboard': 'dashboard.html',
      '/legacy/settings/page': 'simple.html',
      '/legacy/settings/booking-provider-tags': 'booking-provider-tags.html',
      '/legacy/settings/api-application-access': 'api-application-access.html',
      '/legacy/settings/api-application-access/available': 'api-application-available.html',
    },
  }),
];
