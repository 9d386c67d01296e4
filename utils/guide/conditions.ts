// Evaluates a playbook's conditions against the page and the background's state.
import type { Condition, Locator, Playbook } from './playbook';
import type { GuideState } from '../messages';
import { locate, selectorOf } from './locate';
import { compileMatch, fold, foldedMatcher, matches, patternOf, readableName, type TextMatch } from './text';
import { closestDeep, isElement, parentOf } from './dom';

export interface ConditionEnv {
  root: ParentNode;
  url: string;
  state: GuideState;
}

export function holds(cond: Condition, env: ConditionEnv): boolean {
  if ('present' in cond) return locate(cond.present, env.root) !== null;
  if ('absent' in cond) return locate(cond.absent, env.root) === null;
  if ('url' in cond) return matches(env.url, cond.url);
  if ('param' in cond) return paramHolds(env.url, cond);
  if ('checked' in cond) return isChecked(locate(cond.checked, env.root));
  if ('oauth' in cond) return (env.state.oauth?.state ?? 'idle') === cond.oauth;
  if ('captured' in cond) return env.state.captured.includes(cond.captured);
  if ('sent' in cond) return env.state.sent.includes(cond.sent);
  if ('settingsSaved' in cond) return env.state.settingsSaved;
  if ('verified' in cond) return env.state.verified;
  if ('all' in cond) return cond.all.every((c) => holds(c, env));
  if ('any' in cond) return cond.any.some((c) => holds(c, env));
  return !holds(cond.not, env);
}

function paramHolds(url: string, cond: { param: string; equals?: string; matches?: TextMatch }): boolean {
  let value: string | null;
  try {
    value = new URL(url).searchParams.get(cond.param);
  } catch {
    return false;
  }
  if (value === null) return false;
  if (cond.equals !== undefined && value !== cond.equals) return false;
  return cond.matches === undefined || matches(value, cond.matches);
}

function isChecked(el: Element | null): boolean {
  if (!el) return false;
  if ('checked' in el && typeof el.checked === 'boolean') return el.checked;
  return el.getAttribute('aria-checked') === 'true';
}

/** Every locator the guide's view reads on each render (steps, troubles, checks, targets, facts). */
export function renderLocators(playbook: Playbook): Locator[] {
  const out: Locator[] = [];
  const addLocator = (loc: Locator | undefined): void => {
    for (let l = loc; l; l = l.within) out.push(l);
  };
  const addCondition = (cond: Condition | undefined): void => {
    if (!cond) return;
    if ('present' in cond) addLocator(cond.present);
    else if ('absent' in cond) addLocator(cond.absent);
    else if ('checked' in cond) addLocator(cond.checked);
    else if ('all' in cond) cond.all.forEach(addCondition);
    else if ('any' in cond) cond.any.forEach(addCondition);
    else if ('not' in cond) addCondition(cond.not);
  };
  for (const step of playbook.steps) {
    addCondition(step.when);
    addCondition(step.done);
    for (const t of [step.target ?? []].flat()) addLocator(t);
    for (const f of step.fill ?? []) for (const t of [f.target].flat()) addLocator(t);
    for (const t of step.troubles ?? []) {
      addCondition(t.when);
      addLocator(t.target);
    }
    for (const c of step.checks ?? []) {
      addCondition(c.passWhen);
      addCondition(c.failWhen);
    }
  }
  for (const fact of playbook.facts ?? []) {
    addCondition(fact.when);
    if ('text' in fact.from) addLocator({ text: fact.from.text });
  }
  addCondition(playbook.oauth?.returnPage);
  return out;
}

/** A pattern that matches wherever the original could match inside a longer text (anchors dropped). */
export function loosened(match: TextMatch): TextMatch {
  const { re } = compileMatch(match);
  if (!re) return match;
  let source = '';
  let inClass = false;
  for (let i = 0; i < re.source.length; i++) {
    const ch = re.source[i]!;
    if (ch === '\\') {
      source += ch + (re.source[++i] ?? '');
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (!inClass && (ch === '^' || ch === '$')) continue;
    source += ch;
  }
  return patternOf(new RegExp(source, re.flags));
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
    return literals.some((l) => lower.includes(l)) && test(folded);
  };
}

/** Tests for any of `patterns`: regular expressions of the same flags joined into one (one pass per text). */
function combined(patterns: TextMatch[]): ((folded: string) => boolean)[] {
  const tests: ((folded: string) => boolean)[] = [];
  const byFlags = new Map<string, string[]>();
  const literalsByFlags = new Map<string, string[] | undefined>();
  for (const match of patterns) {
    const pattern = compileMatch(match).re;
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

/** Elements whose arrival changes what is visible or searchable everywhere. */
const PAGE_WIDE = 'style,link,iframe,frame,slot,template';
/** Text up the tree is read while an element has at most this many children (a row, not a table body). */
const SMALL_PARENT = 32;

/** More than `limit` element children? Counts no further (childElementCount walks them all:
 *  a 3,000-row table body per changed cell). */
function manyChildren(el: Element, limit: number): boolean {
  let n = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (++n > limit) return true;
  return false;
}

interface Probe {
  selector?: string;
  pattern?: TextMatch;
  /** What the pattern is checked against on elements the selector finds (else any hit counts). */
  on: 'name' | 'text' | 'none';
}

/**
 * Could this batch of mutations change what the playbook's locators find? Conservative (an
 * uncertain batch counts), but a page that only rewrites text unrelated to every locator — a
 * big table updating its cells — is left alone: no re-render of the guide, no page search.
 */
export function mutationsMatter(playbook: Playbook): (records: MutationRecord[]) => boolean {
  const seen = new Set<string>();
  const probes: Probe[] = [];
  for (const loc of renderLocators(playbook)) {
    const pattern = 'role' in loc ? loc.name : 'label' in loc ? loc.label : 'text' in loc ? loc.text : 'rowContaining' in loc ? loc.rowContaining : undefined;
    const on = 'role' in loc && loc.name ? 'name' : 'rowContaining' in loc ? 'text' : 'none';
    const probe: Probe = { selector: selectorOf(loc), pattern: pattern === undefined ? undefined : loosened(pattern), on };
    const key = `${probe.selector}|${String(probe.pattern)}|${on}`;
    if (seen.has(key)) continue;
    seen.add(key);
    probes.push(probe);
  }
  const selectors = [...new Set(probes.flatMap((p) => (p.selector ? [p.selector] : [])))];
  const union = [PAGE_WIDE, ...selectors].join(',');
  const unpatterned = probes.filter((p) => p.selector && p.pattern === undefined).map((p) => p.selector!);
  const unpatternedUnion = unpatterned.length ? unpatterned.join(',') : undefined;
  const namedProbes = probes.filter((p) => p.on === 'name' && p.selector);
  const namedUnion = namedProbes.length ? [...new Set(namedProbes.map((p) => p.selector!))].join(',') : undefined;
  const patternTests = combined(probes.flatMap((p) => (p.pattern === undefined ? [] : [p.pattern])));
  const textMatters = (text: string): boolean => {
    if (!text) return false;
    const folded = fold(text);
    return !!folded && patternTests.some((test) => test(folded));
  };

  /** An element added, removed, or changed in its attributes (visibility): its whole subtree. */
  const subtreeMatters = (el: Element): boolean => {
    if (el.shadowRoot) return true;
    if (!el.matches(union) && !el.querySelector(union)) return textMatters(el.textContent ?? '');
    if (el.matches(PAGE_WIDE) || el.querySelector(PAGE_WIDE)) return true;
    for (const probe of probes) {
      if (!probe.selector) continue;
      const hits = el.matches(probe.selector) ? [el] : [];
      hits.push(...Array.from(el.querySelectorAll(probe.selector)).slice(0, 32));
      if (!hits.length) continue;
      const pattern = probe.pattern;
      if (probe.on === 'none' || pattern === undefined) return true;
      if (hits.some((h) => matches(probe.on === 'name' ? readableName(h) : (h.textContent ?? ''), pattern))) return true;
    }
    return textMatters(el.textContent ?? '');
  };

  /** Inside an element some locator finds without reading text (a dialog). */
  const inUnpatterned = (el: Element): boolean => closestDeep(el, unpatternedUnion!) !== null;
  let namedMemo = new Map<Element, boolean>();
  /** A named element (a link, a button) whose name a locator looks for. */
  const namedMatters = (node: Element): boolean => {
    const known = namedMemo.get(node);
    if (known !== undefined) return known;
    const found = nameMatches(node);
    namedMemo.set(node, found);
    return found;
  };
  const nameMatches = (node: Element): boolean => {
    let name: string | undefined;
    for (const probe of namedProbes) {
      if (!node.matches(probe.selector!)) continue;
      name ??= readableName(node);
      if (matches(name, probe.pattern!)) return true;
    }
    return false;
  };
  /** Inside such an element: only the named ancestors are read. */
  const inNamed = (el: Element): boolean => {
    for (let hit = closestDeep(el, namedUnion!); hit; ) {
      if (namedMatters(hit)) return true;
      const up = parentOf(hit);
      hit = up && closestDeep(up, namedUnion!);
    }
    return false;
  };
  /** Elements whose text this batch already read (and found unrelated). */
  let textRead = new Set<Element>();
  /** Elements of this batch too big to read whole. */
  let big = new Set<Element>();

  /** Text changed inside `el`: names of the elements around it, and texts near it. */
  const textAroundMatters = (el: Element): boolean => {
    if (unpatternedUnion && inUnpatterned(el)) return true;
    // A big container (a table body) is not read whole: its added and removed children were.
    for (let at: Element | null = el, depth = 0; at && depth < 4; at = parentOf(at), depth++) {
      if (big.has(at)) break;
      if (textRead.has(at)) continue;
      if (manyChildren(at, SMALL_PARENT)) {
        big.add(at);
        break;
      }
      textRead.add(at);
      if (textMatters(at.textContent ?? '')) return true;
    }
    return !!namedUnion && inNamed(el);
  };

  const nodesMatter = (nodes: NodeList, parent: Element): boolean => {
    for (const node of nodes) {
      if (isElement(node)) {
        if (subtreeMatters(node)) return true;
      } else if (node.nodeType === 3) {
        if (textMatters(node.nodeValue ?? '')) return true;
        // A cell's only text was just read: its text is not read again.
        if (node.parentNode === parent && parent.firstChild === node && parent.lastChild === node) textRead.add(parent);
      }
    }
    return false;
  };

  return (records) => {
    namedMemo = new Map();
    textRead = new Set();
    big = new Set();
    const textChanged = new Set<Element>();
    for (const record of records) {
      const target = record.target;
      if (record.type === 'attributes') {
        if (isElement(target) && subtreeMatters(target)) return true;
        continue;
      }
      if (record.type === 'characterData') {
        if (record.oldValue && textMatters(record.oldValue)) return true;
        if (target.parentElement) textChanged.add(target.parentElement);
        continue;
      }
      const parent = isElement(target) ? target : ((target as ShadowRoot).host ?? null);
      if (!parent) return true; // the document itself changed
      if (nodesMatter(record.addedNodes, parent) || nodesMatter(record.removedNodes, parent)) return true;
      textChanged.add(parent);
    }
    for (const el of textChanged) if (textAroundMatters(el)) return true;
    return false;
  };
}
