// One MutationObserver for the page: captures are scanned synchronously in the callback
// (the value must reach the background before a one-time dialog closes); the callback only
// notes the rest. Whether the noted changes matter to the guide is decided later, for many page
// updates at once, when the page is idle and in short slices; then one pageChanged (watch-analysis.ts).
// No polling: a subtree just added is read again a few times, then left (watch-follow-ups.ts).
import { OWN_HOST_TAG, isElement, trackNestedRoots } from './dom';
import { pageChanged } from './look-memory';
import type { Lifecycle } from './ports';
import { actedRecently, noteAdded } from './recent';
import { outermost, ownRecordTarget, ownUi, scopeFor } from './watch-scope';
import { reportChanges, type Matters } from './watch-analysis';
import { followUpScans } from './watch-follow-ups';
import { inSlices } from './slices';

export interface WatchHandlers {
  /** Synchronous: the subtrees that changed, to scan for values (may be detached). Returns, when it
   *  knows them, those that cannot hold a value as they are (not followed up: watch-follow-ups.ts). */
  scan(scopes: ParentNode[]): ReadonlySet<ParentNode> | void;
  /** Coalesced: the page changed; resolve the step and render. */
  pageChanged(): void;
  /** Could these changes alter what `pageChanged` reads? Absent: every change can. Asked off the
   *  page's task, with records of several page updates (in slices); with `text` and `around`
   *  (relevance.ts), text alone coming and going is told apart without keeping its records. */
  matters?: Matters;
  /** Could a change of text or attributes inside `el` reveal a value? Absent: it could. `text`:
   *  all of `el`'s text, when the change gave it (not read again). Asked synchronously for every
   *  changed element, so it must be cheap. */
  canReveal?(el: Element, text?: string): boolean;
  /** Changes that do not matter still move things: re-place what the overlay points at. */
  moved?(): void;
  /** A window to follow: the page's own, and each same-origin frame's at each of its loads. */
  listen?(win: Window): void;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeFilter: ['value', 'hidden', 'class', 'style', 'open', 'aria-hidden'],
};

export function watchPage(
  lifecycle: Lifecycle,
  doc: Document,
  handlers: WatchHandlers,
): { observeRoot(root: ShadowRoot): void; discover(pause?: () => Promise<void>): Promise<void> } {
  let stopped = false;
  const observed = new WeakSet<Node>();
  const { note, noteText, requestChange, stop } = reportChanges(lifecycle, handlers);
  const followUp = followUpScans(lifecycle, handlers, () => stopped);

  /** The texts one record brought and took: the first `count` of one list for every record (noteText
   *  reads them at once). Not emptied with `length = 0`: V8 then drops the list's storage, and every
   *  record would allocate it anew — measured, thousands a second on a table rewriting its cells. */
  const texts: string[] = [];
  let count = 0;
  const observer = new MutationObserver((records) => {
    const scopes = new Set<ParentNode>();
    const addedScopes = new Set<ParentNode>();
    const elementRecords: MutationRecord[] = [];
    let any = false;
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      const target = record.target;
      const type = record.type;
      // The assistant's own element changes only in its attributes (placed): not a change of the page.
      if (type === 'attributes' && ownRecordTarget(target)) continue;
      any = true;
      if (type === 'characterData') {
        const el = target.parentElement;
        // A text out of any element (removed in the same task: never shown) has no scope to scan.
        if (el && (!handlers.canReveal || handlers.canReveal(el))) scopes.add(scopeFor(target));
        count = 0;
        if (record.oldValue) texts[count++] = record.oldValue;
        texts[count++] = (target as CharacterData).data; // and what it reads now: relevance learns from every text
        if (!el || !noteText(el, texts, count)) elementRecords.push(record);
        continue;
      }
      if (type !== 'childList') {
        // An attribute can show a whole subtree (a wrapper's class): scanned as before. A dialog opened
        // (or a panel unhidden) in answer to a click is followed up as an added subtree is (it may fade
        // in by script: no animationend); classes and styles churning after a click are not.
        elementRecords.push(record);
        const scope = scopeFor(target);
        scopes.add(scope);
        if (isElement(target) && actedRecently()) {
          noteAdded(target);
          if (/open|hidden/.test(record.attributeName!)) addedScopes.add(scope); // open, hidden, aria-hidden
        }
        continue;
      }
      // Text alone coming and going (a table cell rewritten) is told apart from its strings; the
      // record is kept only when elements came or went. (Indexed reads: no iterator per list.)
      const targetIsElement = target.nodeType === 1;
      let elements = !targetIsElement;
      count = 0;
      let reveals: boolean | undefined;
      const addedNodes = record.addedNodes;
      const n = addedNodes.length;
      /** The one text that came is all of the target's text now (`textContent =`): tested, not read again. */
      let whole: boolean | undefined;
      for (let i = 0; i < n; i++) {
        const added = addedNodes[i]!;
        const type = added.nodeType;
        if (type === 1) {
          elements = true;
          findShadowRoots(added as Element);
        } else if (type !== 3) {
          elements = true;
          continue;
        } else {
          texts[count++] = (added as Text).data;
          whole ??= n === 1 && target.firstChild === added && target.lastChild === added;
          // Text alone is scanned only where a value can show.
          if (!(reveals ??= !targetIsElement || !handlers.canReveal || handlers.canReveal(target as Element, whole ? texts[0] : undefined))) continue;
        }
        // Removed again in the same task: scan the detached subtree itself (a lone text is none).
        if (!added.isConnected && type === 3) continue;
        const scope = added.isConnected ? scopeFor(added) : (added as ParentNode);
        scopes.add(scope);
        if (type === 1 && added.isConnected) {
          addedScopes.add(scope);
          noteAdded(added as Element); // an inline panel answering the person's click is a dialog (dialogs.ts)
        }
      }
      const removedNodes = record.removedNodes;
      for (let i = 0, n = removedNodes.length; i < n && !elements; i++) {
        const removed = removedNodes[i]!;
        if (removed.nodeType === 3) texts[count++] = (removed as Text).data;
        else elements = true;
      }
      if (elements || !noteText(target as Element, texts, count, whole === true)) elementRecords.push(record);
    }
    const cannotHold = scopes.size ? handlers.scan(outermost(scopes)) : undefined;
    if (addedScopes.size) followUp(outermost(addedScopes), cannotHold);
    if (!any) return;
    pageChanged();
    if (elementRecords.length) note(elementRecords);
    // Rings follow what moved now; a re-render, if the analysis asks for one, comes later.
    handlers.moved?.();
  });

  const nested = trackNestedRoots(doc, (root) => observeRoot(root));
  const observeRoot = (root: Document | ShadowRoot): void => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, OBSERVE);
    // Shadow roots already inside a new shadow root (or frame) are observed (and listed) too.
    if (root !== doc) for (const child of root.children) findShadowRoots(child);
  };
  /** A same-origin frame's document is watched as the page's own, again after each of its loads
   *  (a legacy screen posting its form reloads the frame, not the page: listen's 'load'). */
  const observeFrame = (frame: HTMLIFrameElement): void => {
    const inner = frame.contentDocument; // null when cross-origin: not ours to read
    if (!inner?.documentElement || observed.has(inner)) return;
    observeRoot(inner);
    listen(inner.defaultView!);
    handlers.scan([inner.documentElement]);
    pageChanged();
    requestChange();
  };
  /** Lists one element for searches (a host, a frame) and observes its shadow root or frame. */
  const noteHost = (n: Element): void => {
    const tag = n.tagName;
    if (tag === OWN_HOST_TAG) return;
    const root = n.shadowRoot;
    nested.note(n, tag, root);
    if (root) observeRoot(root);
    else if (tag === 'IFRAME') observeFrame(n as HTMLIFrameElement);
  };
  /** Each element of `el`'s subtree, one a step (listed in slices: `discover`). */
  function* noteHosts(el: Element): Generator<void> {
    const walker = el.ownerDocument.createTreeWalker(el, 1);
    for (let n: Element | null = el; n; n = walker.nextNode() as Element | null) {
      noteHost(n);
      yield;
    }
  }
  /** At once (an added subtree: no generator step per element). */
  const findShadowRoots = (el: Element): void => {
    const walker = el.ownerDocument.createTreeWalker(el, 1);
    for (let n: Element | null = el; n; n = walker.nextNode() as Element | null) noteHost(n);
  };

  observeRoot(doc);
  /** The shadow roots and frames already in the page, listed in slices with `pause` between them (a
   *  page of 50k elements is not walked in one long task; what it adds meanwhile the observer lists).
   *  Until it is done, searches walk the page for them. Without `pause`: at once. */
  const discover = async (pause?: () => Promise<void>): Promise<void> => {
    // The clock read every 256 elements: a walk step is cheaper than reading it.
    if (await inSlices(doc.documentElement ? noteHosts(doc.documentElement) : [], pause, 256, () => stopped)) nested.complete();
  };

  // Before the page's own handler ("Copy to Clipboard" that closes the dialog), read its values; and at
  // the end of a fade-in (animationend, transitionend): what was transparent is shown now.
  const scanTarget = (event: Event): void => {
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
  function listen(win: Window): void {
    for (const type of ['animationend', 'transitionend']) lifecycle.addEventListener(win, type, scanTarget, { capture: true, passive: true });
    lifecycle.addEventListener(win, 'click', scanTarget, { capture: true });
    lifecycle.addEventListener(win, 'input', onInput, { capture: true });
    lifecycle.addEventListener(win, 'change', onInput, { capture: true });
    // A frame's load does not bubble, and never reaches the window: caught on its way down the document.
    lifecycle.addEventListener(win.document, 'load', (event) => void ((event.target as Element).tagName === 'IFRAME' && observeFrame(event.target as HTMLIFrameElement)), { capture: true });
    handlers.listen?.(win);
  }
  listen(doc.defaultView ?? window);
  lifecycle.onInvalidated(() => {
    stopped = true;
    stop();
    observer.disconnect();
    nested.stop();
  });
  return { observeRoot, discover };
}
