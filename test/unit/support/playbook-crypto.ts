// Verifies playbook envelopes the way the extension will: WebCrypto Ed25519 on the raw public key.
import type { PlaybookEnvelope } from '../../../utils/heavyset/contract-playbooks';

const bytes = (base64url: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(base64url, 'base64url'));

export async function webCryptoVerifies(
  envelope: Pick<PlaybookEnvelope, 'payload' | 'signature'>,
  rawPublicKey: string,
): Promise<boolean> {
  const key = await crypto.subtle.importKey('raw', bytes(rawPublicKey), { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify('Ed25519', key, bytes(envelope.signature), new TextEncoder().encode(envelope.payload));
}
