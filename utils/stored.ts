// Stored records are read entry by entry: an entry that no longer parses (corrupt, or written by
// another version) is dropped and reported, the others survive. One bad entry never makes the
// whole record read as empty.
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** What the assistant had to drop from its storage, in words for the popup (newest first). */
export const noticesItem = storage.defineItem<string[]>('local:storage-notices', { fallback: [], version: 1 });

const MAX_NOTICES = 5;

export async function addNotice(text: string): Promise<void> {
  const notices = z.array(z.string()).catch([]).parse(await noticesItem.getValue());
  await noticesItem.setValue([text, ...notices.filter((n) => n !== text)].slice(0, MAX_NOTICES));
}

export async function readNotices(): Promise<string[]> {
  return z.array(z.string()).catch([]).parse(await noticesItem.getValue());
}

export async function clearNotices(): Promise<void> {
  await noticesItem.setValue([]);
}

export interface Parsed<T> {
  value: T;
  /** How many entries were dropped. */
  dropped: number;
}

/** The entries of a stored list that parse (anything not a list: none, counted as one dropped). */
export function parseList<T>(entry: z.ZodType<T>, raw: unknown): Parsed<T[]> {
  if (raw === null || raw === undefined) return { value: [], dropped: 0 };
  if (!Array.isArray(raw)) return { value: [], dropped: 1 };
  const value: T[] = [];
  for (const item of raw) {
    const parsed = entry.safeParse(item);
    if (parsed.success) value.push(parsed.data);
  }
  return { value, dropped: raw.length - value.length };
}

/** The entries of a stored record (key → entry) that parse. */
export function parseRecord<T>(entry: z.ZodType<T>, raw: unknown): Parsed<Record<string, T>> {
  if (raw === null || raw === undefined) return { value: {}, dropped: 0 };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { value: {}, dropped: 1 };
  const value: Record<string, T> = {};
  let dropped = 0;
  for (const [key, item] of Object.entries(raw)) {
    const parsed = entry.safeParse(item);
    if (parsed.success) value[key] = parsed.data;
    else dropped++;
  }
  return { value, dropped };
}

