// One MutationObserver for the page: captures are scanned synchronously in the callback
// (the value must reach the background before a one-time dialog closes); the callback only
// notes the rest. Whether the noted changes matter to the guide is decided later, for many page
// updates at once, when the page is idle and in short slices; then one pageChanged (watch-analysis.ts).
// No polling: a subtree just added is read again a few times, then left (watch-follow-ups.ts).
import { OWN_HOST_TAG, isElement, trackNestedRoots } from './dom';
import type { Lifecycle } from './ports';
import { actedRecently, noteAdded } from './recent';
import { outermost, ownUi, scopeFor } from './watch-scope';
import { reportChanges } from './watch-analysis';
import { followUpScans } from './watch-follow-ups';

export interface WatchHandlers {
  /** Synchronous: the subtrees that changed, to scan for values (may be detached). */
  scan(scopes: ParentNode[]): void;
  /** Coalesced: the page changed; resolve the step and render. */
  pageChanged(): void;
  /** Could these changes alter what `pageChanged` reads? Absent: every change can. Asked off the
   *  page's task, with records of several page updates (in slices). */
  matters?(records: MutationRecord[]): boolean;
  /** Could a change of text or attributes inside `el` reveal a value? Absent: it could.
   *  Asked synchronously for every changed element, so it must be cheap. */
  canReveal?(el: Element): boolean;
  /** Changes that do not matter still move things: re-place what the overlay points at. */
  moved?(): void;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeFilter: ['value', 'hidden', 'class', 'style', 'open', 'aria-hidden'],
};

export function watchPage(lifecycle: Lifecycle, doc: Document, handlers: WatchHandlers): { observeRoot(root: ShadowRoot): void } {
  let stopped = false;
  const observed = new WeakSet<Node>();
  const { note, requestChange, stop } = reportChanges(lifecycle, handlers);
  const followUp = followUpScans(lifecycle, handlers, () => stopped);

  const observer = new MutationObserver((records) => {
    const scopes = new Set<ParentNode>();
    const addedScopes = new Set<ParentNode>();
    const ours: MutationRecord[] = [];
    for (const record of records) {
      const target = record.target;
      if (ownUi(target)) continue;
      ours.push(record);
      if (record.type === 'childList') {
        let reveals: boolean | undefined;
        for (const added of record.addedNodes) {
          if (isElement(added)) findShadowRoots(added);
          else if (added.nodeType !== 3) continue;
          // Text alone (a table cell rewritten) is scanned only where a value can show.
          else if (!(reveals ??= !isElement(target) || !handlers.canReveal || handlers.canReveal(target))) continue;
          // Removed again in the same task: scan the detached subtree itself.
          const scope = added.isConnected ? scopeFor(added) : (added as ParentNode);
          scopes.add(scope);
          if (isElement(added) && added.isConnected) {
            addedScopes.add(scope);
            noteAdded(added); // an inline panel answering the person's click is a dialog (dialogs.ts)
          }
        }
      } else if (record.type === 'characterData') {
        const el = target.parentElement;
        if (!el || !handlers.canReveal || handlers.canReveal(el)) scopes.add(scopeFor(target));
      } else {
        // An attribute can show a whole subtree (a wrapper's class): scanned as before.
        scopes.add(scopeFor(target));
        if (isElement(target) && actedRecently()) noteAdded(target); // shown in answer to a click

      }
    }
    if (scopes.size) handlers.scan(outermost(scopes));
    if (addedScopes.size) followUp(outermost(addedScopes));
    if (!ours.length) return;
    note(ours);
    // Rings follow what moved now; a re-render, if the analysis asks for one, comes later.
    handlers.moved?.();
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
      requestChange();
    }
  };
  // The end of a fade-in: what was transparent is shown now.
  const onShown = (event: Event): void => {
    const target = event.composedPath()[0];
    if (target && isElement(target) && !ownUi(target)) handlers.scan([scopeFor(target)]);
  };
  const win = doc.defaultView ?? window;
  for (const type of ['animationend', 'transitionend']) lifecycle.addEventListener(win, type, onShown, { capture: true, passive: true });
  lifecycle.addEventListener(win, 'click', onClick, { capture: true });
  lifecycle.addEventListener(win, 'input', onInput, { capture: true });
  lifecycle.addEventListener(win, 'change', onInput, { capture: true });
  lifecycle.onInvalidated(() => {
    stopped = true;
    stop();
    observer.disconnect();
    nested.stop();
  });
  return { observeRoot };
}
