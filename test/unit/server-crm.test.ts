// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SettingsOptions, VerifyResult, OAuthAuthorize } from '../../utils/heavyset/contract';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callApi, callSandbox, configPath } from '../sandbox/server/testing';

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ quiet: true });
});
afterAll(() => server.close());
beforeEach(async () => {
  await callSandbox(server, 'POST', '/sandbox/reset');
});

const failing = (result: VerifyResult) => Object.fromEntries(result.checks.filter((c) => !c.ok).map((c) => [c.id, c.message]));

describe('Leap', () => {
  const verify = async () => VerifyResult.parse((await callApi(server, 'POST', configPath(server.configIds.leap, 'verify'))).body);
  const sendToken = (apiToken: string) =>
    callApi(server, 'PATCH', configPath(server.configIds.leap, 'connection'), { body: { crmType: 'leap', values: { apiToken } } });

  it('lists seeded tokens and issues JWT-like tokens', async () => {
    const list = await callSandbox(server, 'GET', '/sandbox/crm/leap/tokens');
    expect(list.body.map((t: { name: string }) => t.name)).toEqual(['Zapier', 'QuickBooks sync']);
    expect(list.body[0]).not.toHaveProperty('token');
    const created = await callSandbox(server, 'POST', '/sandbox/crm/leap/tokens', { name: 'HeavySet Tech' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect((await callSandbox(server, 'POST', '/sandbox/crm/leap/tokens', { name: ' ' })).status).toBe(422);
  });

  it('verifies an issued token with complete settings, and rejects unknown or revoked tokens', async () => {
    const before = await verify();
    expect(before.ok).toBe(false);
    expect(failing(before).token).toMatch(/Settings → Developers/);

    await sendToken('eyJhbGciOiJIUzI1NiJ9.e30.made-up-signature');
    expect(failing(await verify()).token).toBe('Leap rejected the token: generate a new one in Settings → Developers (and make sure nothing was added around it when pasting).');

    const { body: issued } = await callSandbox(server, 'POST', '/sandbox/crm/leap/tokens', { name: 'HeavySet Tech' });
    await sendToken(issued.token);
    const options = SettingsOptions.parse((await callApi(server, 'GET', configPath(server.configIds.leap, 'settings/options'))).body);
    expect(options.jobStageNames).toContain('Job Sold');
    expect(options.appointmentResultOptions).toContain('Cancelled - Weather');
    const tokenOnly = await verify();
    expect(tokenOnly.checks.find((c) => c.id === 'token')?.ok).toBe(true);
    expect(failing(tokenOnly).settings).toMatch(/Job Sold Stage Names/);

    await callApi(server, 'PATCH', configPath(server.configIds.leap, 'settings'), {
      body: { crmType: 'leap', values: { jobSoldStageNames: ['Job Sold', 'Contract Signed'], appointmentCancelledResultOptions: ['Cancelled by Customer'] } },
    });
    expect(await verify()).toEqual({
      ok: true,
      checks: [
        { id: 'token', label: 'API token accepted by Leap', ok: true },
        { id: 'settings', label: 'Leap settings complete', ok: true },
      ],
    });

    await callSandbox(server, 'POST', `/sandbox/crm/leap/tokens/${issued.id}/revoke`);
    expect(failing(await verify()).token).toMatch(/revoked/);
  });
});

describe('ServiceTitan', () => {
  const code = () => server.codes.servicetitan;
  const configId = () => server.configIds.servicetitan;
  const newApp = {
    name: 'HeavySet Tech',
    organization: 'HeavySet Tech',
    homepage: 'https://heavyset.tech',
    email: 'support@heavyset.tech',
    description: 'Web scheduler',
    category: 'Web Scheduler',
    credentialsManagement: 'I, the app developer, will configure the credentials on behalf of each tenant',
    scopes: { read: ['Bookings', 'Customers'], write: ['Bookings'] },
  };
  const verify = async () => VerifyResult.parse((await callApi(server, 'POST', configPath(configId(), 'verify'), { code: code() })).body);
  const send = (values: Record<string, string>) =>
    callApi(server, 'PATCH', configPath(configId(), 'connection'), { code: code(), body: { crmType: 'servicetitan', values } });

  it('issues apps, secrets and tags in the real formats', async () => {
    const app = (await callSandbox(server, 'POST', '/sandbox/crm/servicetitan/apps', newApp)).body;
    expect(app).toMatchObject({ name: 'HeavySet Tech', allowedByTenant: false });
    expect(app.applicationKey).toMatch(/^ak1\.[a-z0-9]{26}$/);
    expect(app.clientId).toMatch(/^cid\.[a-z0-9]{25}$/);
    expect(app.tenantId).toMatch(/^[1-9]\d{9}$/);
    const secret = (await callSandbox(server, 'POST', `/sandbox/crm/servicetitan/apps/${app.id}/secret`)).body;
    expect(secret.clientSecret).toMatch(/^cs1\.[a-z0-9]{50}$/);
    expect(JSON.stringify((await callSandbox(server, 'GET', '/sandbox/crm/servicetitan/apps')).body)).not.toContain(secret.clientSecret);
    const tags = (await callSandbox(server, 'GET', '/sandbox/crm/servicetitan/tags')).body;
    expect(tags.map((t: { name: string }) => t.name)).toEqual(['Angi Leads']);
    const tag = (await callSandbox(server, 'POST', '/sandbox/crm/servicetitan/tags', { name: 'HeavySet Tech', description: '' })).body;
    expect(tag.id).toMatch(/^\d{9}$/);
    expect((await callSandbox(server, 'POST', '/sandbox/crm/servicetitan/apps', { ...newApp, name: '' })).status).toBe(422);
  });

  it('verifies only the current secret of an app the tenant allowed, with an issued tag', async () => {
    const app = (await callSandbox(server, 'POST', '/sandbox/crm/servicetitan/apps', newApp)).body;
    const tag = (await callSandbox(server, 'POST', '/sandbox/crm/servicetitan/tags', { name: 'HeavySet Tech', description: '' })).body;
    const firstSecret = (await callSandbox(server, 'POST', `/sandbox/crm/servicetitan/apps/${app.id}/secret`)).body.clientSecret;
    const sent = await send({ tenantId: app.tenantId, clientId: app.clientId, clientSecret: firstSecret, applicationKey: app.applicationKey });
    expect(sent.body.complete).toBe(true);
    await callApi(server, 'PATCH', configPath(configId(), 'settings'), {
      code: code(),
      body: { crmType: 'servicetitan', values: { bookingProviderId: tag.id } },
    });
    expect(Object.keys(failing(await verify()))).toEqual(['allowedByTenant']);
    expect(failing(await verify()).allowedByTenant).toMatch(/API Application Access/);

    await callSandbox(server, 'POST', `/sandbox/crm/servicetitan/apps/${app.id}/connect`, { bookingProviderTagId: tag.id });
    expect((await verify()).ok).toBe(true);
    expect((await callApi(server, 'GET', configPath(configId(), 'settings/options'), { code: code() })).body).toEqual({});

    // Generating again invalidates the secret HeavySet holds.
    await callSandbox(server, 'POST', `/sandbox/crm/servicetitan/apps/${app.id}/secret`);
    expect(failing(await verify())).toEqual({ clientSecret: expect.stringMatching(/generate a new one in App Connections/) });

    await send({ tenantId: '1234567890', applicationKey: `ak1.${'a'.repeat(26)}` });
    await callApi(server, 'PATCH', configPath(configId(), 'settings'), {
      code: code(),
      body: { crmType: 'servicetitan', values: { bookingProviderId: '999999999' } },
    });
    expect(Object.keys(failing(await verify())).sort()).toEqual(['applicationKey', 'bookingProviderId', 'clientSecret', 'tenantId']);
  });
});

describe('Zoho', () => {
  const code = () => server.codes.zoho;
  const configId = () => server.configIds.zoho;
  const verify = async () => VerifyResult.parse((await callApi(server, 'POST', configPath(configId(), 'verify'), { code: code() })).body);
  const authorize = async (body?: unknown) =>
    OAuthAuthorize.parse((await callApi(server, 'POST', configPath(configId(), 'zoho/authorize'), { code: code(), body })).body);

  it('builds the authorize URL for the data centre', async () => {
    const us = new URL((await authorize()).authorizeUrl);
    expect(us.origin + us.pathname).toBe('https://accounts.zoho.com/oauth/v2/auth');
    expect(us.searchParams.get('client_id')).toBe('1000.43ZTRRY4BWJYTZSL03CM4FVBUWOVKI');
    expect(us.searchParams.get('scope')).toBe('ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ');
    expect(us.searchParams.get('access_type')).toBe('offline');
    expect(us.searchParams.get('prompt')).toBe('consent');
    expect(us.searchParams.get('redirect_uri')).toBe(`${server.url}/sandbox/zoho/callback`);
    expect(us.search).toContain(`redirect_uri=${encodeURIComponent(`${server.url}/sandbox/zoho/callback`)}&`);
    expect(us.searchParams.get('state')).toMatch(/^[0-9a-f]{32}$/);
    expect(new URL((await authorize({ location: 'ca' })).authorizeUrl).host).toBe('accounts.zohocloud.ca');
    const bad = await callApi(server, 'POST', configPath(configId(), 'zoho/authorize'), { code: code(), body: { location: 'mars' } });
    expect(bad.status).toBe(422);
  });

  it('connects through consent code and callback, then verifies with complete settings', async () => {
    const state = new URL((await authorize({ location: 'eu' })).authorizeUrl).searchParams.get('state') ?? '';
    expect((await callApi(server, 'GET', configPath(configId(), 'settings/options'), { code: code() })).status).toBe(409);
    expect(failing(await verify()).connection).toMatch(/Connect Zoho/);

    const grant = await callSandbox(server, 'POST', '/sandbox/crm/zoho/codes', { state, location: 'eu' });
    expect(grant.status).toBe(201);
    const callback = `${server.url}/sandbox/zoho/callback?code=${grant.body.code}&location=eu&accounts-server=${encodeURIComponent('https://accounts.zoho.eu')}&state=${state}`;
    const page = await fetch(callback);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>Zoho CRM connected — HeavySet Tech</title>');
    expect(html).toContain('Europe');
    // A code works once.
    expect((await fetch(callback)).status).toBe(400);

    const connection = (await callApi(server, 'GET', configPath(configId(), 'connection'), { code: code() })).body;
    expect(connection.complete).toBe(true);
    const stored = (await callSandbox(server, 'GET', '/sandbox/state')).body.configs[configId()].connection;
    expect(stored.refreshToken.value).toMatch(/^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$/);
    expect(stored.apiDomain.value).toBe('https://www.zohoapis.eu');
    expect(stored.accountsDomain.value).toBe('https://accounts.zoho.eu');

    const options = (await callApi(server, 'GET', configPath(configId(), 'settings/options'), { code: code() })).body;
    expect(options.modules).toEqual(['Leads', 'Contacts', 'Accounts', 'Deals', 'Events', 'Tasks', 'Calls', 'Contact_Us']);
    expect(failing(await verify()).settings).toMatch(/Lead Module/);
    const saved = await callApi(server, 'PATCH', configPath(configId(), 'settings'), {
      code: code(),
      body: {
        crmType: 'zoho',
        values: {
          leadModule: 'Leads',
          appointmentModule: 'Events',
          relatedRecordModule: 'Contacts',
          contactUsModule: null,
          slotAvailabilitySource: 'crm_appointments',
          tokenExpiryAlertEmails: ['admin@acme.example', 'support@heavyset.tech'],
        },
      },
    });
    expect(saved.body.complete).toBe(true);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('shows an error page for unknown codes, mismatched states and Zoho errors', async () => {
    const state = new URL((await authorize()).authorizeUrl).searchParams.get('state') ?? '';
    const unknown = await fetch(`${server.url}/sandbox/zoho/callback?code=1000.nope&state=${state}`);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/Zoho connection failed — HeavySet Tech/);
    const grant = (await callSandbox(server, 'POST', '/sandbox/crm/zoho/codes', { state: 'someone-else', location: 'us' })).body;
    expect((await fetch(`${server.url}/sandbox/zoho/callback?code=${grant.code}&state=someone-else`)).status).toBe(400);
    const denied = await fetch(`${server.url}/sandbox/zoho/callback?error=access_denied&state=${state}`);
    expect(await denied.text()).toMatch(/access was denied/);
    const otherDc = (await callSandbox(server, 'POST', '/sandbox/crm/zoho/codes', { state, location: 'us' })).body;
    const wrongServer = await fetch(
      `${server.url}/sandbox/zoho/callback?code=${otherDc.code}&location=us&accounts-server=${encodeURIComponent('https://accounts.zoho.eu')}&state=${state}`,
    );
    expect(wrongServer.status).toBe(400);
    expect((await callApi(server, 'GET', configPath(configId(), 'connection'), { code: code() })).body.complete).toBe(false);
  });
});
