import { i18n } from '#i18n';
import type { SettingSpec } from '../../utils/guide/playbook';

interface Props {
  spec: SettingSpec;
  options: string[];
  value: string | null;
  onChange: (value: string | null) => void;
}

const NONE = '';

export function ModuleSetting({ spec, options, value, onChange }: Props) {
  const id = `setting-${spec.key}`;
  const all = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <div class="setting">
      <label for={id} class="setting-label">
        {spec.label}
        {!spec.required && <span class="optional">{i18n.t('setting.optional')}</span>}
      </label>
      <p class="help" id={`${id}-help`}>
        {spec.help}
      </p>
      <select
        id={id}
        aria-describedby={`${id}-help`}
        value={value ?? NONE}
        onChange={(e) => onChange(e.currentTarget.value === NONE ? null : e.currentTarget.value)}
      >
        <option value={NONE}>{spec.required ? i18n.t('setting.chooseModule') : i18n.t('setting.none')}</option>
        {all.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
