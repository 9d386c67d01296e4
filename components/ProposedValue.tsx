import { i18n } from '#i18n';
import type { ValueView } from '../utils/messages';
import { ask } from '../utils/ask';
import { ago, masked, shortSource } from './format';
import { rich, slot } from './rich';

/** A different value the page showed for a field already held: the person chooses, never the page. */
export function ProposedValue({ crm, view, onChanged }: { crm: string; view: ValueView; onChanged: () => void }) {
  const proposed = view.proposed;
  if (!proposed) return null;
  const decide = (use: 'proposed' | 'held') => void ask({ type: 'value/decide', crm, field: view.field, use }).then(onChanged);
  return (
    <div class="proposed" role="alertdialog" aria-label={i18n.t('proposed.label', { field: view.label })}>
      <p>
        {rich(
          i18n.t('proposed.text', { field: view.label, proposed: slot('proposed'), source: shortSource(proposed.source), when: ago(proposed.capturedAt), held: slot('held') }),
          { proposed: <code>{masked(proposed.lastFour)}</code>, held: <code>{masked(view.lastFour)}</code> },
        )}
      </p>
      <div class="actions">
        <button type="button" class="btn btn-small" onClick={() => decide('proposed')}>
          {i18n.t('proposed.use', { field: view.label })}
        </button>
        <button type="button" class="btn btn-small btn-quiet" onClick={() => decide('held')}>
          {i18n.t('proposed.keep', { held: masked(view.lastFour) })}
        </button>
      </div>
    </div>
  );
}
