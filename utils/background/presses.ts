// The person's last press on a CRM page, per tab, in memory: a form posted loads the page that answers it,
// and that page's content script starts afresh. The background tells it the press came just before (then
// what it shows on arrival is new: a token shown once on the page a form POST led to).
import type { From } from './handlers/types';

/** How long after the press a new page of the same site in the same tab answers it. */
export const PRESS_ANSWERED_MS = 10_000;

export function pressMemory(now = (): number => Date.now()) {
  const last = new Map<number, { at: number; origin: string }>();
  const originOf = (url: string): string => URL.parse(url)?.origin ?? '';
  return {
    pressed(from: From): void {
      if (from.tabId !== undefined) last.set(from.tabId, { at: now(), origin: originOf(from.url) });
    },
    pressedBefore(from: From): boolean {
      const press = from.tabId === undefined ? undefined : last.get(from.tabId);
      return !!press && press.origin === originOf(from.url) && now() - press.at < PRESS_ANSWERED_MS;
    },
  };
}
