import { ask } from '../utils/ask';
import type { CrmType } from '../utils/heavyset/contract';
import type { ChecklistItem } from '../utils/messages';

interface Props {
  crm: CrmType;
  items: ChecklistItem[];
  onChanged: () => void;
}

export function Checklist({ crm, items, onChanged }: Props) {
  if (items.length === 0) return null;
  const done = items.filter((item) => item.done).length;
  const allDone = done === items.length;

  async function tick(item: ChecklistItem, on: boolean) {
    await ask({ type: 'checklist/tick', crm, stepId: item.id, done: on }).catch(() => undefined);
    onChanged();
  }

  return (
    <details class="card checklist" open={!allDone}>
      <summary>
        <h2>Checklist</h2>
        <span class="progress-text">
          {done} of {items.length} done
        </span>
        <progress value={done} max={items.length} aria-label="Checklist progress" />
      </summary>
      <ol>
        {items.map((item) => {
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
                <span class="step-number" title="Step number in the HeavySet setup guide">Step {item.guideStep}</span> {item.title}
              </label>
              <span class="help" id={`${id}-place`}>
                {item.place}
                {seen ? ' · seen by the assistant' : item.byHand && item.done ? ' · ticked by hand' : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
