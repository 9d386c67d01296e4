// Notices a lost key at the worker's start: a small canary sealed with the vault key. When it no
// longer opens (the browser's IndexedDB was cleared, or cannot be read), every sealed value and
// the connect code were sealed with a key that is gone: they are dropped at once, with words,
// instead of failing one by one later (or reaching the person as an exception).
import { storage } from 'wxt/utils/storage';
import { Sealed, type CryptoBox } from '../crypto-box';

export const keyCanaryItem = storage.defineItem<Sealed | null>('local:key-canary', { fallback: null, version: 1 });
const CANARY = 'heavyset-key-canary';

/** True when the key is the one earlier values were sealed with (or nothing was sealed before). */
export async function keyUnchanged(box: CryptoBox): Promise<boolean> {
  const parsed = Sealed.safeParse(await keyCanaryItem.getValue());
  if (parsed.success) {
    try {
      if ((await box.open(parsed.data, CANARY)) === CANARY) return true;
    } catch {
      // sealed with a key that is gone
    }
  }
  await keyCanaryItem.setValue(await box.seal(CANARY, CANARY));
  return !parsed.success;
}
