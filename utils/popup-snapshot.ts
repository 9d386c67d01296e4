// The popup's state as the background last built it, kept in storage.session (memory only,
// extension pages only) so the popup can show values before the background answers.
// No secret values: hand-typed value drafts are left out; the popup reads them from their own
// session item. No zod here on purpose: the popup bundle stays small, and only our background writes it.
import type { PopupState } from './messages';

/** storage.session key of the snapshot. */
export const POPUP_SNAPSHOT_KEY = 'popup-snapshot';
/** storage.session key of the hand-typed value drafts (stores.ts → valueDraftsItem). */
export const VALUE_DRAFTS_KEY = 'value-drafts';
/** Prefix of value draft keys (stores.ts → VALUE_DRAFT_PREFIX). */
const VALUE_DRAFT_PREFIX = 'value:';
const VERSION = 1;

export interface PopupSnapshot {
  version: typeof VERSION;
  state: PopupState;
}

export function toSnapshot(state: PopupState): PopupSnapshot {
  const drafts = Object.fromEntries(Object.entries(state.drafts).filter(([key]) => !key.startsWith(VALUE_DRAFT_PREFIX)));
  return { version: VERSION, state: { ...state, drafts } };
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
    typeof value.expiryHours === 'number'
  );
}

/** The state to show at once from what storage.session holds (snapshot + value drafts), or null. */
export function fromSession(stored: Record<string, unknown>): PopupState | null {
  const snapshot = stored[POPUP_SNAPSHOT_KEY];
  if (!isRecord(snapshot) || snapshot.version !== VERSION || !looksLikeState(snapshot.state)) return null;
  const valueDrafts = isRecord(stored[VALUE_DRAFTS_KEY]) ? stored[VALUE_DRAFTS_KEY] : {};
  return { ...snapshot.state, drafts: { ...snapshot.state.drafts, ...valueDrafts } };
}
