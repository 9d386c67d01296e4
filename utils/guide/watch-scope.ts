// Which part of the page a mutation concerns (watch.ts): the subtree to scan for a value, never
// the assistant's own UI, and no scope scanned twice inside another.
import { OWN_HOST_TAG, isElement } from './dom';
import { headersChanged } from './capture-scope';
import { HEADER_CELLS, ROWS, gridOf } from './grid';

const SCOPE = 'dialog,[role=dialog],[role=alertdialog],[aria-modal=true],form,section,dl,table,[role=grid],[role=table]';
const TABLES = 'table,[role=grid],[role=table],[role=treegrid]';

/** Where a value near this node could sit with its label: the nearest container, else 3 levels up.
 *  In a table, the changed data row only (capture finds its column header from the row); for a header
 *  row, its whole grid (the rows' values may be named by it now; its header may sit in a table of its own). */
export function scopeFor(node: Node): ParentNode {
  const el = isElement(node) ? node : node.parentElement;
  if (!el) return node as ParentNode;
  const container = el.closest(SCOPE);
  if (container?.matches(TABLES)) {
    const row = el.closest(ROWS);
    if (row && row !== container && container.contains(row)) {
      if (!row.querySelector(HEADER_CELLS)) return row;
      headersChanged(); // a header row changed: the grid's header words are read again (capture-scope.ts)
      return gridOf(row) ?? container;
    }
  }
  if (container) return container;
  let scope: Element = el;
  for (let i = 0; i < 3 && scope.parentElement && scope.parentElement !== el.ownerDocument.body; i++) scope = scope.parentElement;
  return scope;
}

/** Inside the assistant's own element (or its shadow root): not the page's. */
export function ownUi(node: Node): boolean {
  const el = isElement(node) ? node : node.parentElement;
  if (!el) return false;
  if (el.closest(OWN_HOST_TAG.toLowerCase())) return true;
  return (el.getRootNode() as { host?: Element }).host?.tagName === OWN_HOST_TAG;
}

const OWN_LOCAL_NAME = OWN_HOST_TAG.toLowerCase();

/** A mutation record's target that is the assistant's own element (its placement). Its closed
 *  shadow root is never observed and it has no children of its own in the page, so nothing else of
 *  it can be a target: asked for every attribute record, this stays one comparison, not a walk to the root. */
export function ownRecordTarget(node: Node): boolean {
  return (node as Element).localName === OWN_LOCAL_NAME;
}

/** Drops scopes inside another scope (an ancestor looked up in the set, not compared pairwise). */
export function outermost(scopes: Set<ParentNode>): ParentNode[] {
  if (scopes.size === 1) return [...scopes]; // most page updates: one row added
  const out: ParentNode[] = [];
  for (const scope of scopes) {
    let inner = false;
    for (let up = (scope as Node).parentNode; up && !inner; up = up.parentNode) inner = scopes.has(up as ParentNode);
    if (!inner) out.push(scope);
  }
  return out;
}
