// The catalogue (locales/en.yml) and the code agree: every key the code asks for exists, every key the
// catalogue holds is used, keys are written literally (a key made at run time would escape this check;
// the playbook words have their own, generated, group), and the playbook words are those of the bundled
// playbooks. The catalogue builds into valid browser.i18n messages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { CATALOGUE, playbookWordsBlock, withBlock } from '../../scripts/i18n-playbooks';
import { WORDS_GROUP } from '../../utils/guide/playbook-words';

const SOURCES = ['components', 'utils', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const text = readFileSync(CATALOGUE, 'utf8');
const messages = parseMessagesText(text, 'YAML').filter((m) => !m.key[0]!.startsWith('@@'));
const catalogueKeys = new Set(messages.map((m) => m.key.join('.')));
const files = SOURCES.flatMap(sourceFiles);
const calls = files.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\bi18n\.t\(\s*([^,)]*)/g)].map((match) => ({ file, argument: match[1]!.trim() })),
);

describe('the message catalogue', () => {
  it('the code asks for its words with literal keys only', () => {
    expect(calls.length).toBeGreaterThan(300);
    expect(calls.filter((call) => !/^'[\w.]+'$/.test(call.argument))).toEqual([]);
  });

  it('holds every key the code uses', () => {
    const used = new Set(calls.map((call) => call.argument.slice(1, -1)));
    expect([...used].filter((key) => !catalogueKeys.has(key))).toEqual([]);
  });

  it('holds no key the code does not use (the playbook words apart)', () => {
    const used = new Set(calls.map((call) => call.argument.slice(1, -1)));
    expect([...catalogueKeys].filter((key) => !used.has(key) && !key.startsWith(`${WORDS_GROUP}.`))).toEqual([]);
  });

  it('holds the bundled playbooks’ words, generated (npm run i18n:playbooks)', () => {
    expect(withBlock(text, playbookWordsBlock()) === text, 'locales/en.yml: the playbook words are out of date: run npm run i18n:playbooks').toBe(true);
    expect([...catalogueKeys].filter((key) => key.startsWith(`${WORDS_GROUP}.`)).length).toBeGreaterThan(100);
  });

  it('builds into browser.i18n messages: valid names, distinct ignoring case, no unescaped $', () => {
    const chrome = generateChromeMessages(parseMessagesText(text, 'YAML'));
    const names = Object.keys(chrome);
    expect(names.filter((name) => !/^[A-Za-z0-9_@]+$/.test(name))).toEqual([]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    // A lone $ is a placeholder to browser.i18n: only $1…$9 (plural counts) and $$ (a dollar sign) are meant.
    expect(names.filter((name) => /\$(?![1-9$])/.test(chrome[name]!.message.replace(/\$\$/g, '')))).toEqual([]);
  });
});
