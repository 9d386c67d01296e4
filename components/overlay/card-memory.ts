// Where the person put the card and whether they folded it to a pill, per site (host name): kept
// in the extension's own storage (never the page's), read entry by entry (a bad one is ignored).
import { ext } from '../../utils/ext';

export interface CardMemory {
  dragged?: { top: number; left: number };
  folded?: boolean;
}

const KEY = 'card-places';

async function readAll(): Promise<Record<string, unknown>> {
  const stored = (await ext().storage.local.get(KEY).catch((): Record<string, unknown> => ({})))[KEY];
  return stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
}

function parse(raw: unknown): CardMemory {
  if (!raw || typeof raw !== 'object') return {};
  const { dragged, folded } = raw as { dragged?: { top?: unknown; left?: unknown }; folded?: unknown };
  const memory: CardMemory = {};
  if (dragged && Number.isFinite(dragged.top) && Number.isFinite(dragged.left)) memory.dragged = { top: dragged.top as number, left: dragged.left as number };
  if (folded === true) memory.folded = true;
  return memory;
}

export async function readCardMemory(host: string): Promise<CardMemory> {
  return parse((await readAll())[host]);
}

export async function writeCardMemory(host: string, memory: CardMemory): Promise<void> {
  const all = await readAll();
  await ext().storage.local.set({ [KEY]: { ...all, [host]: memory } }).catch(() => undefined);
}
