import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ask } from '../utils/ask';
import type { CrmType } from '../utils/heavyset/contract';
import type { ValueView } from '../utils/messages';
import { copyAndClearLater, copyPlain } from './clipboard';
import { ago, hostOf, inTime, masked } from './format';
import { StatusChip } from './StatusChip';
import { useTemporary } from './useTemporary';
import { ValueEditor } from './ValueEditor';
import { ProposedValue } from './ProposedValue';

/** A revealed secret hides again after this. */
export const REVEAL_MS = 30_000;
const NOTE_MS = 4_000;

interface Props {
  crm: CrmType;
  view: ValueView;
  labelOf: (field: string) => string;
  /** The seed's fix, when HeavySet refused this very value. */
  fix?: string;
  /** A hand-typed value kept while the popup was closed: the editor reopens with it. */
  draft?: string;
  onChanged: () => void;
}

export function ValueRow({ crm, view, labelOf, fix, draft, onChanged }: Props) {
  const [revealed, setRevealed, hide] = useTemporary<string | null>(null, REVEAL_MS);
  const [note, setNote] = useTemporary<string | null>(null, NOTE_MS);
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState(draft !== undefined);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const captured = view.status !== undefined;
  // Sent values are purged from this computer at once: only HeavySet holds them now.
  const held = captured && view.status !== 'sent';

  async function readValue(): Promise<string | null> {
    if (!view.secret && view.plain !== undefined) return view.plain;
    const result = await ask({ type: 'value/reveal', crm, field: view.field });
    if (result.ok) return result.value;
    setProblem(result.problem);
    return null;
  }

  async function reveal() {
    setProblem(null);
    const value = await readValue();
    if (value !== null) setRevealed(value);
  }

  async function copy() {
    setProblem(null);
    const value = revealed ?? (await readValue());
    if (value === null) return;
    try {
      if (view.secret) {
        await copyAndClearLater(value);
        setNote(i18n.t('value.copiedSecret'));
      } else {
        await copyPlain(value);
        setNote(i18n.t('value.copied'));
      }
    } catch {
      setProblem(i18n.t('value.copyRefused'));
    }
  }

  /** Pick on page: the CRM tab's card waits for the person to click the value. */
  async function pick() {
    setProblem(null);
    const result = await ask({ type: 'value/pick', crm, field: view.field });
    if (result.ok) setNote(i18n.t('value.pickNow', { field: view.label, host: hostOf(result.value.pageUrl) }));
    else setProblem(result.problem);
  }
  const pickButton = !view.readOnly && (
    <button type="button" class="btn btn-small btn-quiet" onClick={pick} title={i18n.t('value.pickTitle')}>
      {i18n.t('value.pick')}
    </button>
  );

  async function remove() {
    setConfirmingRemove(false);
    const result = await ask({ type: 'value/delete', crm, field: view.field });
    if (result.ok) {
      hide();
      onChanged();
    } else setProblem(result.problem);
  }

  const editor = editing && (
    <ValueEditor
      crm={crm}
      field={view.field}
      label={view.label}
      secret={view.secret}
      labelOf={labelOf}
      draft={draft}
      onDone={() => {
        setEditing(false);
        onChanged();
      }}
    />
  );

  // Sent: one compact row (the value is at HeavySet, nothing left here to reveal or copy).
  if (view.status === 'sent' && !view.proposed) {
    return (
      <div class="value-row status-sent compact" role="group" aria-label={view.label}>
        <div class="value-head">
          <span class="value-label">{view.label}</span>
          <code class="value-text" aria-label={i18n.t('value.valueOf', { field: view.label })}>
            {view.secret ? `…${view.lastFour ?? ''}` : (view.plain ?? `…${view.lastFour ?? ''}`)}
          </code>
          <StatusChip status="sent" />
          {!editing && (
            <button type="button" class="btn btn-small btn-quiet" onClick={() => setEditing(true)}>
              {i18n.t('value.replace')}
            </button>
          )}
        </div>
        <p class="meta">
          {view.sentAt ? i18n.t('value.sentAgo', { when: ago(view.sentAt) }) : i18n.t('value.sent')}
          {view.server?.set ? i18n.t('value.heavySetHas', { hint: view.server.hint ?? '' }) : ''}
        </p>
        {editor}
      </div>
    );
  }

  // Nothing yet: one line (the next action says where the value comes from).
  if (!captured) {
    return (
      <div class="value-row status-none compact" role="group" aria-label={view.label}>
        <div class="value-head">
          <span class="value-label">{view.label}</span>
          <StatusChip status={undefined} />
          <span class="spacer" />
          {!editing && pickButton}
          {!editing && (
            <button type="button" class="btn btn-small btn-quiet" onClick={() => setEditing(true)}>
              {i18n.t('value.enterByHand')}
            </button>
          )}
        </div>
        {note && (
          <p class="meta" role="status">
            {note}
          </p>
        )}
        {editor}
        {problem && (
          <p class="problem" role="alert">
            ⚠ {problem}
          </p>
        )}
      </div>
    );
  }

  // Once sent the value is gone from this computer: never keep showing a revealed copy.
  const visible = held ? revealed : null;
  const shown = view.secret ? (visible ?? masked(view.lastFour)) : (view.plain ?? masked(view.lastFour));
  const failedCheck = view.check && !view.check.ok ? view.check.message : null;
  // A failed send that was not about this value (a refused connect code): it waits, it is not wrong.
  const waits = view.status === 'failed' && !view.refused && !failedCheck;

  return (
    <div class={`value-row status-${waits ? 'queued' : view.status}`} role="group" aria-label={view.label}>
      <div class="value-head">
        <span class="value-label">{view.label}</span>
        <StatusChip status={view.status} notSent={waits} />
      </div>

      <div class="value-line">
        <code class="value-text" aria-label={i18n.t('value.valueOf', { field: view.label })}>
          {shown}
        </code>
        {held && view.secret && (
          <button type="button" class="btn btn-small btn-quiet" onClick={revealed ? hide : reveal}>
            {revealed ? i18n.t('value.hide') : i18n.t('value.reveal')}
          </button>
        )}
        {held && (
          <button type="button" class="btn btn-small btn-quiet" onClick={copy}>
            {i18n.t('value.copy')}
          </button>
        )}
        {!editing && (
          <button type="button" class="btn btn-small btn-quiet" onClick={() => setEditing(true)}>
            {held ? i18n.t('value.edit') : i18n.t('value.replace')}
          </button>
        )}
        {!editing && held && pickButton}
      </div>
      {note && (
        <p class="meta" role="status">
          ✓ {note}
        </p>
      )}

      <ProposedValue crm={crm} view={view} onChanged={onChanged} />

      {failedCheck && <p class="check bad">⚠ {failedCheck}</p>}
      {fix && <p class="fix">{fix}</p>}

      <ValueMeta view={view}>
        {held && !confirmingRemove && (
          <button type="button" class="link-button remove" onClick={() => setConfirmingRemove(true)}>
            {i18n.t('value.removeMore')}
          </button>
        )}
      </ValueMeta>

      {view.server?.set && <p class="meta">{i18n.t('value.heavySetHasLine', { hint: view.server.hint ?? '' })}</p>}

      {editor}

      {problem && (
        <p class="problem" role="alert">
          ⚠ {problem}
        </p>
      )}

      {held && confirmingRemove && (
        <div class="confirm" role="alertdialog" aria-label={i18n.t('value.removeLabel', { field: view.label })}>
          <span>{i18n.t('value.removeQuestion', { field: view.label })}</span>
          <button type="button" class="btn btn-small btn-danger" onClick={remove}>
            {i18n.t('value.remove')}
          </button>
          <button type="button" class="btn btn-small btn-quiet" onClick={() => setConfirmingRemove(false)}>
            {i18n.t('value.keep')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Where the value came from and how long it stays, in one line; `children` follow it (Remove…). */
function ValueMeta({ view, children }: { view: ValueView; children?: ComponentChildren }) {
  if (view.status === undefined) return null;
  const origin =
    view.how === 'typed'
      ? i18n.t('value.typed')
      : view.how === 'pasted'
        ? i18n.t('value.pasted')
        : view.how === 'picked' && view.source
          ? i18n.t('value.picked', { host: hostOf(view.source) })
          : view.source
            ? i18n.t('value.from', { host: hostOf(view.source) })
            : null;
  const parts = [
    view.check?.ok ? i18n.t('value.formatOk') : null,
    origin,
    view.capturedAt ? i18n.t('value.capturedAgo', { when: ago(view.capturedAt) }) : null,
    view.expiresAt && view.status !== 'sent' ? i18n.t('value.purgedIn', { when: inTime(view.expiresAt) }) : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0 && !children) return null;
  return (
    <p class="meta" title={view.source}>
      {parts.join(' · ')} {children}
    </p>
  );
}
