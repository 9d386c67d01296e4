// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorBody, ConnectionStatus, Session, SettingsStatus } from '../../utils/heavyset/contract';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callApi, callSandbox, configPath } from '../sandbox/server/testing';

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ quiet: true });
});
afterAll(() => server.close());
beforeEach(async () => {
  expect((await callSandbox(server, 'POST', '/sandbox/reset')).status).toBe(200);
});

const leapConnection = () => configPath(server.configIds.leap, 'connection');
const expectError = (result: { status: number; body: unknown }, status: number, code: string) => {
  expect(result.status).toBe(status);
  expect(ApiErrorBody.parse(result.body).error.code).toBe(code);
};

describe('auth', () => {
  it('answers the session of a valid code', async () => {
    const result = await callApi(server, 'GET', '/v1/session', { code: server.codes.servicetitan });
    expect(result.status).toBe(200);
    const session = Session.parse(result.body);
    expect(session.organization.name).toBe('Acme Roofing');
    expect(session.crmConfig).toMatchObject({ id: server.configIds.servicetitan, crmType: 'servicetitan' });
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('refuses missing, unknown, expired and revoked codes with 401', async () => {
    for (const code of [null, 'hsc_notARealCodeButWellFormed123456', server.codes.expired, server.codes.revoked]) {
      expectError(await callApi(server, 'GET', '/v1/session', { code }), 401, 'unauthorized');
    }
  });

  it('answers 403 when the code belongs to another config (other organization) and 404 for unknown configs', async () => {
    expectError(await callApi(server, 'GET', leapConnection(), { code: server.codes.otherOrg }), 403, 'forbidden');
    expectError(await callApi(server, 'GET', leapConnection(), { code: server.codes.zoho }), 403, 'forbidden');
    expectError(await callApi(server, 'GET', configPath('cfg_nope', 'connection')), 404, 'not_found');
    expectError(await callApi(server, 'GET', '/v1/nothing'), 404, 'not_found');
  });
});

describe('connection and settings', () => {
  it('stores connection values and shows only the last 4 characters', async () => {
    const result = await callApi(server, 'PATCH', leapConnection(), {
      body: { crmType: 'leap', values: { apiToken: 'eyJsecret-token-value-WXYZ' } },
    });
    expect(result.status).toBe(200);
    const status = ConnectionStatus.parse(result.body);
    expect(status).toMatchObject({ crmType: 'leap', complete: true, fields: { apiToken: { set: true, hint: 'WXYZ' } } });
    expect(JSON.stringify(result.body)).not.toContain('secret-token');
    const st = await callApi(server, 'GET', configPath(server.configIds.servicetitan, 'connection'), { code: server.codes.servicetitan });
    expect(st.body).toEqual({
      crmType: 'servicetitan',
      fields: { tenantId: { set: false }, clientId: { set: false }, clientSecret: { set: false }, applicationKey: { set: false } },
      complete: false,
    });
  });

  it('answers 409 crm_type_mismatch and 409 not_connected', async () => {
    expectError(
      await callApi(server, 'PATCH', leapConnection(), { body: { crmType: 'zoho', values: { apiToken: 'x' } } }),
      409,
      'crm_type_mismatch',
    );
    expectError(await callApi(server, 'GET', configPath(server.configIds.leap, 'settings/options')), 409, 'not_connected');
    const authorize = await callApi(server, 'POST', configPath(server.configIds.leap, 'zoho/authorize'), { body: {} });
    expectError(authorize, 409, 'crm_type_mismatch');
  });

  it('answers 422 with fields for unknown fields, wrong types and read-only Zoho fields', async () => {
    const unknown = await callApi(server, 'PATCH', leapConnection(), {
      body: { crmType: 'leap', values: { apiToken: 42, password: 'x' } },
    });
    expectError(unknown, 422, 'validation_failed');
    expect(Object.keys(unknown.body.error.fields).sort()).toEqual(['apiToken', 'password']);
    expect(unknown.body.error.fields.apiToken).toMatch(/string/);

    const zoho = await callApi(server, 'PATCH', configPath(server.configIds.zoho, 'connection'), {
      code: server.codes.zoho,
      body: { crmType: 'zoho', values: { refreshToken: '1000.abc' } },
    });
    expectError(zoho, 422, 'validation_failed');
    expect(zoho.body.error.fields.refreshToken).toMatch(/Read-only/);
  });

  it('validates settings per CRM type', async () => {
    const leapSettings = configPath(server.configIds.leap, 'settings');
    const leapBad = await callApi(server, 'PATCH', leapSettings, {
      body: { crmType: 'leap', values: { jobSoldStageNames: ['Job Sold', 'Sold!!'], color: 'red' } },
    });
    expectError(leapBad, 422, 'validation_failed');
    expect(leapBad.body.error.fields).toEqual({ color: 'Unknown field.' });
    const leapStray = await callApi(server, 'PATCH', leapSettings, {
      body: { crmType: 'leap', values: { jobSoldStageNames: ['Job Sold', 'Sold!!'] } },
    });
    expect(leapStray.body.error.fields.jobSoldStageNames).toContain('"Sold!!"');

    const st = await callApi(server, 'PATCH', configPath(server.configIds.servicetitan, 'settings'), {
      code: server.codes.servicetitan,
      body: { crmType: 'servicetitan', values: { bookingProviderId: '12a34' } },
    });
    expect(st.body.error.fields).toHaveProperty('bookingProviderId');

    const zohoSettings = configPath(server.configIds.zoho, 'settings');
    const emails = Array.from({ length: 21 }, (_, i) => `admin${i}@example.com`);
    const zohoBad = await callApi(server, 'PATCH', zohoSettings, {
      code: server.codes.zoho,
      body: { crmType: 'zoho', values: { tokenExpiryAlertEmails: emails, slotAvailabilitySource: 'calendar' } },
    });
    expect(Object.keys(zohoBad.body.error.fields).sort()).toEqual(['slotAvailabilitySource', 'tokenExpiryAlertEmails']);
    const zohoBadEmail = await callApi(server, 'PATCH', zohoSettings, {
      code: server.codes.zoho,
      body: { crmType: 'zoho', values: { tokenExpiryAlertEmails: ['ok@example.com', 'not-an-address'] } },
    });
    expect(zohoBadEmail.body.error.fields).toHaveProperty('tokenExpiryAlertEmails');

    const ok = await callApi(server, 'PATCH', leapSettings, {
      body: { crmType: 'leap', values: { jobSoldStageNames: ['Job Sold'], appointmentCancelledResultOptions: ['No Show'] } },
    });
    expect(SettingsStatus.parse(ok.body)).toEqual({
      crmType: 'leap',
      values: { jobSoldStageNames: ['Job Sold'], appointmentCancelledResultOptions: ['No Show'] },
      complete: true,
    });
  });

  it('answers 400 for bad JSON and writes without a UUID Idempotency-Key', async () => {
    expectError(await callApi(server, 'PATCH', leapConnection(), { rawBody: '{"crmType":' }), 400, 'invalid_request');
    const body = { crmType: 'leap', values: { apiToken: 'eyJabc' } };
    expectError(await callApi(server, 'PATCH', leapConnection(), { body, key: null }), 400, 'invalid_request');
    expectError(await callApi(server, 'PATCH', leapConnection(), { body, key: 'not-a-uuid' }), 400, 'invalid_request');
  });
});

describe('idempotency', () => {
  it('replays the first response for the same key and body and applies nothing twice', async () => {
    const key = randomUUID();
    const body = { crmType: 'leap', values: { apiToken: 'eyJfirst-1234' } };
    const first = await callApi(server, 'PATCH', leapConnection(), { body, key });
    const again = await callApi(server, 'PATCH', leapConnection(), { body, key });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const state = await callSandbox(server, 'GET', '/sandbox/state');
    const config = state.body.configs[server.configIds.leap];
    expect(config.writeLog.filter((entry: { field: string }) => entry.field === 'apiToken')).toHaveLength(1);
    expect(config.connection.apiToken.value).toBe('eyJfirst-1234');
  });

  it('answers 409 idempotency_conflict for the same key with a different body', async () => {
    const key = randomUUID();
    await callApi(server, 'PATCH', leapConnection(), { body: { crmType: 'leap', values: { apiToken: 'eyJone' } }, key });
    const conflict = await callApi(server, 'PATCH', leapConnection(), {
      body: { crmType: 'leap', values: { apiToken: 'eyJtwo' } },
      key,
    });
    expectError(conflict, 409, 'idempotency_conflict');
    const state = await callSandbox(server, 'GET', '/sandbox/state');
    expect(state.body.configs[server.configIds.leap].connection.apiToken.value).toBe('eyJone');
  });
});

describe('limits', () => {
  it('refuses bodies over 64 KiB by Content-Length and when streamed', async () => {
    const big = { crmType: 'leap', values: { apiToken: 'x'.repeat(70 * 1024) } };
    expectError(await callApi(server, 'PATCH', leapConnection(), { body: big }), 413, 'payload_too_large');

    // Streamed without Content-Length: the server must count what arrives.
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 6) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(server.url + leapConnection(), {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${server.codes.leap}`, 'Idempotency-Key': randomUUID() },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('answers 429 with Retry-After after 300 requests a minute per code', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 301; i++) statuses.push((await callApi(server, 'GET', '/v1/session', { code: server.codes.zoho })).status);
    expect(statuses.slice(0, 300).every((s) => s === 200)).toBe(true);
    const limited = await callApi(server, 'GET', '/v1/session', { code: server.codes.zoho });
    expectError(limited, 429, 'rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other codes have their own budget.
    expect((await callApi(server, 'GET', '/v1/session', { code: server.codes.leap })).status).toBe(200);
  }, 30_000); // 302 requests one after another: seconds on a machine busy with the browser tests
});

describe('faults', () => {
  it('answers 500 for the next N requests, then normally', async () => {
    const added = await callSandbox(server, 'POST', '/sandbox/faults', { kind: '500', count: 2 });
    expect(added.status).toBe(201);
    expectError(await callApi(server, 'GET', '/v1/session'), 500, 'server_error');
    expectError(await callApi(server, 'GET', '/v1/session'), 500, 'server_error');
    expect((await callApi(server, 'GET', '/v1/session')).status).toBe(200);
  });

  it('injects 429 with the given Retry-After only on the given path prefix', async () => {
    await callSandbox(server, 'POST', '/sandbox/faults', { kind: '429', count: 1, retryAfter: 7, pathPrefix: '/v1/crm-configs' });
    expect((await callApi(server, 'GET', '/v1/session')).status).toBe(200);
    const limited = await callApi(server, 'GET', leapConnection());
    expectError(limited, 429, 'rate_limited');
    expect(limited.headers.get('retry-after')).toBe('7');
  });

  it('drops the connection and hangs until the client gives up', async () => {
    await callSandbox(server, 'POST', '/sandbox/faults', { kind: 'drop', count: 1 });
    await expect(callApi(server, 'GET', '/v1/session')).rejects.toThrow();
    await callSandbox(server, 'POST', '/sandbox/faults', { kind: 'hang', count: 1 });
    const hung = fetch(server.url + '/v1/session', {
      headers: { Authorization: `Bearer ${server.codes.leap}` },
      signal: AbortSignal.timeout(300),
    });
    await expect(hung).rejects.toThrow(/abort|timeout/i);
    expect((await callApi(server, 'GET', '/v1/session')).status).toBe(200);
  });

  it('refuses malformed fault requests', async () => {
    expect((await callSandbox(server, 'POST', '/sandbox/faults', { kind: 'boom', count: 1 })).status).toBe(422);
  });
});

describe('CORS', () => {
  it('answers preflights from extension origins and echoes the origin', async () => {
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const preflight = await fetch(server.url + leapConnection(), {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, PATCH, POST, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type, Idempotency-Key, If-None-Match');
    expect(preflight.headers.get('access-control-allow-private-network')).toBe('true');
    const firefox = await callApi(server, 'GET', '/v1/session', { headers: { Origin: 'moz-extension://1234-abcd' } });
    expect(firefox.headers.get('access-control-allow-origin')).toBe('moz-extension://1234-abcd');
    expect(firefox.headers.get('access-control-expose-headers')).toBe('Retry-After, ETag, Date');
  });

  it('gives web origins no CORS permission', async () => {
    const web = await callApi(server, 'GET', '/v1/session', { headers: { Origin: 'https://evil.example' } });
    expect(web.headers.get('access-control-allow-origin')).toBeNull();
  });
});
