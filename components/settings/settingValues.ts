// How a setting's value is held while editing, restored from drafts and turned into what is saved.
import { i18n } from '#i18n';
import type { SettingSpec } from '../../utils/guide/playbook';
import type { SettingsOptions } from '../../utils/heavyset/contract';
import { emailsProblem, splitEmails } from './EmailsSetting';

export type Editable = Exclude<SettingSpec['input']['kind'], 'field'>;

export function optionsFor(spec: SettingSpec, options: SettingsOptions | null): string[] {
  const input = spec.input;
  if (input.kind !== 'multi' && input.kind !== 'module') return [];
  return options?.[input.optionsFrom] ?? [];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Bring a draft or saved value into the shape the input edits (emails are edited as text). */
export function toEditing(spec: SettingSpec, value: unknown): unknown {
  switch (spec.input.kind) {
    case 'multi':
      return strings(value);
    case 'emails':
      return typeof value === 'string' ? value : strings(value).join('\n');
    case 'module':
    case 'choice':
      return stringOrNull(value);
    case 'field':
      return undefined;
  }
}

/** What to show before anything is chosen or saved. */
export function defaultFor(spec: SettingSpec, options: SettingsOptions | null): unknown {
  const input = spec.input;
  switch (input.kind) {
    case 'multi':
      return [];
    case 'emails':
      return '';
    case 'module':
      return input.usually && optionsFor(spec, options).includes(input.usually) ? input.usually : null;
    case 'choice':
      return input.default ?? null;
    case 'field':
      return null;
  }
}

/** The value to save, or a problem in words. */
export function toSaved(spec: SettingSpec, editing: unknown): { value: unknown } | { problem: string } {
  const input = spec.input;
  switch (input.kind) {
    case 'multi': {
      const list = strings(editing);
      return spec.required && list.length === 0 ? { problem: i18n.t('setting.chooseOne', { label: spec.label }) } : { value: list };
    }
    case 'emails': {
      const text = typeof editing === 'string' ? editing : '';
      const problem = emailsProblem(text, input.max);
      if (problem) return { problem };
      const list = splitEmails(text);
      return spec.required && list.length === 0 ? { problem: i18n.t('setting.oneAddress', { label: spec.label }) } : { value: list };
    }
    case 'module':
    case 'choice': {
      const value = stringOrNull(editing);
      return spec.required && value === null ? { problem: i18n.t('setting.choose', { label: spec.label }) } : { value };
    }
    case 'field':
      return { value: undefined };
  }
}
