// Text matches tested cheaply against many texts: anchors dropped to find a match inside longer
// text, and a word of each literal every match must contain, tested (one alternation) before the expression.
import { compileMatch, escapeRegExp, fold, foldedMatcher, patternOf, type TextMatch } from './text';

/** A pattern's escapes, its character classes and its anchors: the tokens rewritten below. */
const TOKENS = /\\.|\[(?:\\.|[^\]\\])*\]|[$^]/g;

/** A pattern that matches wherever the original could match inside a longer text: anchors
 *  become word boundaries ("^id$" finds "ID" in "Tag ID", not in "valid"). */
export function loosened(match: TextMatch): TextMatch {
  const { re } = compileMatch(match);
  if (!re) return match;
  const source = re.source.replace(TOKENS, (token, at: number) => {
    if (token !== '^' && token !== '$') return token;
    const beside = token === '^' ? re.source[at + 1] : re.source[at - 1];
    // Only beside a letter or digit: a group may start with words of scripts \b does not know (次へ).
    return beside !== undefined && /[A-Za-z0-9]/.test(beside) ? '\\b' : '';
  });
  return patternOf(new RegExp(source, re.flags));
}

/** A superset of the pattern for text read without the spaces between elements ("organization"
 *  and "Submit" in sibling divs read "organizationSubmit"): anchors and word boundaries dropped. */
export function boundless(match: TextMatch): TextMatch {
  const { re } = compileMatch(loosened(match));
  if (!re) return match;
  return patternOf(new RegExp(re.source.replace(TOKENS, (token) => (token === '\\b' ? '' : token)), re.flags));
}

const SIMPLE_ESCAPE = /[dDwWsSbBnrtfv0]|[^A-Za-z0-9]/;
/** Index just past the group or class opening at `i` (its escapes and nested groups skipped), or -1. */
function skipConstruct(source: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (!inClass && depth === 0) return i + 1;
  }
  return -1;
}

/** The literals of a group that every match passes through (no quantifier that lets it be skipped). */
function requiredGroup(source: string, open: number, after: number): string[] | undefined {
  if (/^[?*{]/.test(source.slice(after))) return undefined;
  const body = source.slice(open + 1, after - 1);
  if (body.startsWith('?') && !body.startsWith('?:')) return undefined; // lookaround, named group
  return requiredLiterals(body.replace(/^\?:/, ''), 2);
}

/**
 * Lowercase ASCII substrings one of which any text matching `source` (a case-insensitive,
 * non-unicode pattern) holds: of each top-level alternative, the longest run of mandatory plain
 * characters, else those of a mandatory group ("(developers?|api)" holds "developer" or "api").
 * Undefined when some alternative has neither of `least` characters or more (a group's words may
 * be shorter: "ok"), or the pattern is not understood: then the pattern is always tested.
 */
export function requiredLiterals(source: string, least = 3): string[] | undefined {
  const out: string[] = [];
  let best = '';
  let run = '';
  let group: string[] | undefined;
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  const close = (): boolean => {
    end();
    if (best.length >= least) out.push(best);
    else if (group) out.push(...group);
    else return false;
    best = '';
    group = undefined;
    return true;
  };
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === '|') {
      if (!close()) return undefined;
      i++;
    } else if (ch === '(' || ch === '[') {
      end();
      const open = i;
      i = skipConstruct(source, i);
      if (i < 0) return undefined;
      if (ch === '(') group ??= requiredGroup(source, open, i);
    } else if (ch === '\\') {
      end();
      if (!SIMPLE_ESCAPE.test(source[i + 1] ?? 'x')) return undefined;
      i += 2;
    } else if (ch === '?' || ch === '*' || ch === '{') {
      // The previous character may be absent: it leaves the run.
      run = run.slice(0, -1);
      end();
      if (ch === '{') {
        const closing = source.indexOf('}', i);
        if (closing < 0) return undefined;
        i = closing;
      }
      i++;
    } else if (ch === '+' || ch === '.' || ch === '^' || ch === '$') {
      end();
      i++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      return undefined;
    } else {
      if (ch.charCodeAt(0) < 128) run += ch.toLowerCase();
      else end();
      i++;
    }
  }
  return close() ? out : undefined;
}

/** The literals without those holding another (a text with "developer settings" has "developer"). */
function fewest(literals: string[]): string[] {
  const unique = [...new Set(literals)];
  return unique.filter((l) => !unique.some((other) => other !== l && l.includes(other)));
}

/** A regular expression's test behind a cheaper one: does the text hold the longest word of any literal
 *  every match must hold (when known)? A word, not the whole literal: a name split across two cells
 *  ("HeavySet" | " Tech") has it in one of them. One case-insensitive alternation: 3–5 times faster than
 *  an `includes` per literal on a lowercased copy, from a cell's text to a 600 KB table's (measured in
 *  Node). `held`: told when a text holds such a word (or no literal is known), before the expression. */
function prefiltered(re: RegExp, literals: string[] | undefined, held?: () => void): (folded: string) => boolean {
  const test = (folded: string) => re.test(folded);
  const any = literals && new RegExp([...new Set(literals.map(longestWord))].map(escapeRegExp).join('|'), 'i');
  return (folded) => (!any || any.test(folded)) && (held?.(), test(folded));
}

/** "heavyset" of "heavyset tech", "acme" of "acme, inc", "token" of " token", "ok" of "ok". Of short words
 *  only ("ab co"), none that a name split between them holds: '' (every text passes). */
function longestWord(literal: string): string {
  const words = literal.match(/[a-z0-9]+/g) ?? [];
  const word = words.sort((a, b) => b.length - a.length)[0] ?? '';
  return words.length === 1 || word.length > 2 ? word : '';
}

/** Does any of `tests` pass on this folded text? (Indexed: a for-of here allocated an iterator per
 *  text, thousands a second on a table rewriting its cells — measured.) */
export function passesAny(tests: readonly ((folded: string) => boolean)[], folded: string): boolean {
  for (let i = 0; i < tests.length; i++) if (tests[i]!(folded)) return true;
  return false;
}

/** Does any of `tests` pass on this text, folded? An empty text passes none. */
export function textPassesAny(tests: readonly ((folded: string) => boolean)[], text: string): boolean {
  const folded = fold(text);
  return !!folded && passesAny(tests, folded);
}

/** Tests for any of `patterns`: regular expressions of the same flags joined into one (one pass per text).
 *  `held`: as in `prefiltered`. */
export function combined(patterns: TextMatch[], held?: () => void): ((folded: string) => boolean)[] {
  const tests: ((folded: string) => boolean)[] = [];
  const byFlags = new Map<string, string[]>();
  const literalsByFlags = new Map<string, string[] | undefined>();
  for (const match of patterns) {
    // A plain ASCII literal joins the expression as one (its case folds alike there): the text is not lowercased again for it.
    const { re, needle } = compileMatch(match);
    const pattern = re ?? (/^[ -~]*$/.test(needle!) ? new RegExp(escapeRegExp(needle!), 'i') : undefined);
    // Back-references and named groups would change meaning once joined: tested alone.
    if (!pattern || /\\[1-9k]|\(\?</.test(pattern.source)) {
      const test = foldedMatcher(match);
      tests.push((folded) => (held?.(), test(folded)));
      continue;
    }
    const flags = pattern.flags.replace(/[gyd]/g, '');
    // Only case-insensitive, non-unicode patterns: there no non-ASCII character matches an ASCII one.
    const literals = flags.includes('i') && !/[uv]/.test(flags) ? requiredLiterals(pattern.source) : undefined;
    const known = byFlags.has(flags) ? literalsByFlags.get(flags) : [];
    literalsByFlags.set(flags, known && literals ? [...known, ...literals] : undefined);
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${pattern.source})`]);
  }
  for (const [flags, sources] of byFlags) {
    const literals = literalsByFlags.get(flags);
    tests.push(prefiltered(new RegExp([...new Set(sources)].join('|'), flags), literals && fewest(literals), held));
  }
  return tests;
}
