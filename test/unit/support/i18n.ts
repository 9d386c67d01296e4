// browser.i18n for the unit tests, as the browser answers it from the built _locales/en/messages.json:
// the catalogue is locales/en.yml turned into Chrome's format by @wxt-dev/i18n itself, and getMessage
// puts the substitutions in for $1…$9 ($$ is a dollar sign). A key the catalogue lacks answers '', as in
// the browser (and @wxt-dev/i18n warns).
import { readFileSync } from 'node:fs';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const catalogue: Record<string, { message: string }> = generateChromeMessages(parseMessagesText(readFileSync('locales/en.yml', 'utf8'), 'YAML'));

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key] ?? Object.entries(catalogue).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}

fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
