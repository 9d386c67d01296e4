// Whether a batch of page mutations could change what the guide shows: decided off the page's
// task, so that a page rewriting unrelated text (a big table updating) costs almost nothing.
import type { Locator, Playbook } from './playbook';
import { renderLocators } from './conditions';
import { combined, loosened, passesAny, textPassesAny } from './literals';
import { locatorWords, selectorOf } from './locate';
import { fold, readableName, type TextMatch } from './text';
import { isElement, parentOf } from './dom';
import { enclosures } from './relevance-around';

/** Elements whose arrival changes what is visible or searchable everywhere. */
const PAGE_WIDE = 'style,link,iframe,frame,slot,template';
/** Text up the tree is read while an element has at most this many children (a row, not a table
 *  body; counted natively, once per batch for a big one: it is remembered). */
const SMALL_PARENT = 32;

interface Probe {
  selector?: string;
  pattern?: TextMatch;
  /** What the pattern is checked against on elements the selector finds (else any hit counts). */
  on: 'name' | 'text' | 'none';
}

export interface Relevance {
  /** Could these records (elements added or removed, attributes, text) change what is found? */
  (records: MutationRecord[]): boolean;
  /** A text that came or went (read from the records: no page read). */
  text(text: string): boolean;
  /** Text changed inside these elements: the texts and names around each (the own text of those
   *  `judged` is known to be unrelated: not read again). */
  around(els: Iterable<Element>, judged?: ReadonlySet<Element>): boolean;
  /** Changes went unread (dropped): what was learnt of elements' text is forgotten. */
  forget(): void;
}

/**
 * Could this batch of mutations change what the playbook's locators find? Conservative (an
 * uncertain batch counts), but a page that only rewrites text unrelated to every locator — a
 * big table updating its cells — is left alone: no re-render of the guide, no page search.
 */
export function mutationsMatter(playbook: Playbook): Relevance {
  const seen = new Set<string>();
  const probes: Probe[] = [];
  // What is looked for, and the containers it is looked for within when words name them (a dialog by
  // its title, a row by its app's name: those changing change what is found inside). A container
  // found by its markup alone (any table cell) is not watched for itself: what is looked for in it is,
  // wherever it comes, goes or changes (else every cell rewritten on the page would count).
  const watched: Locator[] = [];
  for (const loc of renderLocators(playbook, false, true))
    for (let l: Locator | undefined = loc; l; l = l.within) if (l === loc || locatorWords(l) !== undefined) watched.push(l);
  for (const loc of watched) {
    const pattern = locatorWords(loc);
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
  /** An element's name or text (empty too: a locator may look for a button with no name). */
  const passes = (tests: ((folded: string) => boolean)[], text: string): boolean => {
    return passesAny(tests, fold(text));
  };
  /** Elements (rows) read and found to hold none of the words the prefilter looks for (literals.ts). A
   *  change inside one whose own text holds none leaves it so (a match holds such a word: it would be in
   *  the changed text, unless split mid-word across elements): not read again. Forgotten at any text
   *  tested that holds one, and at changes left unread (`forget`). */
  let plain = new WeakSet<Element>();
  const forget = (): void => void (plain = new WeakSet());
  const patternTests = combined(probes.flatMap((p) => (p.pattern === undefined ? [] : [p.pattern])), forget);
  /** A text that came, went or changed: an empty one changes nothing. */
  const textMatters = (text: string): boolean => textPassesAny(patternTests, text);
  /** The probes by selector (the page-wide elements first: any of them counts): each selector
   *  queried once, the names and texts of what it finds read once and tested against all of its
   *  patterns at a time. */
  const groups = [PAGE_WIDE, ...selectors].map((selector) => {
    const mine = probes.filter((p) => p.selector === selector);
    const tests = (on: Probe['on']) => combined(mine.flatMap((p) => (p.on === on && p.pattern !== undefined ? [p.pattern] : [])));
    return { selector, any: !mine.length || mine.some((p) => p.on === 'none' || p.pattern === undefined), name: tests('name'), text: tests('text') };
  });
  const named = groups.filter((g) => g.name.length);

  /** An element added, removed, or changed in its attributes (visibility): its whole subtree. */
  const subtreeMatters = (el: Element): boolean => {
    if (el.shadowRoot) return true;
    // Its text is read once (a row added: the row probe's test and the last one read the same).
    let text: string | undefined;
    const textOf = (at: Element): string => (at === el ? (text ??= el.textContent ?? '') : (at.textContent ?? ''));
    if (!el.matches(union) && !el.querySelector(union)) return textMatters(textOf(el));
    for (const group of groups) {
      const self = el.matches(group.selector);
      if (!self && !el.querySelector(group.selector)) continue; // none inside: no list made
      if (group.any) return true;
      const hits = self ? [el] : [];
      hits.push(...Array.from(el.querySelectorAll(group.selector)).slice(0, 32));
      if (hits.some((h) => (group.name.length && passes(group.name, readableName(h))) || (group.text.length && passes(group.text, textOf(h))))) return true;
    }
    return textMatters(textOf(el));
  };

  const enclosing = enclosures(unpatterned.join(',') || undefined, named.map((g) => g.selector).join(',') || undefined);
  const namedMemo = new Map<Element, boolean>();
  /** A named element (a link, a button) whose name a locator looks for. */
  const namedMatters = (node: Element): boolean => {
    let found = namedMemo.get(node);
    if (found === undefined) {
      const name = readableName(node);
      found = named.some((g) => node.matches(g.selector) && passes(g.name, name));
      namedMemo.set(node, found);
    }
    return found;
  };
  /** Inside such an element: only the named ancestors are read. */
  const inNamed = (named: Element | null): boolean => {
    for (let hit = named; hit; ) {
      if (namedMatters(hit)) return true;
      const up = parentOf(hit);
      hit = up && enclosing.of(up).named;
    }
    return false;
  };
  /** Elements whose text this batch already read (and found unrelated). */
  const textRead = new Set<Element>();
  /** Elements of this batch too big to read whole. */
  const big = new Set<Element>();

  /** Text changed inside `el`: names of the elements around it, and texts near it. */
  const textAroundMatters = (el: Element): boolean => {
    const around = enclosing.of(el);
    if (around.unpatterned) return true;
    // A big container (a table body) is not read whole: its added and removed children were.
    for (let at: Element | null = el, depth = 0; at && depth < 4; at = parentOf(at), depth++) {
      if (big.has(at)) break;
      if (textRead.has(at)) continue;
      // Its size before the memory: a container remembered while small may have grown since (then its parent is not read).
      if (at.childElementCount > SMALL_PARENT) {
        big.add(at);
        break;
      }
      if (at !== el && plain.has(at)) continue;
      textRead.add(at);
      const before = plain;
      if (textMatters(at.textContent ?? '')) return true;
      if (plain === before) plain.add(at);
    }
    return inNamed(around.named);
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

  const resetBatch = (): void => {
    namedMemo.clear();
    enclosing.reset();
    textRead.clear();
    big.clear();
  };

  const recordsMatter = (records: MutationRecord[]): boolean => {
    resetBatch();
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
  return Object.assign(recordsMatter, {
    text: textMatters,
    forget,
    around(els: Iterable<Element>, judged?: ReadonlySet<Element>): boolean {
      resetBatch();
      if (judged) for (const el of judged) textRead.add(el);
      for (const el of els) if (textAroundMatters(el)) return true;
      return false;
    },
  });
}
