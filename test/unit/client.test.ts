// @vitest-environment node
// The ky client against the reference server: parsing, error mapping, retries, idempotency.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, createClient } from '@/utils/heavyset/client';
import { codeRefusal, describeFailure } from '@/utils/heavyset/errors';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callSandbox } from '../sandbox/server/testing';

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ quiet: true });
});
afterAll(() => server.close());
beforeEach(async () => {
  await callSandbox(server, 'POST', '/sandbox/reset');
});

const client = (code = server.codes.leap, retries = 3) => createClient({ apiUrl: server.url, connectCode: code, retries, timeoutMs: 3_000 });
const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).failure;
};
async function issuedLeapToken(): Promise<string> {
  return (await callSandbox(server, 'POST', '/sandbox/crm/leap/tokens', { name: 'HeavySet Tech' })).body.token as string;
}

describe('HeavySet client against the reference server', () => {
  it('opens a session and reads the organization and CRM config', async () => {
    const session = await client().session();
    expect(session.organization.name).toBe('Acme Roofing');
    expect(session.crmConfig).toMatchObject({ id: server.configIds.leap, crmType: 'leap' });
  });

  it('maps an expired code to a message that says how to get a new one', async () => {
    const failure = await failureOf(client(server.codes.expired).session());
    expect(failure).toMatchObject({ kind: 'http', status: 401, code: 'unauthorized' });
    expect(describeFailure(failure)).toMatch(/refused the connect code: “This connect code has expired: ask HeavySet for a new one\.” .*Connect code/);
    expect(codeRefusal(failure)).toEqual({ title: 'Connect code expired', message: 'This connect code has expired: ask HeavySet for a new one.' });
  });

  it('gives HeavySet’s own words for a mistyped code: unknown, not expired', async () => {
    const failure = await failureOf(client('hsc_AbCdEfGhIjKlMnOpQrStUvWxYz12').session());
    expect(failure).toMatchObject({ kind: 'http', status: 401, code: 'unauthorized' });
    expect(describeFailure(failure)).toMatch(/This connect code is not known/);
    expect(describeFailure(failure)).not.toMatch(/expired|revoked/);
    expect(codeRefusal(failure)?.title).toBe('Connect code not recognised');
    expect(codeRefusal(await failureOf(client(server.codes.revoked).session()))?.title).toBe('Connect code revoked');
  });

  it('says which field HeavySet refused and why (422)', async () => {
    const failure = await failureOf(
      client().patchConnection(server.configIds.leap, { crmType: 'leap', values: { apiKey: 'x' } }, crypto.randomUUID()),
    );
    expect(failure).toMatchObject({ kind: 'http', status: 422, code: 'validation_failed' });
    expect(describeFailure(failure, { apiKey: 'API Key' })).toMatch(/^HeavySet refused API Key: /);
  });

  it('retries through two 500s and applies the value once', async () => {
    const token = await issuedLeapToken();
    await callSandbox(server, 'POST', '/sandbox/faults', { kind: '500', count: 2, pathPrefix: '/v1/crm-configs' });
    const status = await client().patchConnection(server.configIds.leap, { crmType: 'leap', values: { apiToken: token } }, crypto.randomUUID());
    expect(status.fields.apiToken).toMatchObject({ set: true, hint: token.slice(-4) });
    const state = (await callSandbox(server, 'GET', '/sandbox/state')).body;
    expect(state.configs[server.configIds.leap].writeLog.filter((w: { field: string }) => w.field === 'apiToken')).toHaveLength(1);
  });

  it('honours Retry-After on 429 before trying again', async () => {
    await callSandbox(server, 'POST', '/sandbox/faults', { kind: '429', count: 1, retryAfter: 1, pathPrefix: '/v1/session' });
    const started = Date.now();
    await client().session();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('reports offline when the connection drops every time, and says it is retryable', async () => {
    await callSandbox(server, 'POST', '/sandbox/faults', { kind: 'drop', count: 5, pathPrefix: '/v1/session' });
    const error = await client(server.codes.leap, 1).session().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).failure.kind).toBe('offline');
    expect((error as ApiError).retryable).toBe(true);
  });

  it('replays under the same idempotency key without applying twice', async () => {
    const token = await issuedLeapToken();
    const key = crypto.randomUUID();
    const body = { crmType: 'leap' as const, values: { apiToken: token } };
    await client().patchConnection(server.configIds.leap, body, key);
    await client().patchConnection(server.configIds.leap, body, key);
    const state = (await callSandbox(server, 'GET', '/sandbox/state')).body;
    expect(state.configs[server.configIds.leap].writeLog).toHaveLength(1);
  });

  it('reads settings options once connected, and verifies', async () => {
    const token = await issuedLeapToken();
    const c = client();
    expect(await failureOf(c.settingsOptions(server.configIds.leap))).toMatchObject({ code: 'not_connected' });
    await c.patchConnection(server.configIds.leap, { crmType: 'leap', values: { apiToken: token } }, crypto.randomUUID());
    const options = await c.settingsOptions(server.configIds.leap);
    expect(options.jobStageNames).toContain('Job Sold');
    const verify = await c.verify(server.configIds.leap, crypto.randomUUID());
    expect(verify.checks.find((check) => check.id === 'token')?.ok).toBe(true);
  });
});
