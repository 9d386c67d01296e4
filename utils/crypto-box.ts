// AES-GCM sealing for values at rest. The key is a non-extractable CryptoKey kept in this
// extension's IndexedDB (storage.local can't hold CryptoKeys); its bytes never leave WebCrypto.
import { z } from 'zod';

/** A sealed value as stored: base64 IV and ciphertext. */
export const Sealed = z.object({ iv: z.string(), data: z.string() });
export type Sealed = z.infer<typeof Sealed>;

export interface KeyStore {
  load(): Promise<CryptoKey | undefined>;
  save(key: CryptoKey): Promise<void>;
}

const DB_NAME = 'heavyset-vault-keys';
const STORE = 'keys';
const KEY_ID = 'vault-v1';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function openDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

export const indexedDbKeyStore: KeyStore = {
  async load() {
    const db = await openDb();
    try {
      return (await request(db.transaction(STORE).objectStore(STORE).get(KEY_ID))) as CryptoKey | undefined;
    } finally {
      db.close();
    }
  },
  async save(key) {
    const db = await openDb();
    try {
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put(key, KEY_ID));
    } finally {
      db.close();
    }
  },
};

export function memoryKeyStore(): KeyStore {
  let key: CryptoKey | undefined;
  return { load: async () => key, save: async (k) => void (key = k) };
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

function params(iv: Uint8Array<ArrayBuffer>, bound: string | undefined): AesGcmParams {
  return bound === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(bound) };
}

export function createCryptoBox(store: KeyStore) {
  let keyPromise: Promise<CryptoKey> | undefined;
  const generate = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  // Never rejects: a key store that cannot be read or written gives a key for this worker's life
  // (values sealed with it are dropped, in words, once it is gone), so capture, Send and Save go on.
  const key = () =>
    (keyPromise ??= (async () => {
      let existing: CryptoKey | undefined;
      try {
        existing = await store.load();
      } catch {
        return generate(); // not saved: a stored key that could not be read now is kept for the next start
      }
      if (existing) return existing;
      const created = await generate();
      await store.save(created).catch(() => undefined);
      return created;
    })());

  return {
    /** `bound`: additional data the seal is bound to (opening needs the same). */
    async seal(plain: string, bound?: string): Promise<Sealed> {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt(params(iv, bound), await key(), new TextEncoder().encode(plain));
      return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
    },
    /** Throws when the key is not the one it was sealed with, or `bound` differs. */
    async open(sealed: Sealed, bound?: string): Promise<string> {
      const plain = await crypto.subtle.decrypt(params(fromBase64(sealed.iv), bound), await key(), fromBase64(sealed.data));
      return new TextDecoder().decode(plain);
    },
  };
}
export type CryptoBox = ReturnType<typeof createCryptoBox>;
