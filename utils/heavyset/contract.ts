// The HeavySet config API contract (../shared/heavyset-config-api.md) as zod schemas.
// Shared by the extension's client and the sandbox's reference server: one source of truth.
import { z } from 'zod';

export const PRODUCTION_API_URL = 'https://api.heavyset.tech';

/** A CRM type's id as the API names it; which ones exist, and their fields and settings, come
 *  from the playbooks (utils/crm/registry.ts). */
export const CrmType = z.string().regex(/^[a-z][a-z0-9]{1,31}$/, 'This CRM type is not one this version of the assistant knows: update the extension.');
export type CrmType = string;

export const CONNECT_CODE_PATTERN = /^hsc_[A-Za-z0-9]{24,}$/;
export const ConnectCode = z
  .string()
  .trim()
  .regex(CONNECT_CODE_PATTERN, 'A connect code starts with "hsc_" followed by at least 24 letters or digits: paste the whole code from the HeavySet platform.');

/** `https:` anywhere; `http:` only on loopback (sandbox, local development). */
export function apiUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'This is not a web address. Example: https://api.heavyset.tech';
  }
  // An address pasted after the one already in the box still parses (as a path): say what happened.
  if (/^[a-z][a-z\d+.-]*:\/\/.*[a-z]:\/\//i.test(raw.trim()))
    return 'This holds two addresses run together. Keep only one, e.g. https://api.heavyset.tech';
  if (url.protocol === 'https:') return null;
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol === 'http:' && loopback) return null;
  return 'The HeavySet API must use https:// (plain http:// is accepted only for 127.0.0.1 or localhost).';
}
export const ApiUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = apiUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => value.replace(/\/+$/, ''));

export const ApiErrorCode = z.enum([
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'idempotency_conflict',
  'crm_type_mismatch',
  'not_connected',
  'payload_too_large',
  'validation_failed',
  'rate_limited',
  'server_error',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export const Session = z.object({
  organization: z.object({ id: z.string(), name: z.string() }),
  crmConfig: z.object({ id: z.string(), name: z.string(), crmType: CrmType }),
  expiresAt: z.string(),
});
export type Session = z.infer<typeof Session>;

export const FieldStatus = z.object({
  set: z.boolean(),
  hint: z.string().max(4).optional(),
  updatedAt: z.string().optional(),
});
export type FieldStatus = z.infer<typeof FieldStatus>;
export const ConnectionStatus = z.object({
  crmType: CrmType,
  fields: z.record(z.string(), FieldStatus),
  complete: z.boolean(),
});
export type ConnectionStatus = z.infer<typeof ConnectionStatus>;

export const ConnectionPatch = z.object({
  crmType: CrmType,
  values: z.record(z.string(), z.string()),
});
export type ConnectionPatch = z.infer<typeof ConnectionPatch>;

export const SettingsPatch = z.object({
  crmType: CrmType,
  values: z.record(z.string(), z.unknown()),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const SettingsStatus = z.object({
  crmType: CrmType,
  values: z.record(z.string(), z.unknown()),
  complete: z.boolean(),
});
export type SettingsStatus = z.infer<typeof SettingsStatus>;

export const SettingsOptions = z.object({
  jobStageNames: z.array(z.string()).optional(),
  appointmentResultOptions: z.array(z.string()).optional(),
  modules: z.array(z.string()).optional(),
});
export type SettingsOptions = z.infer<typeof SettingsOptions>;

export const VerifyResult = z.object({
  ok: z.boolean(),
  checks: z.array(z.object({ id: z.string(), label: z.string(), ok: z.boolean(), message: z.string().optional() })),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

/** The answer of a CRM type's OAuth authorize endpoint (its path comes from the playbook). */
export const OAuthAuthorize = z.object({ authorizeUrl: z.url(), expiresAt: z.string() });
export type OAuthAuthorize = z.infer<typeof OAuthAuthorize>;

export const MAX_BODY_BYTES = 64 * 1024;
