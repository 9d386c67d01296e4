// Finding words on a page: the smallest elements whose text matches, read as a person reads it.
import { compileMatch, matches, matchesFolded, nameMatchesExactly, readableText, type TextMatch } from './text';
import { isElement, searchRoots } from './dom';
import { foldedTextOf, inOneLook, onceInLook } from './look-memory';
import { isVisible } from './visibility';
import { boundless } from './literals';
import { ranked } from './locate-kinds';

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAVYSET-ASSISTANT']);
/** An element whose whole text is a name or a label: not a container of many things or much text. */
const MAX_CHILDREN_READ = 16;
const MAX_WHOLE_TEXT = 400;

/** Smallest elements whose text matches (once per look; outside one, its texts are read once). */
export const byText = (text: TextMatch, scope: ParentNode): Element[] =>
  inOneLook(() =>
    onceInLook(scope, '"' + text, () => {
      const found: Element[] = [];
      const could = boundless(text);
      for (const root of rootsThatCould(scope, could)) (anchored(text) ? textUpwards : textDownwards)(text, could, root, found);
      return ranked(found, (el) => el.textContent ?? '', text).filter(isVisible);
    }),
  );

/** `scope` and its nested roots whose text could hold the words (`could`): a web component's icon,
 *  its checkbox, a 3,000-row table without them is read once, never walked. */
export const rootsThatCould = (scope: ParentNode, could: TextMatch): ParentNode[] =>
  searchRoots(scope).filter((root) => matchesFolded(foldedTextOf((root as Document).documentElement ?? root), could));

/** ^…$ patterns fail on ancestors: start from text nodes and climb a few levels. */
function anchored(text: TextMatch): boolean {
  const { re } = compileMatch(text);
  return !!re && /^\^|[^\\]\$$/.test(re.source);
}

function textUpwards(text: TextMatch, could: TextMatch, root: ParentNode, found: Element[]): void {
  const node = root as Node;
  const hits = new Set<Element>();
  // Each element is read once (the cells of a row all climb to it), and never a big container: a
  // whole text that is the match is short (a 3,000-row table is not read 24,000 times).
  const read = new Set<Element>();
  const climb = (from: Element | null, depthFrom: number): void => {
    let el = from;
    for (let depth = depthFrom; el && depth < 4 && !SKIP_TEXT.has(el.tagName); depth++, el = el.parentElement) {
      if (read.has(el) || el.childElementCount > MAX_CHILDREN_READ) break;
      read.add(el);
      const whole = foldedTextOf(el);
      if (whole.length > MAX_WHOLE_TEXT) break;
      if (matchesFolded(whole, text) || nameMatchesExactly(whole, text)) {
        hits.add(el);
        break;
      }
      if (el === root) break;
    }
  };
  // A hit's text is part of each ancestor's: a subtree whose text cannot hold the match (read
  // without anchors, boundaries or the spaces between elements) holds no hit and is skipped
  // whole — a big table without the words is read once, not per cell (the first scan of a large
  // page). Its words may still be part of a hit above it ("Client" in <b> of "Client ID"): the
  // climb its text would have made goes on from its parent.
  const filter = (n: Node): number => {
    if (n.nodeType !== 1) return 1; // FILTER_ACCEPT
    const el = n as Element;
    const whole = foldedTextOf(el);
    if (matchesFolded(whole, could)) return 1;
    if (whole.length <= MAX_WHOLE_TEXT && whole && !SKIP_TEXT.has(el.tagName) && el.childElementCount <= MAX_CHILDREN_READ) {
      read.add(el);
      climb(el.parentElement, 1);
    }
    return 2; // FILTER_REJECT: the subtree is skipped
  };
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, filter);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t.nodeType === 3 && t.nodeValue?.trim()) climb(t.parentElement, 0);
  }
  for (const el of hits) if (![...hits].some((o) => o !== el && el.contains(o))) found.push(el);
}

/** Down from the root through elements whose text could hold the match (read without the
 *  spaces between elements, word boundaries cannot be trusted: a superset prunes), to the smallest
 *  that does hold it, read as a person reads it (elements apart). */
function textDownwards(text: TextMatch, could: TextMatch, root: ParentNode, found: Element[]): void {
  const visit = (el: Element): boolean => {
    let childMatched = false;
    for (const child of el.children) {
      if (SKIP_TEXT.has(child.tagName) || !matchesFolded(foldedTextOf(child), could)) continue;
      if (visit(child)) childMatched = true;
    }
    if (childMatched) return true;
    if (!matches(readableText(el), text)) return false;
    found.push(el);
    return true;
  };
  const start: Element[] = isElement(root) ? [root] : Array.from(root.children);
  for (const el of start) if (!SKIP_TEXT.has(el.tagName) && matchesFolded(foldedTextOf(el), could)) visit(el);
}
