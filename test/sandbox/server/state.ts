// The reference server's whole state: what is persisted to the data file and shown by
// GET /sandbox/state. Parsed with zod when read back from disk.
import { z } from 'zod';
import { PageReportRequest } from '../../../utils/heavyset/contract-playbooks';
import { ServerCrmType as CrmType } from './contract-tables';
import { ZOHO_LOCATIONS } from './zoho-data-centres';

export const CodeNames = z.object({
  leap: z.string(),
  servicetitan: z.string(),
  zoho: z.string(),
  expired: z.string(),
  revoked: z.string(),
  otherOrg: z.string(),
});
export type CodeNames = z.infer<typeof CodeNames>;

export const ConnectCodeRecord = z.object({ configId: z.string(), expiresAt: z.string(), revoked: z.boolean() });
export type ConnectCodeRecord = z.infer<typeof ConnectCodeRecord>;

const StoredField = z.object({ value: z.string(), updatedAt: z.string() });
export const WriteLogEntry = z.object({ field: z.string(), at: z.string() });

export const CrmConfig = z.object({
  id: z.string(),
  orgId: z.string(),
  name: z.string(),
  crmType: CrmType,
  connection: z.record(z.string(), StoredField),
  settings: z.record(z.string(), z.unknown()),
  writeLog: z.array(WriteLogEntry),
});
export type CrmConfig = z.infer<typeof CrmConfig>;

export const LeapToken = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  token: z.string(),
  revoked: z.boolean(),
});
export type LeapToken = z.infer<typeof LeapToken>;

export const ServiceTitanApp = z.object({
  id: z.string(),
  name: z.string(),
  organization: z.string(),
  homepage: z.string(),
  email: z.string(),
  description: z.string(),
  category: z.string(),
  credentialsManagement: z.string(),
  scopes: z.object({ read: z.array(z.string()), write: z.array(z.string()) }),
  applicationKey: z.string(),
  clientId: z.string(),
  tenantId: z.string(),
  allowedByTenant: z.boolean(),
  bookingProviderTagId: z.string().optional(),
  clientSecret: z.string().optional(),
  secretGeneratedAt: z.string().optional(),
  createdAt: z.string(),
});
export type ServiceTitanApp = z.infer<typeof ServiceTitanApp>;

export const ServiceTitanTag = z.object({ id: z.string(), name: z.string(), description: z.string() });
export type ServiceTitanTag = z.infer<typeof ServiceTitanTag>;

const ZohoLocation = z.enum(ZOHO_LOCATIONS);
export const ZohoAuthorization = z.object({ configId: z.string(), location: ZohoLocation, expiresAt: z.string() });
export type ZohoAuthorization = z.infer<typeof ZohoAuthorization>;
export const ZohoGrant = z.object({
  state: z.string(),
  location: ZohoLocation,
  expiresAt: z.string(),
  used: z.boolean(),
});
export type ZohoGrant = z.infer<typeof ZohoGrant>;

export const IdempotentResponse = z.object({
  bodyHash: z.string(),
  status: z.number(),
  body: z.string(),
  at: z.string(),
});
export type IdempotentResponse = z.infer<typeof IdempotentResponse>;

/**
 * A published envelope, kept exactly as served: /sandbox/playbooks/raw may publish envelopes
 * that are tampered with or lack their key id or signature, so nothing here is checked.
 */
export const PublishedPlaybook = z.object({
  envelope: z.object({ payload: z.string(), keyId: z.string().optional(), signature: z.string().optional() }),
  publishedAt: z.string(),
});
export type PublishedPlaybook = z.infer<typeof PublishedPlaybook>;

export const StoredPageReport = PageReportRequest.extend({ id: z.string(), configId: z.string(), receivedAt: z.string() });
export type StoredPageReport = z.infer<typeof StoredPageReport>;

export const ServerState = z.object({
  version: z.literal(1),
  codes: CodeNames,
  connectCodes: z.record(z.string(), ConnectCodeRecord),
  organizations: z.array(z.object({ id: z.string(), name: z.string() })),
  configs: z.record(z.string(), CrmConfig),
  crm: z.object({
    leap: z.object({
      tokens: z.array(LeapToken),
      options: z.object({ jobStageNames: z.array(z.string()), appointmentResultOptions: z.array(z.string()) }),
    }),
    servicetitan: z.object({
      tenantId: z.string(),
      apps: z.array(ServiceTitanApp),
      tags: z.array(ServiceTitanTag),
    }),
    zoho: z.object({
      modules: z.array(z.string()),
      /** Pending authorizations by their `state` nonce. */
      authorizations: z.record(z.string(), ZohoAuthorization),
      /** Grant codes issued by the sandbox consent page, by code. */
      grants: z.record(z.string(), ZohoGrant),
      /** Refresh tokens issued by the sandbox callback. */
      refreshTokens: z.array(z.string()),
    }),
  }),
  /** Stored first responses by "configId method path key". */
  idempotency: z.record(z.string(), IdempotentResponse),
  /** Published playbook envelopes by CRM type (defaults: state files written before playbooks existed). */
  playbooks: z.partialRecord(CrmType, PublishedPlaybook).default({}),
  /** Page reports, oldest first. */
  pageReports: z.array(StoredPageReport).default([]),
});
export type ServerState = z.infer<typeof ServerState>;
