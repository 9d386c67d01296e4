// ServiceTitan's Developer Portal as its public Knockout source renders it (ServiceTitan's fork of the
// API Management developer portal, community/widgets/api-apps/ko/runtime): data-bind attributes and
// <!-- ko --> virtual elements left in the DOM, the widget switching list / editor / App Connections in
// place (the URL stays /custom/my-apps/), plain div modals (a <modal> component, no role=dialog), a
// <table> for App Connections, the Allowed dot as "⬤" with a title, the Client Secret and the
// Application Key in disabled inputs whose value is set as a property. Knockout itself is not a
// dependency: ko-lite.js reproduces the bindings' DOM and event habits. The main app
// (go.servicetitan.com) is servicetitan-anvil's (ServiceTitan's main app is React/Anvil2, not Knockout).
import type { SandboxSite } from '../../sites/types';
import { fileSite, ST_APP_HOSTS, ST_PORTAL_HOSTS } from '../serve';
import { serviceTitanAnvilSite } from '../servicetitan-anvil/index';

const dir = new URL('.', import.meta.url);

const portal = fileSite({
  crm: 'servicetitan',
  hosts: ST_PORTAL_HOSTS,
  dir,
  routes: {
    '/': 'portal.html',
    '/signin': 'portal.html',
    '/apis': 'portal.html',
    '/docs': 'portal.html',
    '/static/portal.css': 'portal.css',
    '/static/ko-lite.js': 'ko-lite.js',
    '/static/portal.js': 'portal.js',
    '/static/st-scopes.js': '../shared/st-scopes.js',
  },
  pagesUnder: [{ prefix: '/custom/my-apps', file: 'portal.html' }],
});

/** go.servicetitan.com: servicetitan-anvil's main app (Settings → Booking Providers, API Application Access). */
const mainApp: SandboxSite = { ...serviceTitanAnvilSite, hosts: ST_APP_HOSTS };

export const stKnockoutSites: SandboxSite[] = [portal, mainApp];
