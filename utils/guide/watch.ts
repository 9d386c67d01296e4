// One MutationObserver for the page: captures are scanned synchronously in the callback
// (the value must reach the background before a one-time dialog closes); the callback only
// notes the rest. Whether the noted changes matter to the guide is decided later, for many page
// updates at once, when the page is idle and in short slices; then one pageChanged. No polling:
// a subtree just added is read again a few times (values set by script, fade-ins), then left.
import { OWN_HOST_TAG, isElement, trackNestedRoots } from './dom';
import type { Lifecycle } from './ports';
import { actedRecently, noteAdded } from './recent';

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
/** One slice of the "does it matter" analysis stays well under a long task (50 ms). */
export const SLICE_MS = 8;
const SLICE_RECORDS = 256;
/** More noted records than this: report a change without analysing them (cheaper than reading them all). */
const MAX_NOTED = 20_000;
/** A subtree just added is read again a few times: a value may be set by script without any
 *  mutation (an input's property), or fade in (an animation changes no attribute). */
const FOLLOW_UP_MS = [50, 250, 750, 2_000];
const MAX_FOLLOWED = 16;
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

/** Lets the page run before the next slice (scheduler.yield when there is one). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

export function watchPage(lifecycle: Lifecycle, doc: Document, handlers: WatchHandlers): { observeRoot(root: ShadowRoot): void } {
  let stopped = false;
  const observed = new WeakSet<Node>();
  /** After the coalescing delay, at a gap in the page's own work (at most another delay). */
  const later = (run: () => void): void => {
    const whenIdle = lifecycle.requestIdleCallback ? () => lifecycle.requestIdleCallback!(run, { timeout: SETTLE_MS }) : run;
    lifecycle.setTimeout(whenIdle, SETTLE_MS);
  };
  let changePending = false;
  const requestChange = (): void => {
    if (changePending) return;
    changePending = true;
    later(() => {
      changePending = false;
      if (!stopped) handlers.pageChanged();
    });
  };

  // Records noted since the last analysis: read in slices, off the page's task.
  let noted: MutationRecord[] = [];
  let analysisPending = false;
  const analyse = async (): Promise<void> => {
    const matters = handlers.matters!;
    while (noted.length && !stopped) {
      if (noted.length > MAX_NOTED || changePending) break;
      const started = now();
      while (noted.length && now() - started < SLICE_MS) {
        if (matters(noted.splice(0, SLICE_RECORDS))) {
          noted = [];
          analysisPending = false;
          handlers.pageChanged();
          return;
        }
      }
      if (noted.length) await yieldToPage();
    }
    analysisPending = false;
    if (stopped) return;
    if (noted.length) {
      // Too many to read, or a change is already reported (it reads the page as it is then).
      noted = [];
      requestChange();
    }
  };
  const note = (records: MutationRecord[]): void => {
    if (!handlers.matters) {
      requestChange();
      return;
    }
    if (noted.length <= MAX_NOTED) for (const r of records) noted.push(r);
    if (analysisPending) return;
    analysisPending = true;
    later(() => void analyse());
  };

  const followed = new Set<ParentNode>();
  const followUp = (scopes: Iterable<ParentNode>): void => {
    for (const scope of scopes) {
      if (followed.size >= MAX_FOLLOWED || followed.has(scope) || !(scope as Node).isConnected) continue;
      followed.add(scope);
      FOLLOW_UP_MS.forEach((ms, i) =>
        lifecycle.setTimeout(() => {
          if (i === FOLLOW_UP_MS.length - 1) followed.delete(scope);
          if (!stopped && (scope as Node).isConnected) handlers.scan([scope]);
        }, ms),
      );
    }
  };

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
    noted = [];
    observer.disconnect();
    nested.stop();
  });
  return { observeRoot };
}
