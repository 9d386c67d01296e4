// The values "Fill for me" types on the CRM's forms from settings (e.g. the Homepage): the
// playbook's defaults until the person changes them here. A contact address (a default that is
// an e-mail address) is a choice: the engineer e-mail saved in Settings (the default once saved)
// or the playbook's own address (a support contact), or another one.
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { rich, slot } from './rich';
import { ask } from '../utils/ask';
import { isEmail } from '../utils/email';
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
  const engineer = state.fillValues.engineerEmail ?? '';
  const current = (key: string) => edits[key] ?? state.fillValues[key] ?? playbook.fillDefaults?.[key] ?? '';
  const edit = (key: string, value: string) => {
    setEdits((all) => ({ ...all, [key]: value }));
    setMessage('');
  };

  async function save(event: Event) {
    event.preventDefault();
    const bad = Object.entries(edits).find(([key, value]) => isEmail(playbook.fillDefaults?.[key] ?? '') && !isEmail(value.trim()));
    if (bad) {
      setMessage(i18n.t('fillValues.notEmail', { value: bad[1] }));
      return;
    }
    try {
      for (const [key, value] of Object.entries(edits)) {
        const result = await ask({ type: 'fill/set', crm: playbook.crm, key, value });
        if (!result.ok) throw new Error(result.problem);
      }
      setEdits({});
      setMessage(i18n.t('fillValues.saved'));
      onChanged();
    } catch {
      setMessage(i18n.t('fillValues.notSaved'));
    }
  }

  const summary = settings
    .filter(({ key }) => isEmail(playbook.fillDefaults?.[key] ?? ''))
    .map(({ key, label }) => i18n.t('fillValues.summaryPart', { label, value: current(key) }))
    .join(' · ');

  return (
    <details class="card fill-values">
      <summary>
        <h2>{i18n.t('fillValues.title')}</h2>
        {summary && <span class="summary-detail">{summary}</span>}
      </summary>
      <form onSubmit={save} noValidate>
        {settings.map(({ key, label }) => {
          const fallback = playbook.fillDefaults?.[key] ?? '';
          return isEmail(fallback) ? (
            <ContactChoice key={key} id={`fill-${key}`} label={label} engineer={engineer} support={fallback} value={current(key)} onChange={(v) => edit(key, v)} />
          ) : (
            <div class="setting" key={key}>
              <label for={`fill-${key}`} class="setting-label">
                {label}
              </label>
              <input id={`fill-${key}`} type="text" value={current(key)} onInput={(e) => edit(key, e.currentTarget.value)} />
            </div>
          );
        })}
        <div class="actions">
          <button type="submit" class="btn" disabled={Object.keys(edits).length === 0}>
            {i18n.t('fillValues.save')}
          </button>
          <span class="hint" role="status">
            {message}
          </span>
        </div>
      </form>
    </details>
  );
}

interface ChoiceProps {
  id: string;
  label: string;
  /** The engineer e-mail from Settings ('' when none is saved). */
  engineer: string;
  /** The playbook's own address. */
  support: string;
  value: string;
  onChange: (value: string) => void;
}

/** Which address Fill for me types where a CRM form asks for a contact: the engineer's, the support one, or another. */
function ContactChoice({ id, label, engineer, support, value, onChange }: ChoiceProps) {
  const [other, setOther] = useState(value !== engineer && value !== support);
  const pick = (which: 'engineer' | 'support' | 'other') => {
    setOther(which === 'other');
    if (which !== 'other') onChange(which === 'engineer' ? engineer : support);
  };
  return (
    <fieldset class="setting">
      <legend>{label}</legend>
      <p class="help">{i18n.t('fillValues.contactHelp')}</p>
      {engineer ? (
        <label class="check-option">
          <input type="radio" name={id} checked={!other && value === engineer} onChange={() => pick('engineer')} />
          <span>{rich(i18n.t('fillValues.engineer', { address: slot('address') }), { address: <span class="hint">({engineer})</span> })}</span>
        </label>
      ) : (
        <p class="hint">{i18n.t('fillValues.noEngineer')}</p>
      )}
      <label class="check-option">
        <input type="radio" name={id} checked={!other && value === support && value !== engineer} onChange={() => pick('support')} />
        <span>{rich(i18n.t('fillValues.support', { address: slot('address') }), { address: <span class="hint">({support})</span> })}</span>
      </label>
      <label class="check-option">
        <input type="radio" name={id} checked={other} onChange={() => pick('other')} />
        <span>{i18n.t('fillValues.another')}</span>
      </label>
      {other && <input id={id} type="email" aria-label={i18n.t('fillValues.anotherLabel', { label })} value={value} onInput={(e) => onChange(e.currentTarget.value)} />}
    </fieldset>
  );
}
