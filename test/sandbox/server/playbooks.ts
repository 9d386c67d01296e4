// Signed playbooks: the public GET /v1/playbooks/{crmType} (ETag, If-None-Match → 304) and the
// sandbox's publishing, signed with the sandbox key kept in the repository (test/sandbox/keys/).
import { createHash, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { payloadText, rawPublicKeyOf, readPrivateKey, signPayload } from '../../../scripts/playbooks/signing';
import { ServerCrmType as CrmType } from './contract-tables';
import { ExtensionVersion, PlaybookPayload, type PlaybookEnvelope } from '../../../utils/heavyset/contract-playbooks';
import { SANDBOX_PLAYBOOK_KEY } from '../../../utils/heavyset/playbook-keys';
import type { JsonAnswer } from './http';
import type { PublishedPlaybook, ServerState } from './state';
import { notFound } from './validation';

const SANDBOX_KEY_FILE = new URL('../keys/hs-playbooks-sandbox-1.SANDBOX-ONLY.private.pem', import.meta.url);
/** Any extension meets it: the default when a test does not say. */
const DEFAULT_MIN_EXTENSION_VERSION = '0.0.0';

let sandboxKey: KeyObject | undefined;
function sandboxSigningKey(): KeyObject {
  if (!sandboxKey) {
    const key = readPrivateKey(readFileSync(SANDBOX_KEY_FILE, 'utf8'));
    if (rawPublicKeyOf(key) !== SANDBOX_PLAYBOOK_KEY.publicKey) {
      throw new Error('The sandbox playbook key does not match SANDBOX_PLAYBOOK_KEY in utils/heavyset/playbook-keys.ts.');
    }
    sandboxKey = key;
  }
  return sandboxKey;
}

/** POST /sandbox/playbooks: the server builds the payload, signs it and publishes it. */
export const PublishPlaybookRequest = z
  .object({
    crmType: CrmType,
    version: PlaybookPayload.shape.version,
    minExtensionVersion: ExtensionVersion.optional(),
    playbook: z.unknown(),
  })
  .strict();

/** POST /sandbox/playbooks/raw: an envelope published exactly as given (tampered, unsigned, other key…). */
export const PublishRawPlaybookRequest = z
  .object({ crmType: CrmType, payload: z.string(), keyId: z.string().optional(), signature: z.string().optional() })
  .strict();

export function signWithSandboxKey(request: z.infer<typeof PublishPlaybookRequest>, now = new Date()): PlaybookEnvelope {
  const payload = payloadText({
    crmType: request.crmType,
    version: request.version,
    minExtensionVersion: request.minExtensionVersion ?? DEFAULT_MIN_EXTENSION_VERSION,
    playbook: request.playbook,
    issuedAt: now,
  });
  return signPayload(payload, sandboxSigningKey(), SANDBOX_PLAYBOOK_KEY.keyId);
}

export function publish(state: ServerState, crmType: CrmType, envelope: PublishedPlaybook['envelope']): PublishedPlaybook {
  const published = { envelope, publishedAt: new Date().toISOString() };
  state.playbooks[crmType] = published;
  return published;
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** If-None-Match uses the weak comparison: W/ prefixes are ignored; "*" matches anything. */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function playbookAnswer(state: ServerState, crmTypeSegment: string, ifNoneMatch: string | undefined): JsonAnswer {
  const crmType = CrmType.safeParse(crmTypeSegment);
  if (!crmType.success) throw notFound(`No playbooks for "${crmTypeSegment}": the CRM types are ${CrmType.options.join(', ')}.`);
  const published = state.playbooks[crmType.data];
  if (!published) throw notFound(`No ${crmType.data} playbook is published.`);
  const body = JSON.stringify(published.envelope);
  const etag = etagOf(body);
  // no-cache, not no-store: caches may keep it but must revalidate (the ETag makes that cheap).
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  if (matchesEtag(ifNoneMatch, etag)) return { status: 304, body: '', headers };
  return { status: 200, body, headers };
}
