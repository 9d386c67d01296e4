// DOM helpers shared by locate and capture: where to search and what a person can see.
import { onceInLook, readingPage } from './look-memory';

/** The time in ms, on performance's clock (as look-memory.ts and slices.ts read it). */
export const now = (): number => performance.now();

/** The overlay's own host: never searched, never observed. */
export const OWN_HOST_TAG = 'HEAVYSET-ASSISTANT';

/** The element's computed style, from its own window (a frame's element: the frame's). */
export const styleOf = (el: Element): CSSStyleDeclaration | undefined => el.ownerDocument.defaultView?.getComputedStyle(el);

/** Parent element, stepping out of a shadow root to its host. */
export function parentOf(el: Element): Element | null {
  const up = el.parentElement; // read once: each read of the page's DOM crosses into it
  if (up) return up;
  return (el.getRootNode() as { host?: Element }).host ?? null;
}

/** A memory kept for the current task only (the page may change before the next): one render
 *  pass, one observer callback. */
export function taskMemory<K extends object, V>(): Pick<Map<K, V>, 'get' | 'set'> {
  let memory = new Map<K, V>();
  return {
    get: (key) => memory.get(key),
    set(key, value) {
      if (!memory.size) queueMicrotask(() => (memory = new Map()));
      return memory.set(key, value);
    },
  };
}

const rootsCache = taskMemory<ParentNode, ParentNode[]>();

/**
 * Documents whose shadow hosts and iframes a page watcher keeps track of (its MutationObserver
 * sees every element added): their nested roots are listed from here, not by walking the page.
 */
interface HostRegistry {
  /** Every element already in the page has been noted (until then, searches walk the page). */
  complete: boolean;
  hosts: Set<Element>;
  /** Custom elements not yet defined: their shadow root may come with the definition. */
  later: Set<Element>;
  onRoot(root: ShadowRoot): void;
}
const registries = new WeakMap<Document, HostRegistry>();

/** Starts listing `doc`'s nested roots from what `note` is given (every element the page adds). */
export function trackNestedRoots(doc: Document, onRoot: (root: ShadowRoot) => void): { note(el: Element, tag?: string, root?: ShadowRoot | null): void; complete(): void; stop(): void } {
  const registry: HostRegistry = { complete: false, hosts: new Set(), later: new Set(), onRoot };
  /** `tag` and `root`: the element's, when the caller has read them (each read is a call into the page's DOM). */
  const note = (el: Element, tag = el.tagName, root = el.shadowRoot): void => {
    if (tag === OWN_HOST_TAG) return;
    if (root || tag === 'IFRAME') registry.hosts.add(el);
    else if (stillUndefined(el, tag)) registry.later.add(el);
  };
  registries.set(doc, registry);
  return {
    note,
    complete: () => {
      registry.complete = true;
    },
    stop: () => {
      if (registries.get(doc) === registry) registries.delete(doc);
    },
  };
}

const isDefined = (el: Element): boolean => el.matches(':defined');
/** A custom element still to be defined: its shadow root may come with the definition, without a mutation. */
export const stillUndefined = (el: Element, tag = el.tagName): boolean => tag.includes('-') && !isDefined(el);

/** Per document, its tracked hosts by the tree each sits in (the document or a shadow root), for the
 *  current task: a page of web components has hundreds, and each search root asks for its own. */
const hostsByTree = taskMemory<HostRegistry, Map<Node, Element[]>>();
const NO_TREES: ReadonlyMap<Node, Element[]> = new Map();

/** The tracked hosts by tree of the document `root` belongs to, or undefined when it is not tracked. */
function trackedTrees(root: ParentNode): ReadonlyMap<Node, Element[]> | undefined {
  const node = root as Node;
  if (!node.isConnected) return undefined;
  const doc = node.ownerDocument ?? (node as Document);
  const registry = registries.get(doc);
  if (!registry?.complete) return undefined;
  if (!registry.hosts.size && !registry.later.size) return NO_TREES; // a page without components or frames: nothing to sort, each task
  let trees = hostsByTree.get(registry);
  if (trees) return trees;
  for (const el of registry.later) {
    if (!el.isConnected) registry.later.delete(el);
    else if (el.shadowRoot) {
      registry.later.delete(el);
      registry.hosts.add(el);
      registry.onRoot(el.shadowRoot);
    } else if (isDefined(el)) registry.later.delete(el);
  }
  trees = new Map();
  for (const host of registry.hosts) {
    if (!host.isConnected) registry.hosts.delete(host);
    else {
      const tree = host.getRootNode();
      let list = trees.get(tree);
      if (!list) trees.set(tree, (list = []));
      list.push(host);
    }
  }
  hostsByTree.set(registry, trees);
  return trees;
}

/** For sort: nodes in the order they come in the document. */
export const inDocumentOrder = (a: Node, b: Node): number => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1);

/** Elements `root`'s own tree holds (root excluded) that have a nested root; undefined: walk it. */
function hostsIn(root: ParentNode): Element[] | undefined {
  const trees = trackedTrees(root);
  if (!trees) return undefined;
  const node = root as Node;
  // A document or shadow root holds every host of its tree; an element, those inside it.
  const inside = (trees.get(node.getRootNode()) ?? []).filter((h) => h !== root && node.contains(h));
  return inside.sort(inDocumentOrder);
}

/** Does `root` hold a nested root (open shadow root or same-origin iframe), at any depth? */
export function holdsNestedRoot(root: ParentNode): boolean {
  const hosts = hostsIn(root);
  if (!hosts) return searchRoots(root).length > 1;
  return hosts.some((h) => nestedRootsOf(h).length > 0);
}

/** `root` plus every open shadow root and same-origin iframe document inside it (not ours).
 *  Cached for the current task only: one render pass lists them once. */
export function searchRoots(root: ParentNode): ParentNode[] {
  const cached = rootsCache.get(root);
  if (cached) return cached;
  // A scope that is itself a host (a component just added) holds its own shadow root.
  const found: ParentNode[] = [root, ...nestedRootsOf(root as Element)];
  // A scope in a shadow tree (a web component's dialog) holds, as drawn, what its host slots into it.
  if (((root as Node).getRootNode() as ShadowRoot).host)
    for (const slot of root.querySelectorAll('slot')) for (const el of slot.assignedElements({ flatten: true })) found.push(el, ...nestedRootsOf(el));
  for (let i = 0; i < found.length; i++) {
    const hosts = hostsIn(found[i]!);
    if (hosts) for (const host of hosts) found.push(...nestedRootsOf(host));
    else collectNestedRoots(found[i]!, found);
  }
  rootsCache.set(root, found);
  return found;
}

function nestedRootsOf(node: Element): ParentNode[] {
  if (node.tagName === OWN_HOST_TAG) return [];
  const out: ParentNode[] = [];
  if (node.shadowRoot) out.push(node.shadowRoot);
  // A same-origin frame's (or object's) document; null when cross-origin (not ours to read), undefined on other elements.
  const inner = (node as HTMLIFrameElement).contentDocument;
  if (inner?.documentElement) out.push(inner);
  return out;
}

function collectNestedRoots(root: ParentNode, into: ParentNode[]): void {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) into.push(...nestedRootsOf(node));
}

/** querySelectorAll over `root`, itself included, and its nested roots; skips our own UI. */
export const queryAll = (root: ParentNode, selector: string): Element[] =>
  onceInLook(root, selector, () => {
    readingPage();
    return queryAllNow(root, selector);
  });

function queryAllNow(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  for (const r of searchRoots(root)) {
    // Everything a root's querySelectorAll returns shares its root node: ours is checked once per root.
    const own = (r as Node).getRootNode() as ShadowRoot;
    if (own.host?.tagName === OWN_HOST_TAG) continue;
    if (isElement(r) && r.matches(selector)) out.push(r);
    for (const el of r.querySelectorAll(selector)) out.push(el);
  }
  return out;
}

/** A checkbox, radio or switch is ticked (native or ARIA); nothing found is not ticked. */
export function isChecked(el: Element | null): boolean {
  if (!el) return false;
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  return el.getAttribute('aria-checked') === 'true';
}

export function isElement(node: unknown): node is Element {
  return !!node && (node as Node).nodeType === 1;
}

/** Ancestors of `el` (crossing shadow roots), nearest first, `el` excluded. */
export function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let node = parentOf(el); node; node = parentOf(node)) out.push(node);
  return out;
}

/** Does `outer` contain `inner`, looking through shadow roots? */
export function deepContains(outer: Element, inner: Element): boolean {
  for (let node: Element | null = inner; node; node = parentOf(node)) if (node === outer) return true;
  return false;
}
