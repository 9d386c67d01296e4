import { i18n } from '#i18n';
import type { Ref } from 'preact';
import type { NextAction } from './nextAction';

export interface ActionStatus {
  text: string;
  tone: 'ok' | 'bad' | 'info';
}

interface Props {
  next: NextAction;
  /** The action runs now. */
  busy: boolean;
  /** What the last action did, or where a send stands: focused after each action. */
  status: ActionStatus | null;
  statusRef: Ref<HTMLParagraphElement>;
  onAct: () => void;
}

const busyWords = (kind: NextAction['kind']): string =>
  ({
    start: i18n.t('next.opening'),
    connect: i18n.t('next.opening'),
    send: i18n.t('next.sendingNow'),
    save: i18n.t('next.saving'),
    verify: i18n.t('next.verifying'),
    done: i18n.t('next.verifying'),
  })[kind];

/** The popup's one next action, always in view (sticky at the bottom), first in the keyboard
 *  order after the header; the status above it says what the last action did. */
export function NextActionBar({ next, busy, status, statusRef, onAct }: Props) {
  // Save submits the settings form (it may sit far above): the form checks its own fields.
  const submits = next.kind === 'save';
  return (
    <section class="next-bar" aria-label={i18n.t('next.barLabel')}>
      <p ref={statusRef} tabIndex={-1} class={`next-status tone-${status?.tone ?? 'info'}`} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
      <p id="next-hint" class={`next-hint${next.kind === 'done' ? ' tone-ok' : ''}`}>
        {next.hint}
      </p>
      <button
        type={submits ? 'submit' : 'button'}
        form={submits ? 'settings-form' : undefined}
        class={`btn btn-wide${next.kind === 'done' ? '' : ' btn-primary'}`}
        disabled={busy || next.blocked === true}
        aria-describedby="next-hint"
        onClick={submits ? undefined : onAct}
      >
        {busy ? busyWords(next.kind) : next.label}
      </button>
    </section>
  );
}
