// ConnectionStatus / SettingsStatus / options of a CRM config, and the validated PATCHes.
import { z } from 'zod';
import type { ConnectionStatus, SettingsOptions, SettingsStatus } from '../../../utils/heavyset/contract';
import { CONNECTION_FIELDS, READ_ONLY_CONNECTION_FIELDS, ServerCrmType as CrmType, SettingsValues } from './contract-tables';
import { writeConnectionField, writeSetting } from './config-writes';
import { HttpError } from './http';
import type { CrmConfig, ServerState } from './state';
import { fieldsOf, parseOr422, validationFailed } from './validation';

const MAX_VALUE_LENGTH = 4096;
const Envelope = z.object({ crmType: CrmType, values: z.record(z.string(), z.unknown()) }).strict();

function parseEnvelope(config: CrmConfig, body: unknown): Record<string, unknown> {
  const envelope = parseOr422(Envelope, body);
  if (envelope.crmType !== config.crmType) {
    throw new HttpError(
      409,
      'crm_type_mismatch',
      `This CRM config is ${config.crmType}, not ${envelope.crmType}: check the connect code in the options page.`,
    );
  }
  return envelope.values;
}

export function connectionStatus(config: CrmConfig): ConnectionStatus {
  const fields: ConnectionStatus['fields'] = {};
  for (const name of CONNECTION_FIELDS[config.crmType]) {
    const stored = config.connection[name];
    fields[name] = stored ? { set: true, hint: stored.value.slice(-4), updatedAt: stored.updatedAt } : { set: false };
  }
  return { crmType: config.crmType, fields, complete: isConnected(config) };
}

export function isConnected(config: CrmConfig): boolean {
  return CONNECTION_FIELDS[config.crmType].every((name) => config.connection[name] !== undefined);
}

function connectionValueProblem(config: CrmConfig, name: string, value: unknown): string | undefined {
  const known: readonly string[] = CONNECTION_FIELDS[config.crmType];
  if (!known.includes(name)) return 'Unknown field.';
  if (READ_ONLY_CONNECTION_FIELDS[config.crmType].includes(name)) {
    return 'Read-only: HeavySet sets it when Zoho redirects back (press Connect Zoho).';
  }
  if (typeof value !== 'string') return 'Wrong type: expected string.';
  if (value.length === 0) return 'Must not be empty.';
  if (value.trim() !== value) return 'Remove the spaces or line breaks around the value.';
  if (value.length > MAX_VALUE_LENGTH) return `At most ${MAX_VALUE_LENGTH} characters.`;
  return undefined;
}

export function patchConnection(config: CrmConfig, body: unknown, at: string): ConnectionStatus {
  const values = parseEnvelope(config, body);
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    const problem = connectionValueProblem(config, name, value);
    if (problem) fields[name] = problem;
  }
  if (Object.keys(fields).length) throw validationFailed(fields);
  for (const [name, value] of Object.entries(values)) writeConnectionField(config, name, value as string, at);
  return connectionStatus(config);
}

const REQUIRED_SETTINGS: Record<CrmType, string[]> = {
  leap: ['jobSoldStageNames', 'appointmentCancelledResultOptions'],
  servicetitan: ['bookingProviderId'],
  zoho: ['leadModule', 'appointmentModule', 'relatedRecordModule', 'slotAvailabilitySource'],
};

export function missingSettings(config: CrmConfig): string[] {
  return REQUIRED_SETTINGS[config.crmType].filter((key) => {
    const value = config.settings[key];
    return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  });
}

export function settingsStatus(config: CrmConfig): SettingsStatus {
  return { crmType: config.crmType, values: { ...config.settings }, complete: missingSettings(config).length === 0 };
}

/** Values that must be among what the CRM offers. */
function notOffered(state: ServerState, config: CrmConfig, values: Record<string, unknown>): Record<string, string> {
  const fields: Record<string, string> = {};
  const check = (key: string, offered: string[], what: string) => {
    const value = values[key];
    const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    const stray = chosen.filter((item): item is string => typeof item === 'string' && !offered.includes(item));
    if (stray.length) fields[key] = `Not among ${what}: ${stray.map((s) => `"${s}"`).join(', ')}.`;
  };
  if (config.crmType === 'leap') {
    check('jobSoldStageNames', state.crm.leap.options.jobStageNames, "Leap's job stage names");
    check('appointmentCancelledResultOptions', state.crm.leap.options.appointmentResultOptions, "Leap's appointment result options");
  }
  if (config.crmType === 'zoho') {
    for (const key of ['leadModule', 'appointmentModule', 'relatedRecordModule', 'contactUsModule']) {
      check(key, state.crm.zoho.modules, "this Zoho account's modules");
    }
  }
  return fields;
}

export function patchSettings(state: ServerState, config: CrmConfig, body: unknown, at: string): SettingsStatus {
  const values = parseEnvelope(config, body);
  const parsed = SettingsValues[config.crmType].safeParse(values);
  if (!parsed.success) throw validationFailed(fieldsOf(parsed.error));
  const stray = notOffered(state, config, parsed.data);
  if (Object.keys(stray).length) throw validationFailed(stray);
  for (const [key, value] of Object.entries(parsed.data)) writeSetting(config, key, value, at);
  return settingsStatus(config);
}

export function settingsOptions(state: ServerState, config: CrmConfig): SettingsOptions {
  if (!isConnected(config)) {
    throw new HttpError(
      409,
      'not_connected',
      'HeavySet reads the options from the CRM with the saved credentials: send the connection values first.',
    );
  }
  if (config.crmType === 'leap') return structuredClone(state.crm.leap.options);
  if (config.crmType === 'zoho') return { modules: [...state.crm.zoho.modules] };
  return {};
}
