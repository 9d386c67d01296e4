// The memory of one look at the page (`inOneLook`): the page cannot change while it runs, so a
// query or a text asked again is answered from the first reading. A look given a time (a big page)
// stops when it is up and is tried again in a later task from what it had read (look-in-tasks.ts).
import { fold } from './text';

/** While one look at the page lasts (`inOneLook`: the page cannot change meanwhile), a query asked
 *  again is answered from the first (a render asks the same role's elements of a 51k-node page once
 *  per locator), and a long text is read and folded once (each text locator tests the whole page's
 *  text before it skips a big table). */
let looked: Map<ParentNode, Map<string, Element[]>> | undefined;
let lookTexts: Map<Node, string> | undefined;
/** What a look stopped for time had read: the next attempt starts from it, unless the page changed. */
let kept: [typeof looked, typeof lookTexts] | undefined;
let lookEnds = Infinity;
let readNew = false;
/** A look stopped for time (`inOneLook` with `ms`): it is tried again later, from what it read. */
export const LATER = {};

/** Runs `read` with every page query and text read once. Given `ms`, a read past that time stops it
 *  once it has read something new (`LATER`): each attempt gets further, and none is long. */
export function inOneLook<T>(read: () => T): T;
export function inOneLook<T>(read: () => T, ms?: number): T | typeof LATER;
export function inOneLook<T>(read: () => T, ms = Infinity): T | typeof LATER {
  if (looked) return read();
  // Only a look given a time goes on from a stopped one: a search of its own (a scan in the watcher's
  // callback, before the change is reported) never reads what the page showed before.
  const timed = ms < Infinity;
  [looked, lookTexts] = (timed && kept) || [new Map(), new Map()];
  if (timed) kept = undefined;
  lookEnds = performance.now() + ms;
  readNew = false;
  try {
    return read();
  } catch (error) {
    if (error !== LATER) throw error;
    kept = [looked, lookTexts];
    return LATER;
  } finally {
    looked = lookTexts = undefined;
  }
}

/** The page changed (watch.ts): what a stopped look had read is stale. Attributes the watcher does not
 *  follow (a role set in the task between two attempts) are the rare exception: the next change renders again. */
export const pageChanged = (): void => void (kept = undefined);

/** A look reads the page anew: past its time, once it has read something new, it stops. */
export function readingPage(): void {
  if (!looked) return;
  if (readNew && performance.now() > lookEnds) throw LATER;
  readNew = true;
}

/** `node`'s text content, folded (`fold`: no spaces added between elements). */
export function foldedTextOf(node: Node): string {
  const known = lookTexts?.get(node);
  if (known !== undefined) return known;
  readingPage();
  const text = fold(node.textContent ?? '');
  lookTexts?.set(node, text);
  return text;
}

/** `find()` for `root`, asked once per look under `key` (a query's selector). */
export function onceInLook(root: ParentNode, key: string, find: () => Element[]): Element[] {
  const known = looked?.get(root)?.get(key);
  if (known) return known.slice();
  const out = find();
  if (looked) {
    let byRoot = looked.get(root);
    if (!byRoot) looked.set(root, (byRoot = new Map()));
    byRoot.set(key, out.slice());
  }
  return out;
}

