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
  if (bad.length > 0) return `Not an e-mail address: ${bad.join(', ')}`;
  if (emails.length > max) return `At most ${max} addresses (${emails.length} given).`;
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
        {spec.help} One address per line or separated by commas (at most {max}).
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
        <ul class="chips" aria-label={`${spec.label}: valid addresses`}>
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
          Add {email}
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
