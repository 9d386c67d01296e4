// The content scripts' words through the browser's own i18n (messages built from locales/<lang>.yml):
// the same keys, {name} substitutions and "one | many" plurals as @wxt-dev/i18n, which stays with
// the background, popup and options; a CRM page does not load the library (wxt.config.ts aliases
// `#i18n` to this file in content builds).
import type { i18n as wxtI18n } from '#i18n';
import { ext } from './ext';

function t(key: string, ...args: (number | Record<string, unknown> | undefined)[]): string {
  let count: number | undefined;
  let named: Record<string, unknown> | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else if (arg) named = arg;
  }
  let message = ext().i18n.getMessage(key.replaceAll('.', '_'), count === undefined ? undefined : [String(count)]);
  if (count !== undefined) {
    const forms = message.split(' | ');
    message = forms[forms.length === 3 ? Math.min(count, 2) : count === 1 ? 0 : forms.length - 1]!;
  }
  return named ? message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in named ? String(named[name]) : whole)) : message;
}

export const i18n = { t } as unknown as typeof wxtI18n;
