import { useState } from 'preact/hooks';
import { ask } from '../utils/ask';
import type { CrmType } from '../utils/heavyset/contract';
import type { ValueView } from '../utils/messages';
import { ago, inTime, masked, shortSource } from './format';
import { StatusChip } from './StatusChip';
import { useTemporary } from './useTemporary';
import { ValueEditor } from './ValueEditor';
import { ProposedValue } from './ProposedValue';

const REVEAL_MS = 30_000;
const NOTE_MS = 2_500;

interface Props {
  crm: CrmType;
  view: ValueView;
  labelOf: (field: string) => string;
  /** A hand-typed value kept while the popup was closed: the editor reopens with it. */
  draft?: string;
  onChanged: () => void;
}

export function ValueRow({ crm, view, labelOf, draft, onChanged }: Props) {
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
      await navigator.clipboard.writeText(value);
      setNote('Copied');
    } catch {
      setProblem('The browser did not allow copying. Reveal the value and copy it by hand.');
    }
  }

  async function remove() {
    setConfirmingRemove(false);
    const result = await ask({ type: 'value/delete', crm, field: view.field });
    if (result.ok) {
      hide();
      onChanged();
    } else setProblem(result.problem);
  }

  // Once sent the value is gone from this computer: never keep showing a revealed copy.
  const visible = held ? revealed : null;
  const shown = !captured ? '—' : view.secret ? (visible ?? masked(view.lastFour)) : (view.plain ?? masked(view.lastFour));

  return (
    <div class={`value-row status-${view.status ?? 'none'}`} role="group" aria-label={view.label}>
      <div class="value-head">
        <span class="value-label">{view.label}</span>
        <StatusChip status={view.status} />
      </div>

      <div class="value-line">
        <code class={`value-text${captured ? '' : ' empty'}`} aria-label={`${view.label} value`}>
          {shown}
        </code>
        {held && view.secret && (
          <button type="button" class="btn btn-small btn-quiet" onClick={revealed ? hide : reveal}>
            {revealed ? 'Hide' : 'Reveal'}
          </button>
        )}
        {held && (
          <button type="button" class="btn btn-small btn-quiet" onClick={copy}>
            {note ?? 'Copy'}
          </button>
        )}
        {!editing && (
          <button type="button" class="btn btn-small btn-quiet" onClick={() => setEditing(true)}>
            {!captured ? 'Enter by hand' : held ? 'Edit' : 'Replace'}
          </button>
        )}
      </div>

      <ProposedValue crm={crm} view={view} onChanged={onChanged} />

      {captured && view.check && (
        <p class={view.check.ok ? 'check ok' : 'check bad'}>{view.check.ok ? '✓ Format OK' : `⚠ ${view.check.message}`}</p>
      )}

      <ValueMeta view={view} />

      {view.server?.set && <p class="meta">HeavySet has …{view.server.hint ?? ''}</p>}

      {editing && (
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
      )}

      {problem && (
        <p class="problem" role="alert">
          ⚠ {problem}
        </p>
      )}

      {held &&
        (confirmingRemove ? (
          <div class="confirm" role="alertdialog" aria-label={`Remove ${view.label}?`}>
            <span>Remove the captured {view.label}? It cannot be recovered.</span>
            <button type="button" class="btn btn-small btn-danger" onClick={remove}>
              Remove
            </button>
            <button type="button" class="btn btn-small btn-quiet" onClick={() => setConfirmingRemove(false)}>
              Keep
            </button>
          </div>
        ) : (
          <button type="button" class="link-button remove" onClick={() => setConfirmingRemove(true)}>
            Remove…
          </button>
        ))}
    </div>
  );
}

function ValueMeta({ view }: { view: ValueView }) {
  if (view.status === undefined) return null;
  const origin =
    view.how === 'typed'
      ? 'typed by hand'
      : view.how === 'pasted'
        ? 'pasted by hand'
        : view.how === 'picked' && view.source
          ? `picked by hand on ${shortSource(view.source)}`
          : view.source
            ? `from ${shortSource(view.source)}`
            : null;
  const parts = [
    origin,
    view.capturedAt ? `captured ${ago(view.capturedAt)}` : null,
    view.sentAt ? `sent ${ago(view.sentAt)}` : null,
    view.expiresAt && view.status !== 'sent' ? `purged ${inTime(view.expiresAt)} if not sent` : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return (
    <p class="meta" title={view.source}>
      {parts.join(' · ')}
    </p>
  );
}
