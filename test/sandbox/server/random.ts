// Random values in the shapes the real systems issue (connect codes, CRM tokens, IDs).
import { randomBytes, randomInt } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

function fromAlphabet(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const alnum = (length: number): string => fromAlphabet(ALNUM, length);
export const lowerAlnum = (length: number): string => fromAlphabet(LOWER_ALNUM, length);
export const hex = (length: number): string => randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
/** Digits without a leading zero. */
export const digits = (length: number): string => String(randomInt(1, 10)) + fromAlphabet('0123456789', length - 1);

export const connectCode = (): string => `hsc_${alnum(32)}`;

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/** JWT-like, as Leap shows its API tokens: eyJ… header . payload . 43-char signature. */
export function leapApiToken(tokenId: string, name: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ sub: tokenId, name, iat: Math.floor(Date.now() / 1000), jti: hex(16) }),
  );
  return `${header}.${payload}.${base64url(randomBytes(32))}`;
}
