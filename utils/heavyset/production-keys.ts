// HeavySet's production public keys for signed playbooks: a build setting, HEAVYSET_PLAYBOOK_KEYS
// (a JSON list as `npm run playbook:keygen` prints it), checked here when wxt.config.ts reads it —
// a malformed value stops the build — and compiled into the background as import.meta.env.
import { z } from 'zod';
import { PlaybookPublicKey } from './contract-playbooks';
import { SANDBOX_PLAYBOOK_KEY } from './playbook-keys';

/** Two at most: the current key and the next one while extensions move over. */
export const MAX_PRODUCTION_KEYS = 2;

export const ProductionKeys = z
  .array(PlaybookPublicKey)
  .max(MAX_PRODUCTION_KEYS, `At most ${MAX_PRODUCTION_KEYS} production keys (the current one and the next).`)
  .refine((keys) => new Set(keys.map((k) => k.keyId)).size === keys.length, 'Each key id once.')
  .refine((keys) => keys.every((k) => k.keyId !== SANDBOX_PLAYBOOK_KEY.keyId && k.publicKey !== SANDBOX_PLAYBOOK_KEY.publicKey), {
    message: 'The sandbox key (its private half is public) can never be a production key.',
  });

/** HEAVYSET_PLAYBOOK_KEYS as the build received it: empty or unset → no production keys. Throws on anything malformed. */
export function parseProductionKeys(raw: string | undefined): PlaybookPublicKey[] {
  if (raw === undefined || raw.trim() === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error('HEAVYSET_PLAYBOOK_KEYS is not JSON: expected [{"keyId":"…","publicKey":"…"}] as printed by npm run playbook:keygen.');
  }
  const parsed = ProductionKeys.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`HEAVYSET_PLAYBOOK_KEYS: ${issue?.path.join('.') || 'the list'}: ${issue?.message}`);
  }
  return parsed.data;
}
