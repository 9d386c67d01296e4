import { i18n } from '#i18n';
import type { SettingSpec } from '../../utils/guide/playbook';

interface Props {
  spec: SettingSpec;
  options: string[];
  value: string[];
  onChange: (value: string[]) => void;
}

/** A checkbox per option, with a count; selected options no longer offered stay visible. */
export function MultiSetting({ spec, options, value, onChange }: Props) {
  const all = [...options, ...value.filter((v) => !options.includes(v))];
  const toggle = (option: string, on: boolean) =>
    onChange(on ? [...value, option].filter((v, i, list) => list.indexOf(v) === i) : value.filter((v) => v !== option));
  return (
    <fieldset class="setting">
      <legend>
        {spec.label} <span class="count">{i18n.t('setting.selected', { count: value.length })}</span>
      </legend>
      <p class="help">{spec.help}</p>
      <div class="checks">
        {all.map((option) => (
          <label key={option} class="check-option">
            <input type="checkbox" checked={value.includes(option)} onChange={(e) => toggle(option, e.currentTarget.checked)} />
            <span>{option}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
