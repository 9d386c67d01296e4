// Text matches tested cheaply against many texts: anchors dropped to find a match inside longer
// text, and the literals every match must contain, tested with \`includes\` before the expression.
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

/**
 * Lowercase ASCII substrings one of which any text matching `source` (a case-insensitive,
 * non-unicode pattern) holds: the longest run of mandatory plain characters of each top-level
 * alternative. Undefined when some alternative has none of 3+ characters, or the pattern is not
 * understood: then the pattern is always tested.
 */
export function requiredLiterals(source: string): string[] | undefined {
  const out: string[] = [];
  let best = '';
  let run = '';
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  const close = (): boolean => {
    end();
    if (best.length < 3) return false;
    out.push(best);
    best = '';
    return true;
  };
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === '|') {
      if (!close()) return undefined;
      i++;
    } else if (ch === '(' || ch === '[') {
      end();
      i = skipConstruct(source, i);
      if (i < 0) return undefined;
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

/** A regular expression's test behind a cheap `includes` of what every match must hold (when known). */
function prefiltered(re: RegExp, literals: string[] | undefined): (folded: string) => boolean {
  const test = (folded: string) => re.test(folded);
  if (!literals) return test;
  return (folded) => {
    const lower = folded.toLowerCase();
    for (let i = 0; i < literals.length; i++) if (lower.includes(literals[i]!)) return test(folded);
    return false;
  };
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

/** Tests for any of `patterns`: regular expressions of the same flags joined into one (one pass per text). */
export function combined(patterns: TextMatch[]): ((folded: string) => boolean)[] {
  const tests: ((folded: string) => boolean)[] = [];
  const byFlags = new Map<string, string[]>();
  const literalsByFlags = new Map<string, string[] | undefined>();
  for (const match of patterns) {
    // A plain ASCII literal joins the expression as one (its case folds alike there): the text is not lowercased again for it.
    const { re, needle } = compileMatch(match);
    const pattern = re ?? (/^[ -~]*$/.test(needle!) ? new RegExp(escapeRegExp(needle!), 'i') : undefined);
    // Back-references and named groups would change meaning once joined: tested alone.
    if (!pattern || /\\[1-9k]|\(\?</.test(pattern.source)) {
      tests.push(foldedMatcher(match));
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
    tests.push(prefiltered(new RegExp([...new Set(sources)].join('|'), flags), literals && [...new Set(literals)]));
  }
  return tests;
}
