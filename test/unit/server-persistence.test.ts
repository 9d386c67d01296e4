// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CONNECT_CODE_PATTERN } from '../../utils/heavyset/contract';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callApi, callSandbox, configPath } from '../sandbox/server/testing';

const dirs: string[] = [];
const servers: ReferenceServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir?: string): Promise<ReferenceServer> {
  const server = await startReferenceServer({ dataDir, quiet: true });
  servers.push(server);
  return server;
}

describe('persistence', () => {
  it('keeps codes, values, CRM data and idempotency keys across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hs-ref-'));
    dirs.push(dataDir);
    const first = await start(dataDir);
    for (const code of Object.values(first.codes)) expect(code).toMatch(/^hsc_[A-Za-z0-9]{32}$/);
    expect(first.codes.leap).toMatch(CONNECT_CODE_PATTERN);
    const { body: token } = await callSandbox(first, 'POST', '/sandbox/crm/leap/tokens', { name: 'HeavySet Tech' });
    const key = randomUUID();
    const body = { crmType: 'leap', values: { apiToken: token.token } };
    await callApi(first, 'PATCH', configPath(first.configIds.leap, 'connection'), { body, key });
    await first.close();
    servers.splice(0);
    // Written atomically: only the state file is left, no temporary file.
    expect(readdirSync(dataDir)).toEqual(['heavyset-reference-server.json']);
    expect(JSON.parse(readFileSync(join(dataDir, 'heavyset-reference-server.json'), 'utf8')).codes).toEqual(first.codes);

    const second = await start(dataDir);
    expect(second.codes).toEqual(first.codes);
    const replay = await callApi(second, 'PATCH', configPath(second.configIds.leap, 'connection'), { body, key });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const verify = await callApi(second, 'POST', configPath(second.configIds.leap, 'verify'));
    expect(verify.body.checks[0]).toMatchObject({ id: 'token', ok: true });
    const state = (await callSandbox(second, 'GET', '/sandbox/state')).body;
    expect(state.configs[second.configIds.leap].writeLog).toHaveLength(1);
  });

  it('without a data dir every server starts from fresh codes', async () => {
    const a = await start();
    const b = await start();
    expect(a.codes.leap).not.toBe(b.codes.leap);
  });
});

describe('reset', () => {
  it('goes back to the seed and keeps the codes and the tenant', async () => {
    const server = await start();
    const before = (await callSandbox(server, 'GET', '/sandbox/state')).body;
    await callSandbox(server, 'POST', '/sandbox/crm/servicetitan/tags', { name: 'HeavySet Tech', description: '' });
    await callApi(server, 'PATCH', configPath(server.configIds.leap, 'connection'), { body: { crmType: 'leap', values: { apiToken: 'eyJx' } } });
    await callSandbox(server, 'POST', '/sandbox/faults', { kind: '500', count: 5 });
    expect((await callSandbox(server, 'POST', '/sandbox/reset')).status).toBe(200);
    const after = (await callSandbox(server, 'GET', '/sandbox/state')).body;
    expect(after.codes).toEqual(before.codes);
    expect(after.crm.servicetitan.tenantId).toBe(before.crm.servicetitan.tenantId);
    expect(after.crm.servicetitan.tags).toHaveLength(1);
    expect(after.configs[server.configIds.leap].connection).toEqual({});
    expect(after.faults).toEqual([]);
    expect((await callApi(server, 'GET', '/v1/session')).status).toBe(200);
  });
});
