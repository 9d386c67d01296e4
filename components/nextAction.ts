// The popup's one next action, from what the background knows: the sticky bar at its bottom
// offers it (and only it), so the person never has to look for what to do.
import { i18n } from '#i18n';
import type { Playbook } from '../utils/guide/playbook';
import { listed } from '../utils/words';
import type { PopupState, ValueView } from '../utils/messages';

export type NextKind = 'start' | 'connect' | 'send' | 'save' | 'verify' | 'done';

export interface NextAction {
  kind: NextKind;
  /** The button's words. */
  label: string;
  /** One line above the button: what it does, or why it cannot be done now. */
  hint: string;
  /** Why the button is off now (the hint says it). */
  blocked?: boolean;
}

const PENDING: ValueView['status'][] = ['captured', 'queued', 'failed', 'sending'];

export { listed };

/** HeavySet holds this field (sent from here, or its own record says so). */
function atHeavySet(state: PopupState, field: string): boolean {
  const view = state.values.find((v) => v.field === field);
  const setting = state.settings?.values[field];
  return (
    view?.status === 'sent' ||
    view?.server?.set === true ||
    state.connection?.fields[field]?.set === true ||
    (setting !== undefined && setting !== null && setting !== '')
  );
}

/** The seed's fix for a failed Verify check or a refused field, when the playbook ties one to it. */
export function troubleFor(playbook: Playbook, target: { check: string } | { field: string }): string | undefined {
  return playbook.popupTroubles.find(
    (t) => t.when === 'rejected' && ('check' in target ? t.checks?.includes(target.check) : t.fields?.includes(target.field)),
  )?.message;
}

/** Connection values are at HeavySet, so it can read the CRM's options. */
export function isConnected(playbook: Playbook, state: PopupState): boolean {
  if (state.connection?.complete) return true;
  const connectionFields = playbook.fields.filter((f) => f.sendTo === 'connection');
  return connectionFields.length > 0 && connectionFields.every((f) => atHeavySet(state, f.key));
}

/** The settings the person edits in the popup (not the ones a captured field carries). */
export const editableSettings = (playbook: Playbook) => playbook.settings.filter((s) => s.input.kind !== 'field');

/** The last Verify still speaks for what HeavySet holds (nothing sent or saved after it). */
function verifyIsFresh(state: PopupState): boolean {
  const at = state.verify?.at;
  if (!at) return false;
  const later = [...state.values.map((v) => v.sentAt), state.settings?.savedAt].filter((t): t is string => t !== undefined);
  return later.every((t) => Date.parse(t) <= Date.parse(at));
}

export function nextAction(playbook: Playbook, state: PopupState, ui: { settingsDirty: boolean }): NextAction {
  const sendable = playbook.fields.filter((f) => !f.readOnly);
  const pending = state.values.filter((v) => PENDING.includes(v.status) && sendable.some((f) => f.key === v.field));
  const send = { kind: 'send' as const, label: i18n.t('next.send') };

  if (state.codeProblem) {
    const hint = i18n.t('next.codeProblem');
    return pending.length ? { ...send, hint, blocked: true } : { kind: 'verify', label: i18n.t('next.verify'), hint, blocked: true };
  }

  if (playbook.oauth && !isConnected(playbook, state)) {
    const label = playbook.oauth.label;
    if (state.oauth?.state === 'waiting')
      return { kind: 'connect', label, hint: i18n.t('next.oauthWaiting', { provider: playbook.oauth.provider }), blocked: true };
    return { kind: 'connect', label, hint: i18n.t('next.oauthPick', { region: playbook.oauth.regionLabel }) };
  }

  if (pending.length) {
    if (state.queue.state === 'sending' || pending.some((v) => v.status === 'sending'))
      return { ...send, hint: i18n.t('next.sending'), blocked: true };
    const hint = pending.length === 1 ? i18n.t('next.sendOne', { field: pending[0]!.label }) : i18n.t('next.sendMany', { count: pending.length });
    return { ...send, hint };
  }

  const start = playbook.start && 'url' in playbook.start ? playbook.start : undefined;
  const missing = sendable.filter((f) => !atHeavySet(state, f.key));
  if (missing.length && start) {
    const what = missing.length === sendable.length && missing.length > 2 ? i18n.t('next.theValues') : i18n.t('next.theFields', { fields: listed(missing.map((f) => f.label)) });
    return { kind: 'start', label: start.label, hint: i18n.t('next.capture', { what, crm: playbook.name }) };
  }

  // A failed check that only a new value fixes: back to the CRM's pages (a new value then makes Send next).
  const failedChecks = verifyIsFresh(state) ? (state.verify?.checks.filter((c) => !c.ok) ?? []) : [];
  const refetch = failedChecks.flatMap((c) => playbook.popupTroubles.find((t) => t.checks?.includes(c.id) && t.fields?.length)?.fields ?? []);
  if (refetch.length && start) {
    const labels = [...new Set(refetch)].map((key) => playbook.fields.find((f) => f.key === key)?.label ?? key);
    return { kind: 'start', label: start.label, hint: i18n.t('next.captureNew', { fields: listed(labels) }) };
  }

  if (isConnected(playbook, state) && editableSettings(playbook).length && (ui.settingsDirty || !state.settings?.complete))
    return { kind: 'save', label: i18n.t('next.saveSettings'), hint: ui.settingsDirty ? i18n.t('next.saveChanged') : i18n.t('next.saveChoose') };

  if (verifyIsFresh(state) && state.verify?.ok)
    return { kind: 'done', label: i18n.t('next.verifyAgain'), hint: i18n.t('next.working') };
  if (!isConnected(playbook, state)) {
    const hint = playbook.oauth ? i18n.t('next.oauthFirst', { action: playbook.oauth.label }) : i18n.t('next.captureFirst');
    return { kind: 'verify', label: i18n.t('next.verify'), hint, blocked: true };
  }
  return {
    kind: 'verify',
    label: verifyIsFresh(state) ? i18n.t('next.verifyAgain') : i18n.t('next.verify'),
    hint: verifyIsFresh(state) ? i18n.t('next.fixThenVerify') : i18n.t('next.checkConnection'),
  };
}
