// What the person is typing in the popup, kept while it is closed: settings choices in
// storage.local, hand-typed values (maybe secrets) in storage.session only (memory, never disk).
import { storage } from 'wxt/utils/storage';
import { VALUE_DRAFTS_KEY } from './popup-early-read';

export const draftsItem = storage.defineItem<Record<string, unknown>>('local:drafts', { fallback: {}, version: 1 });
export const valueDraftsItem = storage.defineItem<Record<string, unknown>>(`session:${VALUE_DRAFTS_KEY}`, { fallback: {}, version: 1 });

/** Keys of hand-typed value drafts start with this (they go to valueDraftsItem). */
export const VALUE_DRAFT_PREFIX = 'value:';

export const valueDraftKey = (crm: string, field: string): string => `${VALUE_DRAFT_PREFIX}${crm}:${field}`;
export const settingDraftKey = (crm: string, key: string): string => `settings.${crm}.${key}`;
