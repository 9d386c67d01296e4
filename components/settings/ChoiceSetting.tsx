import type { SettingSpec } from '../../utils/guide/playbook';

interface Props {
  spec: SettingSpec;
  choices: { value: string; label: string; help: string }[];
  value: string | null;
  onChange: (value: string) => void;
}

export function ChoiceSetting({ spec, choices, value, onChange }: Props) {
  return (
    <fieldset class="setting" role="radiogroup">
      <legend>{spec.label}</legend>
      <p class="help">{spec.help}</p>
      {choices.map((choice) => {
        const id = `setting-${spec.key}-${choice.value}`;
        return (
          <div key={choice.value} class="radio-option">
            <input
              type="radio"
              id={id}
              name={spec.key}
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={`${id}-help`}
              onChange={() => onChange(choice.value)}
            />
            <label for={id}>{choice.label}</label>
            <p class="help" id={`${id}-help`}>
              {choice.help}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
