// The one message protocol between content scripts, extension pages and the background.
// Every request is parsed with zod in the background and its sender checked (see
// utils/background/router.ts). Secrets travel only page → background (capture) and
// background → popup (reveal); content scripts never receive a value.
import { z } from 'zod';
import { CrmType, Session, VerifyResult, SettingsOptions, ConnectionStatus } from './heavyset/contract';
import type { OAuthState } from './guide/playbook';

const Crm = CrmType;
const FieldKey = z.string().regex(/^[a-zA-Z]{2,40}$/);
const MAX_VALUE = 4096;

/** Messages a content script may send (sender: a tab of the CRM's hosts). */
export const ContentRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('capture'),
    crm: Crm,
    field: FieldKey,
    value: z.string().min(1).max(MAX_VALUE),
    /** Page URL without query or hash secrets (origin + path + route). */
    source: z.string().max(2048),
  }),
  z.object({ type: z.literal('guide/state'), crm: Crm }),
  z.object({ type: z.literal('guide/done'), crm: Crm, stepIds: z.array(z.string().max(80)).max(50) }),
  /** Back on the OAuth return page: only the parameters the playbook names (never the code). */
  z.object({
    type: z.literal('oauth/returned'),
    crm: Crm,
    params: z
      .record(z.string().regex(/^[a-z][a-z-]{0,39}$/), z.string().max(300))
      .refine((params) => Object.keys(params).length <= 5 && !('code' in params), 'Only the location parameters.'),
  }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/** Messages from the popup and options page (sender: this extension's own pages). */
export const PageRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('options/get') }),
  z.object({
    type: z.literal('options/save'),
    apiUrl: z.string().max(2048),
    /** Empty keeps the stored code. */
    connectCode: z.string().max(512),
    engineerEmail: z.string().max(320),
  }),
  z.object({ type: z.literal('popup/state') }),
  z.object({ type: z.literal('value/reveal'), crm: Crm, field: FieldKey }),
  z.object({
    type: z.literal('value/set'),
    crm: Crm,
    field: FieldKey,
    value: z.string().max(MAX_VALUE),
    how: z.enum(['typed', 'pasted']),
  }),
  z.object({ type: z.literal('value/delete'), crm: Crm, field: FieldKey }),
  z.object({ type: z.literal('send'), crm: Crm }),
  z.object({ type: z.literal('settings/options') }),
  z.object({ type: z.literal('settings/save'), values: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('verify') }),
  z.object({ type: z.literal('checklist/tick'), crm: Crm, stepId: z.string().max(80), done: z.boolean() }),
  z.object({ type: z.literal('fill/set'), crm: Crm, key: z.string().max(40), value: z.string().max(2048) }),
  z.object({ type: z.literal('draft/set'), key: z.string().max(80), value: z.unknown() }),
  /** `location`: the Zoho data centre the person picked (default: HeavySet's default, us). */
  z.object({ type: z.literal('zoho/connect'), location: z.string().regex(/^[a-z]{2}$/).optional() }),
]);
export type PageRequest = z.infer<typeof PageRequest>;

export type ValueStatus = 'captured' | 'queued' | 'sending' | 'sent' | 'failed';

/** What the popup sees of one value: never the value itself (see value/reveal). */
export interface ValueView {
  field: string;
  label: string;
  secret: boolean;
  /** Absent when nothing is captured. */
  status?: ValueStatus;
  /** Last 4 characters, for secrets and the overlay's confirmation. */
  lastFour?: string;
  /** The value itself for non-secret fields (IDs), so they can be read at a glance. */
  plain?: string;
  check?: { ok: boolean; message: string };
  source?: string;
  how?: 'page' | 'typed' | 'pasted';
  capturedAt?: string;
  expiresAt?: string;
  sentAt?: string;
  /** HeavySet's own record: the field is set there (hint = last 4). */
  server?: { set: boolean; hint?: string; updatedAt?: string };
  /** Set by HeavySet itself: shown, never captured, edited or sent. */
  readOnly?: boolean;
  /** Earlier values replaced (dates only). */
  history: { capturedAt: string; replacedAt: string; wasSent: boolean }[];
}

export interface QueueView {
  state: 'idle' | 'sending' | 'waiting' | 'failed' | 'done';
  /** Words a person can act on. */
  message?: string;
  nextAttemptAt?: string;
  attempts: number;
}

export interface ChecklistItem {
  id: string;
  guideStep: string;
  title: string;
  place: string;
  done: boolean;
  /** Ticked by the person rather than seen by the assistant. */
  byHand: boolean;
}

export interface PopupState {
  configured: boolean;
  session?: Session;
  sessionProblem?: string;
  crm?: CrmType;
  values: ValueView[];
  checklist: ChecklistItem[];
  queue: QueueView;
  settings?: { values: Record<string, unknown>; complete: boolean; savedAt?: string };
  verify?: VerifyResult & { at: string };
  connection?: ConnectionStatus;
  fillValues: Record<string, string>;
  drafts: Record<string, unknown>;
  /** Hours a captured value is kept before it is purged. */
  expiryHours: number;
  /** The OAuth connection (playbooks with `oauth`). */
  oauth?: OAuthView;
}

/** Where an OAuth connection stands, in words a person can act on. */
export interface OAuthView {
  state: OAuthState;
  message: string;
  /** The region picked when it was started, or read on the return page. */
  region?: string;
}

export interface GuideState {
  captured: string[];
  sent: string[];
  done: string[];
  settingsSaved: boolean;
  verified: boolean;
  /** Non-secret values used by "Fill for me" (homepage, engineer e-mail). */
  fillValues: Record<string, string>;
  oauth?: OAuthView;
}

export type CaptureResult =
  | { ok: true; outcome: 'stored' | 'unchanged'; lastFour: string }
  | { ok: false; problem: string; /** The value looks like this other field instead. */ looksLike?: string };

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

/** Response type per request type. */
export interface Responses {
  capture: CaptureResult;
  'guide/state': GuideState;
  'guide/done': Result<null>;
  'oauth/returned': Result<OAuthView>;
  'options/get': {
    apiUrl: string;
    engineerEmail: string;
    connectCodeLastFour?: string;
    session?: Session;
  };
  'options/save': Result<Session>;
  'popup/state': PopupState;
  'value/reveal': Result<string>;
  'value/set': CaptureResult;
  'value/delete': Result<null>;
  send: Result<null>;
  'settings/options': Result<SettingsOptions>;
  'settings/save': Result<null>;
  verify: Result<VerifyResult>;
  'checklist/tick': Result<null>;
  'fill/set': Result<null>;
  'draft/set': Result<null>;
  'zoho/connect': Result<{ url: string }>;
}

export type AnyRequest = ContentRequest | PageRequest;
export type ResponseOf<T extends AnyRequest['type']> = Responses[T];

export { VerifyResult, SettingsOptions };
