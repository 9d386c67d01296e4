// Developer Portal data: the signed-in session and the apps. Production apps live in the sandbox
// backend; apps made after "Developer login" belong to the integration environment and stay in
// this browser (so they never show in the production tenant's Connect New App list, as in the
// seed guide's troubleshooting). "Fleet Tracker" is an older, unrelated production app.
(function () {
  'use strict';
  const { api, listOf, randomChars, networkDelay } = window.Anvil;
  const SESSION_KEY = 'st-devportal-session';
  const INTEGRATION_APPS_KEY = 'st-devportal-integration-apps';
  const SECRET_DATES_KEY = 'st-devportal-secret-dates';

  const users = {
    production: {
      environment: 'production',
      name: 'Dana Whitfield',
      emails: ['dana.whitfield@acmeroofing.com', 'support@heavyset.tech', 'engineer@heavyset.tech'],
      tenantName: 'Acme Roofing',
    },
    integration: {
      environment: 'integration',
      name: 'Dana Whitfield (Developer)',
      emails: ['dana.whitfield@acmeroofing.com', 'support@heavyset.tech'],
      tenantName: 'Integration Sandbox Tenant',
    },
  };

  const fleetTracker = {
    id: 'app-fleet-tracker',
    name: 'Fleet Tracker',
    organization: 'Acme Roofing',
    homepage: 'https://fleettracker.example',
    email: 'dana.whitfield@acmeroofing.com',
    description: 'GPS tracking for service vehicles.',
    category: 'Other',
    applicationKey: 'ak1.' + 'f7x2m9q4k1w8z3n6b5v0c7r2ty',
    clientId: 'cid.' + 'p3k8w1n6z9q2m5x7c4v0b8r1t',
    tenantId: '1046823970',
    allowedByTenant: true,
    createdAt: '2024-03-14T16:20:00Z',
    local: true,
  };

  function readJson(storage, key, fallback) {
    try {
      const raw = storage.getItem(key);
      return raw ? JSON.parse(raw) : fallback;
    } catch {
      return fallback;
    }
  }

  function session() {
    return readJson(sessionStorage, SESSION_KEY, null);
  }
  function signIn(environment) {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(users[environment]));
  }
  function signOut() {
    sessionStorage.removeItem(SESSION_KEY);
  }

  function integrationApps() {
    return readJson(localStorage, INTEGRATION_APPS_KEY, []);
  }

  async function listApps() {
    const s = session();
    if (s && s.environment === 'integration') {
      await networkDelay();
      return integrationApps();
    }
    const apps = listOf(await api('apps'), 'apps');
    return apps.some((app) => app.name === fleetTracker.name) ? apps : [fleetTracker].concat(apps);
  }

  async function getApp(id) {
    const local = [fleetTracker].concat(integrationApps()).find((app) => app.id === id);
    if (local) {
      await networkDelay();
      return local;
    }
    const data = await api('apps/' + encodeURIComponent(id));
    return data && data.app ? data.app : data;
  }

  async function createApp(body) {
    const s = session();
    if (s && s.environment === 'integration') {
      await networkDelay();
      const app = Object.assign({}, body, {
        id: 'int-' + randomChars(8),
        applicationKey: 'ak1.' + randomChars(26),
        clientId: 'cid.' + randomChars(25),
        tenantId: '2' + randomChars(9, '0123456789'),
        allowedByTenant: false,
        createdAt: new Date().toISOString(),
        local: true,
      });
      localStorage.setItem(INTEGRATION_APPS_KEY, JSON.stringify(integrationApps().concat([app])));
      return app;
    }
    return api('apps', { method: 'POST', body });
  }

  function secretGeneratedAt(app) {
    return readJson(localStorage, SECRET_DATES_KEY, {})[app.id] || app.secretGeneratedAt || (app.hasClientSecret ? 'earlier' : null);
  }

  async function generateSecret(app) {
    let secret;
    if (app.local) {
      await networkDelay();
      secret = 'cs1.' + randomChars(50);
    } else {
      const data = await api('apps/' + encodeURIComponent(app.id) + '/secret', { method: 'POST', body: {} });
      secret = data.clientSecret;
    }
    const dates = readJson(localStorage, SECRET_DATES_KEY, {});
    dates[app.id] = new Date().toISOString();
    localStorage.setItem(SECRET_DATES_KEY, JSON.stringify(dates));
    return secret;
  }

  window.PortalStore = { session, signIn, signOut, listApps, getApp, createApp, secretGeneratedAt, generateSecret, users };
})();
