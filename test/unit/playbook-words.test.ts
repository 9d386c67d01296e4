// Playbook words in the person's language: only display texts change (patterns, locators, keys, pages,
// URLs stay exactly as bundled), each through the catalogue under the key of its English, and a text the
// catalogue lacks (an update that rewords it) shows its English.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { playbooks } from '@/utils/crm';
import type { Playbook } from '@/utils/guide/playbook';
import { catalogueWords, inPersonsLanguage, mapPlaybookWords, WORDS_GROUP, wordKey } from '@/utils/guide/playbook-words';
import { getMessage } from './support/i18n';

afterEach(() => {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
});

/** A catalogue in "another language": the English upper-cased, for the texts it holds. */
function shouting(held: Set<string>) {
  fakeBrowser.i18n.getMessage = ((name: string) => {
    const text = [...held].find((t) => `${WORDS_GROUP}_${wordKey(t)}` === name);
    return text ? text.toUpperCase() : '';
  }) as typeof fakeBrowser.i18n.getMessage;
}

describe('playbook words', () => {
  it('keys are the hash of the English (pinned: a new hash would orphan every translation)', () => {
    expect(wordKey('Open Leap → Settings → Developers')).toBe('wgl2h50zwo4');
    expect(wordKey('a')).toBe('w262p94epp1d');
  });

  it.each(playbooks.map((p) => [p.crm, p] as const))('%s: visiting every text unchanged gives the playbook back', (_, playbook) => {
    expect(mapPlaybookWords(playbook, (text) => text)).toEqual(playbook);
  });

  it.each(playbooks.map((p) => [p.crm, p] as const))('%s: only display words change — what the engine matches on stays', (_, playbook) => {
    const marked = mapPlaybookWords(playbook, (text) => `«${text}»`);
    const strip = (p: Playbook) => JSON.stringify(p, (_key, value: unknown) => (typeof value === 'string' ? value.replace(/^«|»$/g, '') : value));
    expect(strip(marked)).toBe(strip(playbook));
    expect(marked.pages).toEqual(playbook.pages);
    expect(marked.steps.map((s) => s.when)).toEqual(playbook.steps.map((s) => s.when));
    expect(marked.fields.map((f) => [f.key, f.capture, f.detect, f.format.pattern])).toEqual(playbook.fields.map((f) => [f.key, f.capture, f.detect, f.format.pattern]));
    expect(marked.steps[0]!.title).toBe(`«${playbook.steps[0]!.title}»`);
    expect(marked.steps[0]!.hint).toBe(`«${playbook.steps[0]!.hint}»`);
  });

  it('takes the catalogue’s words for a text it holds, the English for one it does not', () => {
    const playbook = playbooks[0]!;
    const title = playbook.steps[0]!.title;
    const hint = playbook.steps[0]!.hint;
    shouting(new Set([title]));
    expect(catalogueWords(title)).toBe(title.toUpperCase());
    expect(catalogueWords('Words an update brought')).toBe('Words an update brought');
    const translated = mapPlaybookWords(playbook, (text) => catalogueWords(text));
    expect(translated.steps[0]!.title).toBe(title.toUpperCase());
    expect(translated.steps[0]!.hint).toBe(hint);
  });

  it('the English catalogue gives the English back, one copy per playbook', () => {
    for (const playbook of playbooks) {
      const english = inPersonsLanguage(playbook);
      expect(english).toEqual(playbook);
      expect(inPersonsLanguage(playbook)).toBe(english);
    }
  });
});
