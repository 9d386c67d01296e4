import type { ValueView } from '../utils/messages';
import { ask } from '../utils/ask';
import { ago, masked, shortSource } from './format';

/** A different value the page showed for a field already held: the person chooses, never the page. */
export function ProposedValue({ crm, view, onChanged }: { crm: string; view: ValueView; onChanged: () => void }) {
  const proposed = view.proposed;
  if (!proposed) return null;
  const decide = (use: 'proposed' | 'held') => void ask({ type: 'value/decide', crm, field: view.field, use }).then(onChanged);
  return (
    <div class="proposed" role="alertdialog" aria-label={`A different ${view.label}`}>
      <p>
        The page showed a different {view.label}: <code>{masked(proposed.lastFour)}</code> ({shortSource(proposed.source)}, {ago(proposed.capturedAt)}). The
        one kept is <code>{masked(view.lastFour)}</code>. Use the new one only if you generated it yourself.
      </p>
      <div class="actions">
        <button type="button" class="btn btn-small" onClick={() => decide('proposed')}>
          Use the new {view.label}
        </button>
        <button type="button" class="btn btn-small btn-quiet" onClick={() => decide('held')}>
          Keep {masked(view.lastFour)}
        </button>
      </div>
    </div>
  );
}
