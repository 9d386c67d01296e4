// The popup's first storage read, started by a classic script as the popup's page is parsed
// (entrypoints/popup-early.ts), long before its modules have loaded and run; the popup takes the
// answer for its first render (utils/popup-snapshot.ts). Plain extension API: no library in that script.

/** storage.session keys (the items of popup-snapshot.ts and drafts.ts are defined with them). Read
 *  raw here, without WXT's item migrations: an item given migrations must be read through it instead. */
export const SNAPSHOT_KEY = 'popup-snapshot';
export const VALUE_DRAFTS_KEY = 'value-drafts';

const EARLY_READ = '__heavysetPopupEarlyRead';
type Session = { get(keys: string[]): Promise<Record<string, unknown>> };
type Holder = Record<typeof EARLY_READ, Promise<Record<string, unknown> | undefined> | undefined>;
type Extension = { storage?: { session?: Session } };

export function startEarlyRead(): void {
  const api = (globalThis as { browser?: Extension; chrome?: Extension });
  const session = (api.browser ?? api.chrome)?.storage?.session;
  if (!session) return;
  (globalThis as unknown as Holder)[EARLY_READ] = session.get([SNAPSHOT_KEY, VALUE_DRAFTS_KEY]).catch(() => undefined);
}

/** The early read's answer (once), or undefined when there was none. */
export function takeEarlyRead(): Promise<Record<string, unknown> | undefined> | undefined {
  const holder = globalThis as unknown as Holder;
  const read = holder[EARLY_READ];
  holder[EARLY_READ] = undefined;
  return read;
}
