import { i18n } from '#i18n';
import { isEmail } from '../../utils/email';
import type { SettingSpec } from '../../utils/guide/playbook';

interface Props {
  spec: SettingSpec;
  max: number;
  /** The text as typed: addresses separated by commas, spaces or new lines. */
  text: string;
  onChange: (text: string) => void;
  /** Addresses worth adding (the HeavySet engineer from the options): one click each. */
  suggestions?: string[];
}

export function splitEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Words for what is wrong with the list, or null when it is fine. */
export function emailsProblem(text: string, max: number): string | null {
  const emails = splitEmails(text);
  const bad = emails.filter((email) => !isEmail(email));
  if (bad.length > 0) return i18n.t('setting.notEmail', { addresses: bad.join(', ') });
  if (emails.length > max) return i18n.t('setting.tooMany', { max, count: emails.length });
  return null;
}

export function EmailsSetting({ spec, max, text, onChange, suggestions = [] }: Props) {
  const id = `setting-${spec.key}`;
  const problem = emailsProblem(text, max);
  const valid = splitEmails(text).filter((email) => isEmail(email));
  const missing = suggestions.filter((s) => isEmail(s) && !valid.some((v) => v.toLowerCase() === s.toLowerCase()));
  return (
    <div class="setting">
      <label for={id} class="setting-label">
        {spec.label}
      </label>
      <p class="help" id={`${id}-help`}>
        {i18n.t('setting.emailsHelp', { help: spec.help, max })}
      </p>
      <textarea
        id={id}
        rows={3}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-help${problem ? ` ${id}-problem` : ''}`}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      {valid.length > 0 && (
        <ul class="chips" aria-label={i18n.t('setting.validAddresses', { label: spec.label })}>
          {valid.map((email) => (
            <li key={email} class="chip chip-captured">
              {email}
            </li>
          ))}
        </ul>
      )}
      {missing.map((email) => (
        <button
          key={email}
          type="button"
          class="btn btn-small btn-quiet"
          onClick={() => onChange([...splitEmails(text), email].join('\n'))}
        >
          {i18n.t('setting.add', { address: email })}
        </button>
      ))}
      {problem && (
        <p class="problem" id={`${id}-problem`}>
          ⚠ {problem}
        </p>
      )}
    </div>
  );
}
