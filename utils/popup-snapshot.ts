// The popup's state as the background last built it, kept in storage.session (memory only,
// extension pages only) so the popup can show values before the background answers.
// No secret values: hand-typed value drafts are left out; the popup reads them from their own
// item. No zod here on purpose: the popup bundle stays small, and only our background writes it.
import { storage } from 'wxt/utils/storage';
import type { PopupState } from './messages';
import { VALUE_DRAFT_PREFIX, valueDraftsItem } from './drafts';
import { SNAPSHOT_KEY, VALUE_DRAFTS_KEY, takeEarlyRead } from './popup-early-read';

export const popupSnapshotItem = storage.defineItem<PopupState | null>(`session:${SNAPSHOT_KEY}`, { fallback: null, version: 1 });

export function toSnapshot(state: PopupState): PopupState {
  const drafts = Object.fromEntries(Object.entries(state.drafts).filter(([key]) => !key.startsWith(VALUE_DRAFT_PREFIX)));
  return { ...state, drafts };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function looksLikeState(value: unknown): value is PopupState {
  return (
    isRecord(value) &&
    typeof value.configured === 'boolean' &&
    Array.isArray(value.values) &&
    Array.isArray(value.checklist) &&
    isRecord(value.queue) &&
    isRecord(value.fillValues) &&
    isRecord(value.drafts) &&
    Array.isArray(value.notices) &&
    typeof value.expiryHours === 'number'
  );
}

/** The state to show at once (snapshot + value drafts), or null when there is none to trust. */
export async function readSnapshot(): Promise<PopupState | null> {
  const early = await takeEarlyRead(); // started as the page was parsed (popup-early-read.ts)
  const [snapshot, valueDrafts] = early
    ? [early[SNAPSHOT_KEY], early[VALUE_DRAFTS_KEY]]
    : (await storage.getItems([popupSnapshotItem, valueDraftsItem])).map((item) => item.value);
  if (!looksLikeState(snapshot)) return null;
  const drafts = isRecord(valueDrafts) ? valueDrafts : {};
  return { ...snapshot, drafts: { ...snapshot.drafts, ...drafts } };
}
