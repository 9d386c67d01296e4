// A playbook's words in the person's language. Playbooks stay English data (HeavySet signs and ships
// them as JSON updates); their display words — step titles, hints, places, checks, troubles, questions,
// labels, facts, settings, OAuth texts — are looked up in the extension's catalogue under a key made
// from the English text itself (`pb.w…`, generated into locales/en.yml by `npm run i18n:playbooks`).
// A text the catalogue does not hold — an update that rewords a step, a language not translated —
// shows its English, never an older translation of different words. Patterns, locators, keys, URLs and
// everything the engine matches on stay as they are: only words a person reads are visited.
// CRM-agnostic: it walks the Playbook shape, never a CRM by name.
import { browser } from 'wxt/browser';
import type { Playbook } from './playbook';

/** The catalogue group of playbook words (chrome key `pb_w…`). */
export const WORDS_GROUP = 'pb';

/** A short key for an English text: "w" + its 53-bit hash in base 36 (cyrb53; the same in node and browsers). */
export function wordKey(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `w${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** Turns one display text into another; `where` names it for translators ("steps.open-settings.hint"). */
export type WordVisitor = (text: string, where: string) => string;

const mapValues = (record: Record<string, string>, visit: (text: string, key: string) => string) =>
  Object.fromEntries(Object.entries(record).map(([key, text]) => [key, visit(text, key)]));

/** A copy of `playbook` with every display text through `visit` (the rest shared, untouched). */
export function mapPlaybookWords(playbook: Playbook, visit: WordVisitor): Playbook {
  const v = (text: string, where: string) => visit(text, where);
  return {
    ...playbook,
    fields: playbook.fields.map((f) => ({
      ...f,
      label: v(f.label, `fields.${f.key}.label`),
      format: { ...f.format, description: v(f.format.description, `fields.${f.key}.format`) },
    })),
    steps: playbook.steps.map((s) => {
      const at = `steps.${s.id}`;
      return {
        ...s,
        title: v(s.title, `${at}.title`),
        place: v(s.place, `${at}.place`),
        hint: v(s.hint, `${at}.hint`),
        ...(s.opens && { opens: { ...s.opens, label: v(s.opens.label, `${at}.opens`) } }),
        ...(s.fill && { fill: s.fill.map((item, i) => ({ ...item, name: v(item.name, `${at}.fill.${i}`) })) }),
        ...(s.checks && {
          checks: s.checks.map((c, i) => ({
            ...c,
            name: v(c.name, `${at}.checks.${i}.name`),
            ...(c.failName !== undefined && { failName: v(c.failName, `${at}.checks.${i}.failName`) }),
            failMessage: v(c.failMessage, `${at}.checks.${i}.failMessage`),
          })),
        }),
        ...(s.troubles && { troubles: s.troubles.map((t, i) => ({ ...t, message: v(t.message, `${at}.troubles.${i}`) })) }),
        ...(s.guards && { guards: s.guards.map((g, i) => ({ ...g, message: v(g.message, `${at}.guards.${i}`) })) }),
      };
    }),
    settings: playbook.settings.map((s) => {
      const at = `settings.${s.key}`;
      const input =
        s.input.kind === 'choice'
          ? {
              ...s.input,
              choices: s.input.choices.map((c) => ({ ...c, label: v(c.label, `${at}.${c.value}.label`), help: v(c.help, `${at}.${c.value}.help`) })),
            }
          : s.input;
      return { ...s, label: v(s.label, `${at}.label`), help: v(s.help, `${at}.help`), input };
    }),
    ...(playbook.facts && {
      facts: playbook.facts.map((f, i) => {
        const at = `facts.${i}`;
        const from =
          'host' in f.from
            ? { host: mapValues(f.from.host, (text, host) => v(text, `${at}.${host}`)) }
            : 'param' in f.from
              ? {
                  ...f.from,
                  ...(f.from.map && { map: mapValues(f.from.map, (text, value) => v(text, `${at}.${value}`)) }),
                  ...(f.from.otherwise !== undefined && { otherwise: v(f.from.otherwise, `${at}.otherwise`) }),
                }
              : f.from;
        return { ...f, label: v(f.label, `${at}.label`), from };
      }),
    }),
    ...(playbook.places && { places: playbook.places.map((p, i) => ({ ...p, name: v(p.name, `places.${i}`) })) }),
    ...(playbook.oauth && {
      oauth: {
        ...playbook.oauth,
        label: v(playbook.oauth.label, 'oauth.label'),
        help: v(playbook.oauth.help, 'oauth.help'),
        regionLabel: v(playbook.oauth.regionLabel, 'oauth.regionLabel'),
        regionWord: v(playbook.oauth.regionWord, 'oauth.regionWord'),
        regions: playbook.oauth.regions.map((r) => ({ ...r, label: v(r.label, `oauth.regions.${r.value}`) })),
        fieldsNote: v(playbook.oauth.fieldsNote, 'oauth.fieldsNote'),
        retry: v(playbook.oauth.retry, 'oauth.retry'),
      },
    }),
    ...(playbook.start && { start: { ...playbook.start, label: v(playbook.start.label, 'start') } }),
    popupTroubles: playbook.popupTroubles.map((t, i) => ({ ...t, message: v(t.message, `popupTroubles.${i}`) })),
  };
}

/** The catalogue's words for a text, or the text itself (no catalogue here, or none for these words). */
export function catalogueWords(text: string): string {
  try {
    // A key made at run time: outside the catalogue's generated types (@wxt-dev/i18n's t() is for literal keys).
    const i18n = browser.i18n as unknown as { getMessage(name: string): string };
    return i18n.getMessage(`${WORDS_GROUP}_${wordKey(text)}`) || text;
  } catch {
    return text; // No extension i18n here (a tool run in node): the playbook's own English.
  }
}

const translated = new WeakMap<Playbook, Playbook>();

/** `playbook` with its words in the person's language (the same object each time for one playbook). */
export function inPersonsLanguage(playbook: Playbook, words: (text: string) => string = catalogueWords): Playbook {
  if (words !== catalogueWords) return mapPlaybookWords(playbook, words);
  let found = translated.get(playbook);
  if (!found) translated.set(playbook, (found = mapPlaybookWords(playbook, words)));
  return found;
}
