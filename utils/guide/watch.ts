// One MutationObserver for the page: captures are scanned synchronously in the callback
// (the value must reach the background before a one-time dialog closes); everything else
// is coalesced into one settle callback per ~100 ms, run when the page is idle, and only for
// changes that can matter to the guide. No polling.
import { OWN_HOST_TAG, isElement, trackNestedRoots } from './dom';

/** The part of WXT's ContentScriptContext the watcher needs (a fake one in tests). */
export interface Lifecycle {
  setTimeout(handler: () => void, timeout?: number): number;
  requestIdleCallback?(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  onInvalidated(cb: () => void): () => void;
}

export interface WatchHandlers {
  /** Synchronous: the subtrees that changed, to scan for values (may be detached). */
  scan(scopes: ParentNode[]): void;
  /** Coalesced: the page changed; resolve the step and render. */
  settle(): void;
  /** Could these changes alter what `settle` reads? Absent: every change can. */
  matters?(records: MutationRecord[]): boolean;
  /** Changes that do not matter still move things: re-place what the overlay points at. */
  moved?(): void;
}

const SCOPE = 'dialog,[role=dialog],[role=alertdialog],[aria-modal=true],form,section,dl,table,[role=grid],[role=table]';
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeFilter: ['value', 'hidden', 'class', 'style', 'open', 'aria-hidden'],
};

export const SETTLE_MS = 100;
const TABLES = 'table,[role=grid],[role=table],[role=treegrid]';
const ROWS = 'tr,[role=row]';
const HEADER_CELLS = 'th,[role=columnheader]';

/** Where a value near this node could sit with its label: the nearest container, else 3 levels up.
 *  In a table, the changed data row only (capture finds its column header from the row). */
export function scopeFor(node: Node): ParentNode {
  const el = isElement(node) ? node : node.parentElement;
  if (!el) return node as ParentNode;
  const container = el.closest(SCOPE);
  if (container?.matches(TABLES)) {
    const row = el.closest(ROWS);
    if (row && row !== container && container.contains(row) && !row.querySelector(HEADER_CELLS)) return row;
  }
  if (container) return container;
  let scope: Element = el;
  for (let i = 0; i < 3 && scope.parentElement && scope.parentElement !== el.ownerDocument.body; i++) scope = scope.parentElement;
  return scope;
}

function ownUi(node: Node): boolean {
  const el = isElement(node) ? node : node.parentElement;
  if (!el) return false;
  if (el.closest(OWN_HOST_TAG.toLowerCase())) return true;
  return (el.getRootNode() as { host?: Element }).host?.tagName === OWN_HOST_TAG;
}

/** Drops scopes inside another scope (an ancestor looked up in the set, not compared pairwise). */
function outermost(scopes: Set<ParentNode>): ParentNode[] {
  const out: ParentNode[] = [];
  for (const scope of scopes) {
    let inner = false;
    for (let up = (scope as Node).parentNode; up && !inner; up = up.parentNode) inner = scopes.has(up as ParentNode);
    if (!inner) out.push(scope);
  }
  return out;
}

export function watchPage(life: Lifecycle, doc: Document, handlers: WatchHandlers): { observeRoot(root: ShadowRoot): void } {
  let pending = false;
  const observed = new WeakSet<Node>();
  const requestSettle = (): void => {
    if (pending) return;
    pending = true;
    const run = (): void => {
      pending = false;
      handlers.settle();
    };
    // After the coalescing delay, wait for a gap in the page's own work (at most another delay).
    const whenIdle = life.requestIdleCallback ? () => life.requestIdleCallback!(run, { timeout: SETTLE_MS }) : run;
    life.setTimeout(whenIdle, SETTLE_MS);
  };

  const observer = new MutationObserver((records) => {
    const scopes = new Set<ParentNode>();
    const ours: MutationRecord[] = [];
    for (const record of records) {
      if (ownUi(record.target)) continue;
      ours.push(record);
      if (record.type === 'childList') {
        for (const added of record.addedNodes) {
          if (!isElement(added) && added.nodeType !== 3) continue;
          // Removed again in the same task: scan the detached subtree itself.
          scopes.add(added.isConnected ? scopeFor(added) : (added as ParentNode));
          if (isElement(added)) findShadowRoots(added);
        }
      } else {
        scopes.add(scopeFor(record.target));
      }
    }
    if (scopes.size) handlers.scan(outermost(scopes));
    if (!ours.length) return;
    if (!handlers.matters || handlers.matters(ours)) requestSettle();
    else handlers.moved?.();
  });

  const nested = trackNestedRoots(doc, (root) => observeRoot(root));
  const observeRoot = (root: Document | ShadowRoot): void => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, OBSERVE);
    // Shadow roots already inside a new shadow root are observed (and listed) too.
    if (root !== doc) for (const child of root.children) findShadowRoots(child);
  };
  /** Observes the shadow roots in `el`'s subtree and lists them (and iframes) for searches. */
  const findShadowRoots = (el: Element): void => {
    if (el.tagName === OWN_HOST_TAG) return;
    nested.note(el);
    if (el.shadowRoot) observeRoot(el.shadowRoot);
    if (!el.firstElementChild) return;
    const walker = el.ownerDocument.createTreeWalker(el, 1);
    for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
      if (n.tagName === OWN_HOST_TAG) continue;
      nested.note(n);
      if (n.shadowRoot) observeRoot(n.shadowRoot);
    }
  };

  observeRoot(doc);
  if (doc.documentElement) findShadowRoots(doc.documentElement);

  // Before the page's own handler ("Copy to Clipboard" that closes the dialog), read its values.
  const onClick = (event: Event): void => {
    const target = event.composedPath()[0];
    if (target && isElement(target) && !ownUi(target)) handlers.scan([scopeFor(target)]);
  };
  const onInput = (event: Event): void => {
    const target = event.composedPath()[0];
    if (target && isElement(target) && !ownUi(target)) {
      handlers.scan([scopeFor(target)]);
      requestSettle();
    }
  };
  const win = doc.defaultView ?? window;
  life.addEventListener(win, 'click', onClick, { capture: true });
  life.addEventListener(win, 'input', onInput, { capture: true });
  life.addEventListener(win, 'change', onInput, { capture: true });
  life.onInvalidated(() => {
    observer.disconnect();
    nested.stop();
  });
  return { observeRoot };
}
