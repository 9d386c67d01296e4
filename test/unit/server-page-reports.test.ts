// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../utils/heavyset/contract';
import { PageReportCreated, type PageReportRequest } from '../../utils/heavyset/contract-playbooks';
import { KEPT_PAGE_REPORTS } from '../sandbox/server/page-reports';
import { startReferenceServer, type ReferenceServer } from '../sandbox/server/index';
import { callApi, callSandbox, configPath } from '../sandbox/server/testing';

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ quiet: true, rateLimitPerMinute: 10_000 });
});
afterAll(() => server.close());
beforeEach(async () => {
  expect((await callSandbox(server, 'POST', '/sandbox/reset')).status).toBe(200);
});

const MiB = 1024 * 1024;
const reportsPath = () => configPath(server.configIds.leap, 'page-reports');
const report = (overrides: Partial<PageReportRequest> = {}): PageReportRequest => ({
  crmType: 'leap',
  pageUrl: 'https://www.jobprogress.com/app/settings/developers',
  stepId: 'leap-generate-token',
  playbookVersion: 7,
  extensionVersion: '0.3.0',
  note: 'The Generate button moved.',
  snapshot: '<main><h1>Developers</h1><input aria-label="Token" value="[value]"></main>',
  ...overrides,
});
const expectError = (result: { status: number; body: unknown }, status: number, code: string) => {
  expect(result.status).toBe(status);
  expect(ApiErrorBody.parse(result.body).error.code).toBe(code);
};
const storedReports = async () => (await callSandbox(server, 'GET', '/sandbox/page-reports')).body.reports as Record<string, unknown>[];

describe('POST /v1/crm-configs/{configId}/page-reports', () => {
  it('stores the report with a rep_ id and receivedAt and answers 201 {id}', async () => {
    const sent = report();
    const result = await callApi(server, 'POST', reportsPath(), { body: sent });
    expect(result.status).toBe(201);
    expect(Object.keys(result.body)).toEqual(['id']);
    const { id } = PageReportCreated.parse(result.body);
    expect(id).toMatch(/^rep_[A-Za-z0-9]{24}$/);
    const [stored, ...rest] = await storedReports();
    expect(rest).toEqual([]);
    expect(stored).toEqual({ ...sent, id, configId: server.configIds.leap, receivedAt: expect.any(String) });
    expect(Math.abs(Date.parse(String(stored?.receivedAt)) - Date.now())).toBeLessThan(60_000);
    // Nulls are accepted for a page outside any step and an extension without a remote playbook.
    const other = await callApi(server, 'POST', configPath(server.configIds.zoho, 'page-reports'), {
      code: server.codes.zoho,
      body: report({ crmType: 'zoho', pageUrl: 'https://accounts.zoho.eu/oauth/v2/auth', stepId: null, playbookVersion: null, note: '' }),
    });
    expect(other.status).toBe(201);
    expect((await storedReports()).map((r) => r.configId)).toEqual([server.configIds.leap, server.configIds.zoho]);
  });

  it('answers 401 without a code and 403 with another config’s code', async () => {
    expectError(await callApi(server, 'POST', reportsPath(), { code: null, body: report() }), 401, 'unauthorized');
    expectError(await callApi(server, 'POST', reportsPath(), { code: server.codes.zoho, body: report() }), 403, 'forbidden');
    expectError(await callApi(server, 'POST', reportsPath(), { code: server.codes.otherOrg, body: report() }), 403, 'forbidden');
    expectError(await callApi(server, 'GET', reportsPath()), 404, 'not_found');
    expect(await storedReports()).toEqual([]);
  });

  it('answers 409 crm_type_mismatch when the report is about another CRM', async () => {
    expectError(await callApi(server, 'POST', reportsPath(), { body: report({ crmType: 'servicetitan' }) }), 409, 'crm_type_mismatch');
  });

  it('answers 422 with fields for a query or fragment in pageUrl, a long note, unknown fields', async () => {
    const query = await callApi(server, 'POST', reportsPath(), { body: report({ pageUrl: 'https://www.jobprogress.com/app/?token=abc' }) });
    expectError(query, 422, 'validation_failed');
    expect(query.body.error.fields).toEqual({ pageUrl: 'Remove the query (everything from "?").' });
    const fragment = await callApi(server, 'POST', reportsPath(), { body: report({ pageUrl: 'https://www.jobprogress.com/app/#/settings' }) });
    expect(fragment.body.error.fields).toHaveProperty('pageUrl');
    const many = await callApi(server, 'POST', reportsPath(), {
      body: { ...report({ note: 'x'.repeat(2001), extensionVersion: '0.3' }), values: { apiToken: 'eyJ…' } },
    });
    expect(Object.keys(many.body.error.fields).sort()).toEqual(['extensionVersion', 'note', 'values']);
    expectError(await callApi(server, 'POST', reportsPath()), 422, 'validation_failed');
    expect(await storedReports()).toEqual([]);
  });

  it('takes snapshots past 64 KiB and refuses bodies over 1 MiB with 413 (declared or streamed)', async () => {
    expect((await callApi(server, 'POST', reportsPath(), { body: report({ snapshot: 'x'.repeat(900 * 1024) }) })).status).toBe(201);
    const over = await callApi(server, 'POST', reportsPath(), { body: report({ snapshot: 'x'.repeat(MiB) }) });
    expectError(over, 413, 'payload_too_large');
    expect(over.body.error.message).toContain('1 MiB');

    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 17) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await fetch(server.url + reportsPath(), {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.codes.leap}`, 'Idempotency-Key': randomUUID() },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await storedReports()).toHaveLength(1);
    // The 1 MiB is this route's only: other writes keep 64 KiB.
    const verify = await callApi(server, 'POST', configPath(server.configIds.leap, 'verify'), { rawBody: JSON.stringify({ pad: 'x'.repeat(70 * 1024) }) });
    expectError(verify, 413, 'payload_too_large');
  });

  it('needs an Idempotency-Key, replays the first answer and stores nothing twice', async () => {
    expectError(await callApi(server, 'POST', reportsPath(), { body: report(), key: null }), 400, 'invalid_request');
    const key = randomUUID();
    const first = await callApi(server, 'POST', reportsPath(), { body: report(), key });
    const again = await callApi(server, 'POST', reportsPath(), { body: report(), key });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expectError(await callApi(server, 'POST', reportsPath(), { body: report({ note: 'other' }), key }), 409, 'idempotency_conflict');
    expect((await storedReports()).map((r) => r.id)).toEqual([first.body.id]);
  });

  it(`keeps the newest ${KEPT_PAGE_REPORTS} reports`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < KEPT_PAGE_REPORTS + 2; i++) ids.push((await callApi(server, 'POST', reportsPath(), { body: report({ note: String(i) }) })).body.id);
    expect((await storedReports()).map((r) => r.id)).toEqual(ids.slice(2));
  });
});
