import { i18n } from '#i18n';
import type { SettingSpec } from '../../utils/guide/playbook';
import type { ValueView } from '../../utils/messages';
import { ChoiceSetting } from './ChoiceSetting';
import { EmailsSetting } from './EmailsSetting';
import { ModuleSetting } from './ModuleSetting';
import { MultiSetting } from './MultiSetting';

interface Props {
  spec: SettingSpec;
  options: string[];
  value: unknown;
  onChange: (value: unknown) => void;
  values: ValueView[];
  /** E-mail addresses to suggest (emails kind). */
  suggestions?: string[];
}

/** One setting, drawn per its kind. */
export function SettingInput({ spec, options, value, onChange, values, suggestions }: Props) {
  const input = spec.input;
  switch (input.kind) {
    case 'multi':
      return <MultiSetting spec={spec} options={options} value={value as string[]} onChange={onChange} />;
    case 'module':
      return <ModuleSetting spec={spec} options={options} value={value as string | null} onChange={onChange} />;
    case 'choice':
      return <ChoiceSetting spec={spec} choices={input.choices} value={value as string | null} onChange={onChange} />;
    case 'emails':
      return <EmailsSetting spec={spec} max={input.max} text={value as string} onChange={onChange} suggestions={suggestions} />;
    case 'field': {
      const view = values.find((v) => v.field === input.field);
      const shown = view?.plain ?? (view?.lastFour ? `…${view.lastFour}` : i18n.t('setting.notCaptured'));
      return (
        <div class="setting">
          <span class="setting-label">{spec.label}</span>
          <p class="help">{i18n.t('setting.fieldHelp', { value: shown, help: spec.help })}</p>
        </div>
      );
    }
  }
}
