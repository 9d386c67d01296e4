// Every playbook against the contract and the extension's wiring: pure data that survives JSON,
// valid by the playbook schema, fields and settings as the API names them, and the content-script
// entry of each CRM answering exactly its pages. (test/e2e/conformance/playbook-coverage.ts checks the
// locators and steps against the sandbox pages themselves: every locator finds an element, every page
// step's when and done hold, on some page state the walks reach.)
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { playbooks } from '@/utils/crm';
import { settingsSchema } from '@/utils/crm/settings-schema';
import { PlaybookSchema } from '@/utils/guide/playbook-schema';
import type { Playbook } from '@/utils/guide/playbook';
import { CONNECTION_FIELDS, READ_ONLY_CONNECTION_FIELDS, SettingsValues, type ServerCrmType } from '../sandbox/server/contract-tables';

const contractType = (playbook: Playbook) => playbook.crm as ServerCrmType;

describe.each(playbooks.map((playbook) => [playbook.name, playbook] as const))('%s playbook', (_name, playbook) => {
  it('is pure data: JSON gives it back unchanged', () => {
    expect(JSON.parse(JSON.stringify(playbook))).toEqual(playbook);
  });

  it('passes the playbook schema (every pattern compiles)', () => {
    const parsed = PlaybookSchema.safeParse(JSON.parse(JSON.stringify(playbook)));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('is a CRM type of the contract, with the contract’s connection fields', () => {
    expect(Object.keys(CONNECTION_FIELDS)).toContain(playbook.crm);
    const connection = playbook.fields.filter((f) => f.sendTo === 'connection');
    expect(connection.map((f) => f.key).sort()).toEqual([...CONNECTION_FIELDS[contractType(playbook)]].sort());
    expect(connection.filter((f) => f.readOnly).map((f) => f.key).sort()).toEqual([...READ_ONLY_CONNECTION_FIELDS[contractType(playbook)]].sort());
  });

  it('has the contract’s settings, and its settings schema accepts what the API accepts', () => {
    const server = SettingsValues[contractType(playbook)];
    expect(playbook.settings.map((s) => s.key).sort()).toEqual(Object.keys(server.shape).sort());
    const ours = settingsSchema(playbook.crm)!;
    for (const field of playbook.fields.filter((f) => f.sendTo === 'settings')) {
      expect(playbook.settings.some((s) => s.input.kind === 'field' && s.input.field === field.key), field.key).toBe(true);
    }
    // Each setting alone, with a value the API takes, passes ours too.
    const samples: Record<string, unknown> = {
      jobSoldStageNames: ['Job Sold'],
      appointmentCancelledResultOptions: ['Cancelled'],
      bookingProviderId: '568589504',
      leadModule: 'Leads',
      appointmentModule: 'Events',
      relatedRecordModule: 'Contacts',
      contactUsModule: null,
      slotAvailabilitySource: 'zoho_calendar',
      tokenExpiryAlertEmails: ['admin@acme.example'],
    };
    for (const spec of playbook.settings) {
      const one = { [spec.key]: samples[spec.key] };
      expect(server.safeParse(one).success, `API takes ${spec.key}`).toBe(true);
      expect(ours.safeParse(one).success, `we take ${spec.key}`).toBe(true);
    }
    expect(ours.safeParse({ unknownSetting: 1 }).success).toBe(false);
  });

  it('names only its own fields in steps, checks and guards, and ids once each', () => {
    const keys = new Set(playbook.fields.map((f) => f.key));
    const named = JSON.stringify(playbook.steps).match(/"(captured|sent|field)":"(\w+)"/g) ?? [];
    for (const hit of named) expect(keys.has(hit.split(':')[1]!.replaceAll('"', '')), hit).toBe(true);
    for (const step of playbook.steps) for (const key of step.captures ?? []) expect(keys.has(key), key).toBe(true);
    const ids = playbook.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('content-script entries', () => {
  const entries = readdirSync(resolve('entrypoints')).filter((name) => name.endsWith('.content.ts'));

  it('one per playbook, answering exactly its pages (the manifest and the router read the same list)', async () => {
    expect(entries).toHaveLength(playbooks.length);
    const matched = new Set<string>();
    for (const entry of entries) {
      const definition = (await import(`../../entrypoints/${entry}`)).default as { matches: string[] };
      const playbook = playbooks.find((p) => p.pages === definition.matches);
      expect(playbook, `${entry} takes its matches from a playbook's pages`).toBeDefined();
      matched.add(playbook!.crm);
    }
    expect([...matched].sort()).toEqual(playbooks.map((p) => p.crm).sort());
  });
});
