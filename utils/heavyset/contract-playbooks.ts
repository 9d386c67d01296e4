// Signed playbook updates and page reports (heavyset-config-api.md: GET /v1/playbooks/{crmType},
// POST /v1/crm-configs/{configId}/page-reports) as zod schemas, shared by the extension, the
// reference server and HeavySet's signing tools. Verification is the extension's (WebCrypto);
// the Node signing side is in scripts/playbooks/.
import { z } from 'zod';
import { CrmType } from './contract';

import { MAX_PAGE_URL_LENGTH, MAX_REPORT_NOTE_LENGTH } from './report-limits';

/** "x.y.z", numbers without leading zeros (as in the extension's manifest version). */
export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
export const ExtensionVersion = z.string().regex(SEMVER_PATTERN, 'A version is "x.y.z" (e.g. "0.3.0").');

export const PlaybookKeyId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'A key id is 1–64 letters, digits, ".", "_" or "-" (e.g. "hs-playbooks-2026-1").');

/** An Ed25519 public key as its raw 32 bytes in base64url (43 characters, no padding). */
export const RawEd25519PublicKey = z.string().regex(/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/, 'Expected 32 bytes in base64url.');
/** An Ed25519 signature: 64 bytes in base64url (86 characters, no padding). */
export const Ed25519Signature = z.string().regex(/^[A-Za-z0-9_-]{85}[AQgw]$/, 'Expected 64 bytes in base64url.');

/** A public key the extension may trust for playbooks (HEAVYSET_PLAYBOOK_KEYS is a JSON list of these). */
export const PlaybookPublicKey = z.object({ keyId: PlaybookKeyId, publicKey: RawEd25519PublicKey }).strict();
export type PlaybookPublicKey = z.infer<typeof PlaybookPublicKey>;

/**
 * What GET /v1/playbooks/{crmType} answers. `signature` is Ed25519 over the UTF-8 bytes of
 * `payload` exactly as sent: verify the string before parsing it, never a re-serialization.
 */
export const PlaybookEnvelope = z.object({
  payload: z.string().min(1),
  keyId: PlaybookKeyId,
  signature: Ed25519Signature,
});
export type PlaybookEnvelope = z.infer<typeof PlaybookEnvelope>;

/**
 * The signed payload. The playbook itself is opaque here (the playbook schema checks it).
 * Unknown keys are tolerated so that older extensions still accept payloads that gain fields;
 * the signing tool checks with `PlaybookPayload.strict()` to catch typos.
 */
export const PlaybookPayload = z.object({
  crmType: CrmType,
  version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  minExtensionVersion: ExtensionVersion,
  issuedAt: z.iso.datetime({ offset: true }),
  playbook: z.unknown(),
});
export type PlaybookPayload = z.infer<typeof PlaybookPayload>;

/** Why a page URL may not be reported as is, or null. Queries and fragments can carry tokens. */
export function pageUrlProblem(raw: string): string | null {
  if (raw.length > MAX_PAGE_URL_LENGTH) return `At most ${MAX_PAGE_URL_LENGTH} characters.`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Not a web address.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Only http:// and https:// pages are reported.';
  if (raw.includes('?')) return 'Remove the query (everything from "?").';
  if (raw.includes('#')) return 'Remove the fragment (everything from "#").';
  if (url.username || url.password) return 'Remove the user name and password from the address.';
  return null;
}
export const PageUrl = z.string().superRefine((value, ctx) => {
  const problem = pageUrlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const PageReportRequest = z
  .object({
    crmType: CrmType,
    pageUrl: PageUrl,
    stepId: z.string().min(1).max(200).nullable(),
    playbookVersion: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).nullable(),
    extensionVersion: ExtensionVersion,
    note: z.string().max(MAX_REPORT_NOTE_LENGTH),
    /** Redacted HTML: structure, roles, labels, headings; values replaced by placeholders. */
    snapshot: z.string(),
  })
  .strict();
export type PageReportRequest = z.infer<typeof PageReportRequest>;

export const PAGE_REPORT_ID_PATTERN = /^rep_[A-Za-z0-9]{16,}$/;
export const PageReportCreated = z.object({ id: z.string().regex(PAGE_REPORT_ID_PATTERN) });
export type PageReportCreated = z.infer<typeof PageReportCreated>;
