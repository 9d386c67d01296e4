// A value's text, the same everywhere (page capture, typing, pasting, the vault, the card).

/** Zero-width characters (global: for replace). */
export const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Drops zero-width characters anywhere and trims spaces, NBSP and line breaks around. */
export function cleanValue(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(/^[\s\u00A0]+|[\s\u00A0]+$/g, '');
}

/** What the card and the popup show of a value: its last 4 characters. */
export function lastFour(value: string): string {
  return cleanValue(value).slice(-4);
}
