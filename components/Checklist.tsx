import { i18n } from '#i18n';
import { ask } from '../utils/ask';
import type { CrmType } from '../utils/heavyset/contract';
import type { ChecklistItem } from '../utils/messages';

interface Props {
  crm: CrmType;
  items: ChecklistItem[];
  onChanged: () => void;
}

/** "Step 3 of 8 (guide §2)": one number per step, its place among the playbook's steps, and the
 *  section of the setup guide it follows (several steps may follow one section). */
export function stepNumber(index: number, total: number, guideStep: string): string {
  return i18n.t('checklist.stepNumber', { number: index + 1, total, guideStep });
}

/** The guide's steps, collapsed (it is long): its summary says how far along and what comes next. */
export function Checklist({ crm, items, onChanged }: Props) {
  if (items.length === 0) return null;
  const done = items.filter((item) => item.done).length;
  // The step after the furthest one done (steps before it may be left for the person to tick).
  const furthest = items.map((item) => item.done).lastIndexOf(true);
  const after = items.findIndex((item, index) => index > furthest && !item.done);
  const nextIndex = after >= 0 ? after : items.findIndex((item) => !item.done);

  async function tick(item: ChecklistItem, on: boolean) {
    await ask({ type: 'checklist/tick', crm, stepId: item.id, done: on }).catch(() => undefined);
    onChanged();
  }

  return (
    <details class="card checklist">
      <summary>
        <h2>{i18n.t('checklist.title')}</h2>
        <span class="progress-text">{i18n.t('checklist.done', { done, total: items.length })}</span>
        <progress value={done} max={items.length} aria-label={i18n.t('checklist.progress')} />
        {nextIndex >= 0 && (
          <span class="checklist-next">
            {i18n.t('checklist.next', { step: stepNumber(nextIndex, items.length, items[nextIndex]!.guideStep), title: items[nextIndex]!.title })}
          </span>
        )}
      </summary>
      <ol>
        {items.map((item, index) => {
          // What the assistant saw is not for the person to undo; the rest they may tick.
          const seen = item.done && !item.byHand;
          const id = `step-${item.id}`;
          return (
            <li key={item.id} class={item.done ? 'done' : ''}>
              <input
                type="checkbox"
                id={id}
                checked={item.done}
                disabled={seen}
                aria-describedby={`${id}-place`}
                onChange={(e) => tick(item, e.currentTarget.checked)}
              />
              <label for={id}>
                <span class="step-number">{stepNumber(index, items.length, item.guideStep)}</span> {item.title}
              </label>
              <span class="help" id={`${id}-place`}>
                {item.place}
                {seen ? i18n.t('checklist.seen') : item.byHand && item.done ? i18n.t('checklist.byHand') : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
