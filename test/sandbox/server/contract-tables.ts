// The contract's per-CRM tables (../../../../shared/heavyset-config-api.md), as HeavySet's server
// holds them: written out here, not derived from the extension's playbooks, so that the
// conformance test can hold the playbooks against the contract.
import { z } from 'zod';

export const SERVER_CRM_TYPES = ['leap', 'servicetitan', 'zoho'] as const;
export const ServerCrmType = z.enum(SERVER_CRM_TYPES);
export type ServerCrmType = z.infer<typeof ServerCrmType>;

export const CONNECTION_FIELDS = {
  leap: ['apiToken'],
  servicetitan: ['tenantId', 'clientId', 'clientSecret', 'applicationKey'],
  zoho: ['refreshToken', 'apiDomain', 'accountsDomain'],
} as const satisfies Record<ServerCrmType, readonly string[]>;

/** Connection fields the API refuses to write (HeavySet sets them itself). */
export const READ_ONLY_CONNECTION_FIELDS: Record<ServerCrmType, readonly string[]> = {
  leap: [],
  servicetitan: [],
  zoho: CONNECTION_FIELDS.zoho,
};

export const SLOT_AVAILABILITY_SOURCES = ['crm_appointments', 'crm_appointments_and_events', 'zoho_calendar'] as const;
export const MAX_ALERT_EMAILS = 20;

/** Settings values per CRM type; every key optional because PATCH is partial. */
export const SettingsValues = {
  leap: z
    .object({
      jobSoldStageNames: z.array(z.string().min(1)),
      appointmentCancelledResultOptions: z.array(z.string().min(1)),
    })
    .partial()
    .strict(),
  servicetitan: z
    .object({ bookingProviderId: z.string().regex(/^\d+$/, 'The Booking Provider ID is digits only.') })
    .partial()
    .strict(),
  zoho: z
    .object({
      leadModule: z.string().min(1),
      appointmentModule: z.string().min(1),
      relatedRecordModule: z.string().min(1),
      contactUsModule: z.string().min(1).nullable(),
      slotAvailabilitySource: z.enum(SLOT_AVAILABILITY_SOURCES),
      tokenExpiryAlertEmails: z.array(z.email()).max(MAX_ALERT_EMAILS),
    })
    .partial()
    .strict(),
} satisfies Record<ServerCrmType, z.ZodType>;
