// The Node side of signed playbooks: Ed25519 key pairs, payload text, envelopes.
// The extension verifies with WebCrypto against the raw public key; nothing here ships in it.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { CrmType } from '../../utils/heavyset/contract';
import type { PlaybookEnvelope, PlaybookPayload } from '../../utils/heavyset/contract-playbooks';

export interface NewKeyPair {
  /** PKCS#8 PEM: the secret half. */
  privateKeyPem: string;
  /** The raw 32-byte public key, base64url: what the extension pins. */
  publicKey: string;
}

export function newKeyPair(): NewKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey: rawPublicKeyOf(publicKey) };
}

/** Reads a PEM private key and insists it is Ed25519 (an RSA or EC key would sign something else). */
export function readPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`Expected an Ed25519 private key, not ${key.asymmetricKeyType ?? 'a symmetric key'}.`);
  return key;
}

/** The raw 32-byte public key in base64url (the JWK "x" member is exactly that). */
export function rawPublicKeyOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const { x } = publicKey.export({ format: 'jwk' });
  if (!x || publicKey.asymmetricKeyType !== 'ed25519') throw new Error('Not an Ed25519 key.');
  return x;
}

export interface PayloadFields {
  crmType: CrmType;
  version: number;
  minExtensionVersion: string;
  playbook: unknown;
  issuedAt?: Date;
}

/** The payload text to sign: compact JSON in the contract's key order. */
export function payloadText(fields: PayloadFields): string {
  const payload: PlaybookPayload = {
    crmType: fields.crmType,
    version: fields.version,
    minExtensionVersion: fields.minExtensionVersion,
    issuedAt: (fields.issuedAt ?? new Date()).toISOString(),
    playbook: fields.playbook,
  };
  return JSON.stringify(payload);
}

/** Signs the UTF-8 bytes of `payload` exactly as given. */
export function signPayload(payload: string, privateKey: KeyObject, keyId: string): PlaybookEnvelope {
  const signature = sign(null, Buffer.from(payload, 'utf8'), privateKey).toString('base64url');
  return { payload, keyId, signature };
}

/** Node-side check of an envelope against a raw base64url public key (the tools' self-check). */
export function envelopeSignatureValid(envelope: PlaybookEnvelope, rawPublicKey: string): boolean {
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: rawPublicKey }, format: 'jwk' });
  return verify(null, Buffer.from(envelope.payload, 'utf8'), publicKey, Buffer.from(envelope.signature, 'base64url'));
}
