// The one message protocol between content scripts, extension pages and the background.
// Every request is parsed with zod in the background and its sender checked (see
// utils/background/router.ts); every answer is one envelope, `Reply`: a value, or a problem in
// words a person can act on. Secrets travel only page → background (capture) and background →
// popup (reveal); content scripts never receive a value.
import { i18n } from '#i18n';
import { z } from 'zod';
import { CrmType, type Session, type VerifyResult, type SettingsOptions, type ConnectionStatus } from './heavyset/contract';
import { MAX_PAGE_REPORT_BYTES, MAX_REPORT_NOTE_LENGTH } from './heavyset/report-limits';

const FieldKey = z.string().regex(/^[a-zA-Z]{2,40}$/);
const StepId = z.string().max(80);
/** The longest value a field may hold (the API refuses longer ones). */
export const MAX_VALUE_LENGTH = 4096;
const Value = z.string().max(MAX_VALUE_LENGTH, { error: () => i18n.t('limits.value', { max: MAX_VALUE_LENGTH }) });

/** Messages a content script may send (sender: a tab of its CRM's pages). */
export const ContentRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('capture'),
    crm: CrmType,
    field: FieldKey,
    value: Value.min(1),
    /** How strong the page's evidence was (capture.ts): a stronger value may replace a weaker one not sent yet. */
    rank: z.number().int().min(0).max(10).optional(),
    /** The person pointed at the value themselves (Pick on page). */
    picked: z.boolean().optional(),
    /** Page URL without query or hash secrets (origin + path + route). */
    source: z.string().max(2048),
  }),
  z.object({ type: z.literal('guide/state'), crm: CrmType }),
  /** The person pressed something on the page that does not go somewhere (Generate, a form's submit): if the tab
   *  loads a new page of the same site right after, that page answers the press (its values are new). */
  z.object({ type: z.literal('guide/pressed'), crm: CrmType }),
  /** The playbook to use from this start: a signed update held by the background, or null for the bundled one. */
  z.object({ type: z.literal('guide/playbook'), crm: CrmType }),
  /** The person chose, on the card or in the popup, between a held value and a different one the page showed. */
  z.object({ type: z.literal('value/decide'), crm: CrmType, field: FieldKey, use: z.enum(['proposed', 'held']) }),
  z.object({ type: z.literal('guide/done'), crm: CrmType, stepIds: z.array(StepId).max(50) }),
  /** Back on the OAuth return page: only the parameters the playbook names (never the code). */
  z.object({
    type: z.literal('oauth/returned'),
    crm: CrmType,
    params: z
      .record(z.string().regex(/^[a-z][a-z-]{0,39}$/), z.string().max(300))
      .refine((params) => Object.keys(params).length <= 5 && !('code' in params), { error: () => i18n.t('limits.returnParams') }),
  }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/** Messages from the popup and options page (sender: this extension's own pages). */
export const PageRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('options/get') }),
  z.object({
    type: z.literal('options/save'),
    apiUrl: z.string().max(2048, { error: () => i18n.t('limits.apiUrl') }),
    /** Empty keeps the stored code. */
    connectCode: z.string().max(512, { error: () => i18n.t('limits.connectCode') }),
    engineerEmail: z.string().max(320, { error: () => i18n.t('limits.engineerEmail') }),
  }),
  z.object({ type: z.literal('popup/state') }),
  z.object({ type: z.literal('value/reveal'), crm: CrmType, field: FieldKey }),
  z.object({ type: z.literal('value/set'), crm: CrmType, field: FieldKey, value: Value, how: z.enum(['typed', 'pasted']) }),
  z.object({ type: z.literal('value/delete'), crm: CrmType, field: FieldKey }),
  /** Pick on page: the CRM tab's card lets the person click the element showing this field's value. */
  z.object({ type: z.literal('value/pick'), crm: CrmType, field: FieldKey }),
  /** Values captured before a code was saved: used for the connected config, or discarded. */
  z.object({ type: z.literal('values/bind'), crm: CrmType }),
  /** Values bound elsewhere (null: not bound yet) removed. */
  z.object({ type: z.literal('values/discard'), crm: CrmType, configId: z.string().max(100).nullable() }),
  z.object({ type: z.literal('send'), crm: CrmType }),
  z.object({ type: z.literal('settings/options') }),
  z.object({ type: z.literal('settings/save'), values: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('verify') }),
  z.object({ type: z.literal('checklist/tick'), crm: CrmType, stepId: StepId, done: z.boolean() }),
  z.object({ type: z.literal('fill/set'), crm: CrmType, key: z.string().max(40), value: z.string().max(2048, { error: () => i18n.t('limits.fillValue') }) }),
  z.object({ type: z.literal('draft/set'), key: z.string().max(80), value: z.unknown() }),
  /** The person read the storage notices. */
  z.object({ type: z.literal('notices/clear') }),
  /** Forget this browser's link to HeavySet and everything captured (options page, after a confirmation). */
  z.object({ type: z.literal('options/disconnect') }),
  /** Starts the playbook's OAuth connection; `region`: one of its regions (default: the first). */
  z.object({ type: z.literal('oauth/start'), region: z.string().regex(/^[a-z0-9-]{1,20}$/).optional() }),
  /** Signed playbook updates: what is in use per CRM and why (options page); `check`: check now. */
  z.object({ type: z.literal('playbooks/status') }),
  z.object({ type: z.literal('playbooks/check') }),
  /** "Report this page": a redacted snapshot of the CRM tab the person is on, to preview. */
  z.object({ type: z.literal('report/snapshot') }),
  /** Sends the previewed report (only on the person's click). */
  z.object({
    type: z.literal('report/send'),
    crm: CrmType,
    pageUrl: z.string().max(2048),
    stepId: StepId.nullable(),
    playbookVersion: z.number().int().min(1).nullable(),
    note: z.string().max(MAX_REPORT_NOTE_LENGTH, { error: () => i18n.t('limits.note', { max: MAX_REPORT_NOTE_LENGTH }) }),
    snapshot: z.string().max(MAX_PAGE_REPORT_BYTES, { error: () => i18n.t('limits.snapshot') }),
  }),
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
  how?: 'page' | 'picked' | 'typed' | 'pasted';
  capturedAt?: string;
  expiresAt?: string;
  sentAt?: string;
  /** HeavySet's own record: the field is set there (hint = last 4). */
  server?: { set: boolean; hint?: string; updatedAt?: string };
  /** Set by HeavySet itself: shown, never captured, edited or sent. */
  readOnly?: boolean;
  /** Earlier values replaced (dates only). */
  history: { capturedAt: string; replacedAt: string; wasSent: boolean }[];
  /** A different value the page showed, waiting for the person's choice (last 4 only). */
  proposed?: { lastFour: string; source: string; capturedAt: string };
  /** HeavySet refused this very value (not the connect code, not the network). */
  refused?: boolean;
}

/** Values of the CRM bound elsewhere: captured before a code was saved (configId null), or for
 *  another organization's config. Never sent with this config's. */
export interface ElsewhereView {
  configId: string | null;
  organization?: string;
  values: { label: string; lastFour: string }[];
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
  /** HeavySet refused the saved connect code: said once, at the top; nothing is sent until it is replaced. */
  codeProblem?: { title: string; message: string; codeLastFour?: string };
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
  /** What the assistant had to drop from its storage (unreadable entries), in words. */
  notices: string[];
  elsewhere: ElsewhereView[];
}

export type OAuthState = 'idle' | 'waiting' | 'connected' | 'failed';

/** Where an OAuth connection stands, in words a person can act on. */
export interface OAuthView {
  state: OAuthState;
  message: string;
  /** The region picked when it was started, or read on the return page. */
  region?: string;
}

export interface GuideState {
  captured: string[];
  /** Fields kept here, not yet confirmed by HeavySet. */
  unsent: string[];
  /** Fields the last Verify found wrong (none captured again since). */
  rejected: string[];
  /** Fields for which the page showed a different value, waiting for the person (last 4 of each). */
  proposed: { field: string; held: string; proposed: string }[];
  sent: string[];
  done: string[];
  settingsSaved: boolean;
  verified: boolean;
  /** Non-secret values used by "Fill for me" (homepage, engineer e-mail). */
  fillValues: Record<string, string>;
  oauth?: OAuthView;
  /** This tab's previous page of the same site had the person press something that does not go somewhere seconds
   *  ago (a form posted): what this page shows on arrival answers it. */
  pressedBefore?: boolean;
}

export interface OptionsView {
  apiUrl: string;
  engineerEmail: string;
  connectCodeLastFour?: string;
  /** Why the saved code is gone (it could not be decrypted), in words. */
  connectCodeProblem?: string;
  session?: Session;
}

export type Stored = { outcome: 'stored' | 'unchanged' | 'proposed'; lastFour: string };

/** Every answer: the value asked for, or why not in words (`looksLike`: the field it resembles). */
export type Reply<T> = { ok: true; value: T } | { ok: false; problem: string; looksLike?: string };

export const answer = <T>(value: T): Reply<T> => ({ ok: true, value });
export const refuse = (problem: string, looksLike?: string): { ok: false; problem: string; looksLike?: string } =>
  looksLike ? { ok: false, problem, looksLike } : { ok: false, problem };

/** The value of each request's answer. */
export interface Responses {
  capture: Stored;
  'guide/state': GuideState;
  /** The playbook in use: a signed update (its version, checked in the background) or the bundled one (null). */
  'guide/playbook': { version: number | null; playbook: unknown };
  'guide/done': null;
  'guide/pressed': null;
  'oauth/returned': OAuthView;
  'options/get': OptionsView;
  'options/save': Session;
  'popup/state': PopupState;
  'value/reveal': string;
  'value/set': Stored;
  'value/delete': null;
  /** The CRM page now waiting for the person's click (origin and path). */
  'value/pick': { pageUrl: string };
  'value/decide': null;
  'values/bind': null;
  'values/discard': null;
  send: null;
  'settings/options': SettingsOptions;
  'settings/save': null;
  verify: VerifyResult;
  'checklist/tick': null;
  'fill/set': null;
  'draft/set': null;
  'oauth/start': { url: string };
  'notices/clear': null;
  'options/disconnect': null;
  'playbooks/status': PlaybookStatusView;
  'playbooks/check': PlaybookStatusView;
  'report/snapshot': PageSnapshot;
  'report/send': { id: string };
}

/** A playbook in use per CRM, and why (options page). */
export interface PlaybookStatusView {
  apiUrl: string;
  /** Who may sign the updates for this API URL. */
  trust: 'production' | 'sandbox' | 'none';
  /** How many HeavySet production keys this build pins (0: a build without them). */
  productionKeys: number;
  /** Where updates come from, in words. */
  summary: string;
  crms: {
    crm: CrmType;
    name: string;
    /** Version in use (the bundled playbook's own number when bundled). */
    version: number;
    source: 'bundled' | 'remote';
    lastCheck?: string;
    outcome?: 'updated' | 'unchanged' | 'none-published' | 'refused' | 'failed' | 'no-keys';
    /** Why an update was refused, what failed, what was taken. */
    message?: string;
  }[];
}

/** Sent by the background to a CRM tab (tabs.sendMessage): start Pick on page for this field. */
export interface GuidePickRequest {
  type: 'guide/pick';
  crm: CrmType;
  field: string;
}

/** Sent by the background to the active tab (tabs.sendMessage) when the person presses the card's
 *  keyboard shortcut (manifest `commands`): the card takes the focus. */
export interface CardFocusRequest {
  type: 'card/focus';
}

/** What a content script answers to `page/snapshot` (sent by the background with tabs.sendMessage). */
export interface PageSnapshotRequest {
  type: 'page/snapshot';
  /** Every field's `detect` and `format` pattern, of every playbook (TextMatch strings). */
  detect: string[];
  formats: string[];
}
export interface PageSnapshotAnswer {
  /** The CRM of the content script that answered, and its page: origin and path only. */
  crm: CrmType;
  pageUrl: string;
  snapshot: string;
  /** The card's step, when it shows one. */
  stepId: string | null;
  /** The signed update in use, or null for the bundled playbook. */
  playbookVersion: number | null;
  /** How many values were replaced by placeholders. */
  replaced: number;
}

/** A redacted page, for the person to read before sending it. */
export interface PageSnapshot extends PageSnapshotAnswer {
  crmName: string;
  /** UTF-8 bytes of the snapshot. */
  bytes: number;
}

export type AnyRequest = ContentRequest | PageRequest;
export type ResponseOf<T extends AnyRequest['type']> = Reply<Responses[T]>;
