// DOM helpers shared by locate and capture: where to search and what a person can see.

/** The overlay's own host: never searched, never observed. */
export const OWN_HOST_TAG = 'HEAVYSET-ASSISTANT';

/** Parent element, stepping out of a shadow root to its host. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  return (el.getRootNode() as { host?: Element }).host ?? null;
}

let layoutCache = new WeakMap<Document, boolean>();

/** Decided once per task (per document), not per element: each question costs a page layout. */
function layoutAvailable(doc: Document): boolean {
  const known = layoutCache.get(doc);
  if (known !== undefined) return known;
  const rect = doc.documentElement?.getBoundingClientRect();
  const available = !!rect && (rect.width > 0 || rect.height > 0);
  layoutCache.set(doc, available);
  clearAtTaskEnd();
  return available;
}

function hiddenByStyle(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.tagName === 'DIALOG' && !el.hasAttribute('open')) return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/** Visible to a person. Detached nodes count as visible: they are a snapshot being scanned
 *  (a dialog added and removed in one task). Without layout (happy-dom), styles decide. */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return true;
  // A closed <select> lays out none of its options: they are as visible as the select.
  const select = el.tagName === 'OPTION' || el.tagName === 'OPTGROUP' ? el.closest('select') : null;
  if (select) return isVisible(select);
  const doc = el.ownerDocument;
  if (layoutAvailable(doc)) {
    if (typeof el.checkVisibility === 'function') {
      if (!el.checkVisibility({ visibilityProperty: true })) return false;
    } else if (hiddenUpwards(el)) return false;
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 || rect.height > 0) return true;
    return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
  }
  return !hiddenUpwards(el);
}

function hiddenUpwards(el: Element): boolean {
  for (let node: Element | null = el; node; node = parentOf(node)) if (hiddenByStyle(node)) return true;
  return false;
}

let rootsCache = new WeakMap<ParentNode, ParentNode[]>();
let clearScheduled = false;

/** `root` plus every open shadow root and same-origin iframe document inside it (not ours).
 *  Cached for the current task only: one render pass walks the page once. */
export function searchRoots(root: ParentNode): ParentNode[] {
  const cached = rootsCache.get(root);
  if (cached) return cached;
  const found: ParentNode[] = [root];
  for (let i = 0; i < found.length; i++) collectNestedRoots(found[i]!, found);
  rootsCache.set(root, found);
  clearAtTaskEnd();
  return found;
}

function clearAtTaskEnd(): void {
  if (clearScheduled) return;
  clearScheduled = true;
  queueMicrotask(() => {
    rootsCache = new WeakMap();
    layoutCache = new WeakMap();
    clearScheduled = false;
  });
}

function collectNestedRoots(root: ParentNode, into: ParentNode[]): void {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node.tagName === OWN_HOST_TAG) continue;
    if (node.shadowRoot) into.push(node.shadowRoot);
    if (node.tagName === 'IFRAME') {
      try {
        const inner = (node as HTMLIFrameElement).contentDocument;
        if (inner?.documentElement) into.push(inner);
      } catch {
        // cross-origin frame: not ours to read
      }
    }
  }
}

/** querySelectorAll over `root`, itself included, and its nested roots; skips our own UI. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  for (const r of searchRoots(root)) {
    if (r === root && isElement(r) && r.matches(selector)) out.push(r);
    for (const el of r.querySelectorAll(selector)) if (!insideOwnUi(el)) out.push(el);
  }
  return out;
}

export function isElement(node: unknown): node is Element {
  return !!node && (node as Node).nodeType === 1;
}

function insideOwnUi(el: Element): boolean {
  const root = el.getRootNode() as ShadowRoot;
  return !!root.host && root.host.tagName === OWN_HOST_TAG;
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
