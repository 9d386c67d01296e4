import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { ask } from '../utils/ask';
import { valueDraftKey } from '../utils/drafts';
import type { CrmType } from '../utils/heavyset/contract';

interface Props {
  crm: CrmType;
  field: string;
  label: string;
  secret: boolean;
  /** Label of another field, by key, for "this looks like the Client ID". */
  labelOf: (field: string) => string;
  /** Text typed earlier and kept while the popup was closed. */
  draft?: string;
  onDone: () => void;
}

/** Enter or paste a value by hand; the background trims and checks it. */
export function ValueEditor({ crm, field, label, secret, labelOf, draft, onDone }: Props) {
  const [text, setText] = useState(draft ?? '');
  const [pasted, setPasted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = `edit-${field}`;
  const problemId = `${inputId}-problem`;

  function keep(value: string) {
    void ask({ type: 'draft/set', key: valueDraftKey(crm, field), value: value || null }).catch(() => undefined);
  }

  function finish() {
    keep('');
    onDone();
  }

  async function save(event: Event) {
    event.preventDefault();
    if (!text.trim()) {
      setProblem(i18n.t('editor.typeFirst', { field: label }));
      return;
    }
    setBusy(true);
    try {
      const result = await ask({ type: 'value/set', crm, field, value: text, how: pasted ? 'pasted' : 'typed' });
      if (result.ok) {
        finish();
        return;
      }
      setProblem(result.looksLike ? i18n.t('editor.looksLike', { problem: result.problem, other: labelOf(result.looksLike) }) : result.problem);
    } catch {
      setProblem(i18n.t('editor.noAnswer'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="editor" onSubmit={save}>
      <label for={inputId}>{i18n.t('editor.label', { field: label })}</label>
      <div class="editor-line">
        <input
          id={inputId}
          type={secret ? 'password' : 'text'}
          autocomplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            keep(e.currentTarget.value);
            setProblem(null);
          }}
          onPaste={() => setPasted(true)}
        />
        <button type="submit" class="btn btn-small" disabled={busy}>
          {i18n.t('editor.save')}
        </button>
        <button type="button" class="btn btn-small btn-quiet" onClick={finish}>
          {i18n.t('editor.cancel')}
        </button>
      </div>
      {problem && (
        <p id={problemId} class="problem" role="alert">
          ⚠ {problem}
        </p>
      )}
    </form>
  );
}
