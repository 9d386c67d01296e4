// The popup's one next action, decided from what the background knows, for each CRM's playbook.
import { describe, expect, it } from 'vitest';
import { nextAction, troubleFor } from '@/components/nextAction';
import { leapPlaybook } from '@/utils/crm/leap';
import { serviceTitanPlaybook } from '@/utils/crm/servicetitan';
import { zohoPlaybook } from '@/utils/crm/zoho';
import { updateRuleProblem } from '@/utils/background/playbooks/rules';
import type { PopupState, ValueView } from '@/utils/messages';

const state = (overrides: Partial<PopupState> = {}): PopupState => ({
  configured: true,
  values: [],
  checklist: [],
  queue: { state: 'idle', attempts: 0 },
  fillValues: {},
  drafts: {},
  expiryHours: 24,
  notices: [],
  elsewhere: [],
  ...overrides,
});
const value = (field: string, status: ValueView['status'], extra: Partial<ValueView> = {}): ValueView => ({ field, label: field, secret: false, status, history: [], ...extra });
const clean = { settingsDirty: false };

describe('next action', () => {
  it('Zoho: Connect first (its data centre above), never "send the values"', () => {
    const next = nextAction(zohoPlaybook, state(), clean);
    expect(next).toMatchObject({ kind: 'connect', label: 'Connect Zoho' });
    expect(next.hint).not.toMatch(/send/i);
    expect(nextAction(zohoPlaybook, state({ oauth: { state: 'waiting', message: '' } }), clean)).toMatchObject({ kind: 'connect', blocked: true });
  });

  it('Zoho connected: the settings, then Verify', () => {
    const connection = { crmType: 'zoho' as const, fields: {}, complete: true };
    expect(nextAction(zohoPlaybook, state({ connection }), clean).kind).toBe('save');
    const saved = state({ connection, settings: { values: {}, complete: true, savedAt: '2026-11-23T10:00:00Z' } });
    expect(nextAction(zohoPlaybook, saved, clean)).toMatchObject({ kind: 'verify', label: 'Verify' });
    const verified = { ...saved, verify: { ok: true, checks: [], at: '2026-11-23T10:01:00Z' } };
    expect(nextAction(zohoPlaybook, verified, clean)).toMatchObject({ kind: 'done', label: 'Verify again' });
    expect(nextAction(zohoPlaybook, verified, { settingsDirty: true }).kind).toBe('save');
  });

  it('ServiceTitan: the Developer Portal while values are missing, Send as soon as one is captured', () => {
    expect(nextAction(serviceTitanPlaybook, state(), clean)).toMatchObject({ kind: 'start', label: 'Open the ServiceTitan Developer Portal' });
    const two = state({ values: [value('tenantId', 'captured'), value('clientId', 'captured')] });
    expect(nextAction(serviceTitanPlaybook, two, clean)).toMatchObject({ kind: 'send', hint: 'Next: send 2 values to HeavySet.' });
    const sentTwo = state({ values: [value('tenantId', 'sent', { label: 'Tenant ID' }), value('clientId', 'sent', { label: 'Client ID' })] });
    expect(nextAction(serviceTitanPlaybook, sentTwo, clean).hint).toBe(
      'Next: capture the Client Secret, Application Key and Booking Provider ID on ServiceTitan’s pages: the card there shows each step.',
    );
  });

  it('a refused connect code stops sending until it is replaced', () => {
    const refused = state({ values: [value('apiToken', 'captured')], codeProblem: { title: 'Connect code expired', message: 'expired' } });
    expect(nextAction(leapPlaybook, refused, clean)).toMatchObject({ kind: 'send', blocked: true, hint: expect.stringMatching(/until the connect code is replaced/) });
  });

  it('a failed check only a new value fixes leads back to the CRM; another one to Verify again', () => {
    const base = state({
      values: [value('apiToken', 'sent', { sentAt: '2026-11-23T10:00:00Z' })],
      connection: { crmType: 'leap', fields: { apiToken: { set: true } }, complete: true },
      settings: { values: {}, complete: true, savedAt: '2026-11-23T10:00:00Z' },
    });
    const token = { ...base, verify: { ok: false, at: '2026-11-23T10:05:00Z', checks: [{ id: 'token', label: 'API token accepted by Leap', ok: false }] } };
    expect(nextAction(leapPlaybook, token, clean)).toMatchObject({ kind: 'start', label: 'Open Leap → Settings → Developers' });
    const settings = { ...base, verify: { ok: false, at: '2026-11-23T10:05:00Z', checks: [{ id: 'settings', label: 'Leap settings complete', ok: false }] } };
    expect(nextAction(leapPlaybook, settings, clean)).toMatchObject({ kind: 'verify', label: 'Verify again' });
  });

  it('ties the seed’s fixes to their checks and fields only', () => {
    expect(troubleFor(leapPlaybook, { check: 'token' })).toMatch(/generate a new token/);
    expect(troubleFor(leapPlaybook, { check: 'settings' })).toBeUndefined();
    expect(troubleFor(serviceTitanPlaybook, { check: 'clientSecret' })).toMatch(/capture a new Client Secret/);
    expect(troubleFor(serviceTitanPlaybook, { field: 'tenantId' })).toMatch(/View Connections for Tenant ID/);
    expect(troubleFor(zohoPlaybook, { check: 'connection' })).toMatch(/Repeat Steps 4–6/);
    expect(troubleFor(zohoPlaybook, { check: 'settings' })).toBeUndefined();
  });

  it('every playbook names where it starts, on one of its own pages or by its OAuth Connect', () => {
    for (const playbook of [leapPlaybook, serviceTitanPlaybook, zohoPlaybook]) {
      const start = playbook.start!;
      if ('url' in start) expect(playbook.pages.some((p) => new RegExp(`^${p.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(start.url))).toBe(true);
      else expect(start.label).toBe(playbook.oauth?.label);
    }
  });

  it('a signed update may reword the start button, never move it to another page', () => {
    const reworded = { ...leapPlaybook, start: { label: 'Go to Leap’s Developers page', url: 'https://www.jobprogress.com/app/#/settings/developers' } };
    expect(updateRuleProblem(reworded, leapPlaybook)).toBeNull();
    const moved = { ...leapPlaybook, start: { label: 'Open Leap', url: 'https://www.jobprogress.com/app/#/somewhere-else' } };
    expect(updateRuleProblem(moved, leapPlaybook)).toBe('It changes the page the assistant opens to start: updates cannot.');
    const toOAuth = { ...leapPlaybook, start: { label: 'Connect', oauth: true as const } };
    expect(updateRuleProblem(toOAuth, leapPlaybook)).not.toBeNull();
  });
});
