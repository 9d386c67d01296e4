// Where the person put the card and whether they folded it to a pill, per site (host name): kept
// in the extension's own storage, never in the page's.
import { storage } from 'wxt/utils/storage';

export interface CardMemory {
  dragged?: { top: number; left: number };
  folded?: boolean;
}

const cardMemoryItem = storage.defineItem<Record<string, CardMemory>>('local:card-places', { fallback: {}, version: 1 });

export async function readCardMemory(host: string): Promise<CardMemory> {
  const all = await cardMemoryItem.getValue().catch(() => ({}) as Record<string, CardMemory>);
  const mine = all[host];
  return mine && typeof mine === 'object' ? mine : {};
}

export async function writeCardMemory(host: string, memory: CardMemory): Promise<void> {
  const all = await cardMemoryItem.getValue().catch(() => ({}) as Record<string, CardMemory>);
  await cardMemoryItem.setValue({ ...all, [host]: memory }).catch(() => undefined);
}
