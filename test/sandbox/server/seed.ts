// The seeded organization: one CRM config per type (Acme Roofing), a second organization
// for 403 tests, and the sandbox CRMs' initial data. Codes and the tenant ID survive a reset.
import { connectCode, digits, leapApiToken } from './random';
import type { CodeNames, CrmConfig, LeapToken, ServerState } from './state';
import { ZOHO_MODULES } from './zoho-data-centres';

export const SEED_ORG = { id: 'org_acme_roofing', name: 'Acme Roofing' };
export const OTHER_ORG = { id: 'org_summit_exteriors', name: 'Summit Exteriors' };
export const CONFIG_IDS = {
  leap: 'cfg_acme_leap',
  servicetitan: 'cfg_acme_servicetitan',
  zoho: 'cfg_acme_zoho',
  otherOrg: 'cfg_summit_leap',
} as const;

export const LEAP_OPTIONS = {
  jobStageNames: [
    'Lead',
    'Estimate Sent',
    'Contract Signed',
    'Job Sold',
    'In Production',
    'Completed',
    'Paid',
    'Lost',
  ],
  appointmentResultOptions: [
    'Completed',
    'Cancelled by Customer',
    'Cancelled - Weather',
    'Rescheduled',
    'No Show',
    'Estimate Given',
  ],
};

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SeedIdentity {
  codes: CodeNames;
  tenantId: string;
  /** When the codes were issued: their expiry is fixed from it, so restarts keep it. */
  issuedAt: string;
}

export function newIdentity(): SeedIdentity {
  return {
    codes: {
      leap: connectCode(),
      servicetitan: connectCode(),
      zoho: connectCode(),
      expired: connectCode(),
      revoked: connectCode(),
      otherOrg: connectCode(),
    },
    tenantId: digits(10),
    issuedAt: new Date().toISOString(),
  };
}

function config(id: string, orgId: string, name: string, crmType: CrmConfig['crmType']): CrmConfig {
  return { id, orgId, name, crmType, connection: {}, settings: {}, writeLog: [] };
}

function seededLeapToken(id: string, name: string, createdAt: string): LeapToken {
  return { id, name, createdAt, token: leapApiToken(id, name), revoked: false };
}

export function seedState(identity: SeedIdentity): ServerState {
  const issued = Date.parse(identity.issuedAt);
  const valid = new Date(issued + 365 * DAY_MS).toISOString();
  const { codes } = identity;
  return {
    version: 1,
    codes,
    connectCodes: {
      [codes.leap]: { configId: CONFIG_IDS.leap, expiresAt: valid, revoked: false },
      [codes.servicetitan]: { configId: CONFIG_IDS.servicetitan, expiresAt: valid, revoked: false },
      [codes.zoho]: { configId: CONFIG_IDS.zoho, expiresAt: valid, revoked: false },
      [codes.expired]: { configId: CONFIG_IDS.leap, expiresAt: new Date(issued - DAY_MS).toISOString(), revoked: false },
      [codes.revoked]: { configId: CONFIG_IDS.leap, expiresAt: valid, revoked: true },
      [codes.otherOrg]: { configId: CONFIG_IDS.otherOrg, expiresAt: valid, revoked: false },
    },
    organizations: [SEED_ORG, OTHER_ORG],
    configs: {
      [CONFIG_IDS.leap]: config(CONFIG_IDS.leap, SEED_ORG.id, 'Leap CRM', 'leap'),
      [CONFIG_IDS.servicetitan]: config(CONFIG_IDS.servicetitan, SEED_ORG.id, 'ServiceTitan', 'servicetitan'),
      [CONFIG_IDS.zoho]: config(CONFIG_IDS.zoho, SEED_ORG.id, 'Zoho CRM', 'zoho'),
      [CONFIG_IDS.otherOrg]: config(CONFIG_IDS.otherOrg, OTHER_ORG.id, 'Main CRM', 'leap'),
    },
    crm: {
      leap: {
        tokens: [
          seededLeapToken('1001', 'Zapier', '2025-03-14T15:20:00.000Z'),
          seededLeapToken('1002', 'QuickBooks sync', '2025-09-02T09:05:00.000Z'),
        ],
        options: structuredClone(LEAP_OPTIONS),
      },
      servicetitan: {
        tenantId: identity.tenantId,
        apps: [],
        tags: [{ id: '384120957', name: 'Angi Leads', description: 'Bookings from Angi' }],
      },
      zoho: { modules: [...ZOHO_MODULES], authorizations: {}, grants: {}, refreshTokens: [] },
    },
    idempotency: {},
    playbooks: {},
    pageReports: [],
  };
}

export function identityOf(state: ServerState): SeedIdentity {
  const leap = state.connectCodes[state.codes.leap];
  const expiresAt = leap ? Date.parse(leap.expiresAt) : Date.now() + 365 * DAY_MS;
  return {
    codes: state.codes,
    tenantId: state.crm.servicetitan.tenantId,
    issuedAt: new Date(expiresAt - 365 * DAY_MS).toISOString(),
  };
}
