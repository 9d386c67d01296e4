// The values "Fill for me" types on the CRM's forms from settings (e.g. the Homepage): the
// playbook's defaults until the person changes them here.
import { useState } from 'preact/hooks';
import { ask } from '../utils/ask';
import type { Playbook } from '../utils/guide/playbook';
import type { PopupState } from '../utils/messages';

interface Props {
  playbook: Playbook;
  state: PopupState;
  onChanged: () => void;
}

/** Each setting a fill item reads, named as the form field it fills. */
export function fillSettingsOf(playbook: Playbook): { key: string; label: string }[] {
  const out: { key: string; label: string }[] = [];
  for (const item of playbook.steps.flatMap((s) => s.fill ?? [])) {
    const value = item.value;
    if (!('setting' in value) || out.some((o) => o.key === value.setting)) continue;
    out.push({ key: value.setting, label: item.name });
  }
  return out;
}

export function FillValuesForm({ playbook, state, onChanged }: Props) {
  const settings = fillSettingsOf(playbook);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  if (settings.length === 0) return null;
  const current = (key: string) => edits[key] ?? state.fillValues[key] ?? playbook.fillDefaults?.[key] ?? '';

  async function save(event: Event) {
    event.preventDefault();
    try {
      for (const [key, value] of Object.entries(edits)) {
        const result = await ask({ type: 'fill/set', crm: playbook.crm, key, value });
        if (!result.ok) throw new Error(result.problem);
      }
      setEdits({});
      setMessage('✓ Saved: "Fill for me" uses these values');
      onChanged();
    } catch {
      setMessage('⚠ Not saved: close and reopen the popup, then try again.');
    }
  }

  return (
    <details class="card">
      <summary>Values "Fill for me" types</summary>
      <form onSubmit={save} noValidate>
        {settings.map(({ key, label }) => (
          <div class="setting" key={key}>
            <label for={`fill-${key}`} class="setting-label">
              {label}
            </label>
            <input
              id={`fill-${key}`}
              type="text"
              value={current(key)}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value;
                setEdits((all) => ({ ...all, [key]: value }));
                setMessage('');
              }}
            />
          </div>
        ))}
        <div class="actions">
          <button type="submit" class="btn" disabled={Object.keys(edits).length === 0}>
            Save values
          </button>
          <span class="hint" role="status">
            {message}
          </span>
        </div>
      </form>
    </details>
  );
}
