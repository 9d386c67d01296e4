// Whether a playbook update fetched from HeavySet may be used, checked in this order: a signature
// by a key trusted for that API (Ed25519, WebCrypto, over the payload text exactly as received),
// the payload's shape, the CRM asked for, a version above the one in use, an extension version
// that meets its minimum, the playbook schema, and the update rules (rules.ts). Every refusal is a
// sentence for the options page.
import { i18n } from '#i18n';
import type { CrmType } from '../../heavyset/contract';
import { PlaybookEnvelope, PlaybookPayload, type PlaybookPublicKey } from '../../heavyset/contract-playbooks';
import { meetsVersion } from '../../heavyset/versions';
import type { Playbook } from '../../guide/playbook';
import { PlaybookSchema } from '../../guide/playbook-schema';
import { updateRuleProblem } from './rules';

export interface UpdateCandidate {
  /** The JSON body of GET /v1/playbooks/{crmType}. */
  body: unknown;
  crm: CrmType;
  /** Keys trusted for the API it came from (trust.ts). */
  keys: readonly PlaybookPublicKey[];
  /** Where it came from, for the words of a refusal. */
  origin: string;
  versionInUse: number;
  extensionVersion: string;
  bundled: Playbook;
}

export type Acceptance =
  | { ok: true; payload: PlaybookPayload; playbook: Playbook }
  | { ok: false; reason: string; version?: number };

function bytesOf(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function signatureValid(envelope: PlaybookEnvelope, publicKey: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('raw', bytesOf(publicKey), { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify('Ed25519', key, bytesOf(envelope.signature), new TextEncoder().encode(envelope.payload));
  } catch {
    return false;
  }
}

const hasMember = (body: unknown, name: string) =>
  typeof body === 'object' && body !== null && typeof (body as Record<string, unknown>)[name] === 'string';

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'playbook'}: ${issue.message}` : 'unreadable';
}

export async function acceptUpdate(candidate: UpdateCandidate): Promise<Acceptance> {
  const { body, crm } = candidate;
  if (!hasMember(body, 'signature') || !hasMember(body, 'keyId'))
    return { ok: false, reason: i18n.t('bg.playbooks.unsigned') };
  const envelope = PlaybookEnvelope.safeParse(body);
  if (!envelope.success) return { ok: false, reason: i18n.t('bg.playbooks.envelope') };

  const key = candidate.keys.find((k) => k.keyId === envelope.data.keyId);
  if (!key) return { ok: false, reason: i18n.t('bg.playbooks.untrustedKey', { keyId: envelope.data.keyId, origin: candidate.origin }) };
  if (!(await signatureValid(envelope.data, key.publicKey)))
    return { ok: false, reason: i18n.t('bg.playbooks.badSignature') };

  let json: unknown;
  try {
    json = JSON.parse(envelope.data.payload);
  } catch {
    return { ok: false, reason: i18n.t('bg.playbooks.notJson') };
  }
  const payload = PlaybookPayload.safeParse(json);
  if (!payload.success) return { ok: false, reason: i18n.t('bg.playbooks.notPayload', { problem: firstIssue(payload.error) }) };
  const { version, minExtensionVersion } = payload.data;
  if (payload.data.crmType !== crm) return { ok: false, version, reason: i18n.t('bg.playbooks.otherCrm', { theirs: payload.data.crmType, ours: crm }) };
  if (version <= candidate.versionInUse)
    return { ok: false, version, reason: i18n.t('bg.playbooks.notNewer', { version, inUse: candidate.versionInUse }) };
  if (!meetsVersion(candidate.extensionVersion, minExtensionVersion))
    return { ok: false, version, reason: i18n.t('bg.playbooks.needsNewer', { version, min: minExtensionVersion, current: candidate.extensionVersion }) };

  const playbook = PlaybookSchema.safeParse(payload.data.playbook);
  if (!playbook.success) return { ok: false, version, reason: i18n.t('bg.playbooks.schema', { version, problem: firstIssue(playbook.error) }) };
  const problem = updateRuleProblem(playbook.data, candidate.bundled);
  if (problem) return { ok: false, version, reason: i18n.t('bg.playbooks.rules', { version, problem }) };
  return { ok: true, payload: payload.data, playbook: playbook.data };
}
