// Reads values (tokens, IDs) off the page around the words that name them.
import type { CaptureRule, FieldSpec } from './playbook';
import { containersFor, locate, locateAll, selectorOf } from './locate';
import { closestDeep, holdsNestedRoot, isElement, parentOf, queryAll } from './dom';
import { inlineCandidates } from './inline-values';
import { cellAt, ownCells, position } from './cells';
import { regexOf, type TextMatch } from './text';
import { cleanValue } from '../value-text';

const VALUE_HOLDERS = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]),textarea,code,pre,kbd,samp';
const HEADING = /^H[1-6]$/;

/** The first value on the page for this field that has the field's format. */
export function findValue(field: FieldSpec, root: ParentNode = document): string | null {
  for (const rule of field.capture) {
    // Label and value in one element ("Tenant ID: 4090290322") only when nothing labelled is found.
    for (const candidates of [() => candidatesNear(rule, root, field.detect), () => inlineCandidates(rule, root)]) {
      const found = firstValid(candidates(), field);
      if (found === undefined) continue;
      // Checked last, on the whole page (the scan root may be a detached dialog): it costs a page search.
      if (rule.pageShows && !locate(rule.pageShows, documentOf(root))) break;
      return found;
    }
  }
  return null;
}

function firstValid(raws: string[], field: FieldSpec): string | undefined {
  for (const raw of raws) {
    const value = cleanValue(raw);
    if (value && regexOf(field.format.pattern).test(value)) return value;
  }
  return undefined;
}

function documentOf(root: ParentNode): Document {
  return (root as Node).ownerDocument ?? (root as Document);
}

/** Raw candidate values for one rule, best first. `detect` enables `byFormat`. */
export function candidatesNear(rule: CaptureRule, root: ParentNode = document, detect?: TextMatch): string[] {
  const containers = rule.within ? containersFor(rule.within, root) : [root];
  const out: string[] = [];
  for (const container of containers) {
    const rows = rule.row ? locateAll({ rowContaining: rule.row }, container) : undefined;
    if (rows && !rows.length) continue;
    // A data row scanned alone (a table updating one row): its labels are the table's column headers.
    const headerRow = headerRowFor(container);
    for (const near of rule.near) {
      if (headerRow) {
        for (const label of locateAll({ text: near }, headerRow)) {
          const header = columnHeader(label);
          if (header) for (const cell of columnCells(header, rows ?? [container as Element])) out.push(...valuesIn(cell));
        }
      }
      for (const label of locateAll({ text: near }, container)) {
        const header = columnHeader(label);
        if (header) {
          for (const cell of columnCells(header, rows)) out.push(...valuesIn(cell));
          continue;
        }
        if (rows && !rows.some((row) => row.contains(label))) continue;
        out.push(...valuesBeside(label));
      }
    }
    if (rule.byFormat && detect) out.push(...bareValues(container, detect));
  }
  return out;
}

/** The text itself and what holds it: control values, code/pre, single text nodes. */
function valuesIn(el: Element): string[] {
  if (el.matches('input,textarea,select')) return [(el as HTMLInputElement).value];
  const out: string[] = [];
  for (const holder of queryAll(el, VALUE_HOLDERS)) out.push(valueOf(holder));
  // A value next to its "Copy" button reads as the value, not "eyJ…Copy".
  const texts: string[] = [];
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const control = node.parentElement?.closest(CONTROL_TEXT);
    if (control && control !== el && el.contains(control)) continue;
    texts.push(node.nodeValue ?? '');
  }
  out.push(texts.join(''), ...texts);
  return out;
}

/** Text of buttons inside a value's container: never part of the value. */
const CONTROL_TEXT = 'button,[role=button]';

function valueOf(el: Element): string {
  return el.matches('input,textarea,select') ? (el as HTMLInputElement).value : (el.textContent ?? '');
}

/** Values associated with a label-like element. */
function valuesBeside(label: Element): string[] {
  const out: string[] = [];
  const labelEl = label.closest('label');
  if (labelEl) {
    const control = controlOf(labelEl as HTMLLabelElement);
    if (control) out.push(valueOf(control));
  }
  const id = label.getAttribute('id');
  const root = label.getRootNode() as ParentNode;
  if (id && 'querySelectorAll' in root) {
    for (const el of root.querySelectorAll('[aria-labelledby]')) {
      if (el.getAttribute('aria-labelledby')!.split(/\s+/).includes(id)) out.push(...valuesIn(el));
    }
  }
  const term = label.closest('dt');
  if (term) {
    for (let dd = term.nextElementSibling; dd && dd.tagName === 'DD'; dd = dd.nextElementSibling) out.push(...valuesIn(dd));
  }
  const heading = HEADING.test(label.tagName) || label.getAttribute('role') === 'heading' ? label : null;
  if (heading) out.push(...sectionValues(heading));
  // A label and its sibling(s), else its parent's next sibling ("<div><b>Token</b></div><div>eyJ…</div>").
  for (let el: Element | null = label, depth = 0; el && depth < 3; el = parentOf(el), depth++) {
    const siblings = nextSiblings(el, 2);
    if (siblings.length) {
      for (const sib of siblings) out.push(...valuesIn(sib));
      break;
    }
  }
  return out;
}

function controlOf(label: HTMLLabelElement): Element | null {
  const forId = label.getAttribute('for');
  if (forId) {
    const root = label.getRootNode() as ParentNode;
    if ('querySelector' in root) return root.querySelector(`#${CSS.escape(forId)}`);
  }
  return label.querySelector('input,textarea,select');
}

function nextSiblings(el: Element, count: number): Element[] {
  const out: Element[] = [];
  for (let sib = el.nextElementSibling; sib && out.length < count; sib = sib.nextElementSibling) {
    if (HEADING.test(sib.tagName)) break;
    out.push(sib);
  }
  return out;
}

/** The code/pre/read-only input/text after a heading, up to the next heading. */
function sectionValues(heading: Element): string[] {
  const out: string[] = [];
  for (let el: Element | null = heading, depth = 0; el && depth < 2; el = parentOf(el), depth++) {
    for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (HEADING.test(sib.tagName)) break;
      out.push(...valuesIn(sib));
    }
    if (out.length) break;
  }
  return out;
}

const DATA_ROW = 'tr,[role=row]';
const HEADER_CELL = 'th,[role=columnheader]';

/** For a data row, its table's header row; otherwise null. */
function headerRowFor(container: ParentNode): Element | null {
  if (!isElement(container) || !container.matches(DATA_ROW) || container.querySelector(HEADER_CELL)) return null;
  const table = container.parentElement?.closest('table,[role=table],[role=grid],[role=treegrid]');
  return table?.querySelector(HEADER_CELL)?.closest(DATA_ROW) ?? null;
}

function columnHeader(label: Element): Element | null {
  return label.closest('th,[role=columnheader]');
}

/** The same column's cell in the given rows, else in the first data row. */
function columnCells(header: Element, rows: Element[] | undefined): Element[] {
  const headerRow = header.closest(DATA_ROW);
  const table = headerRow?.parentElement?.closest('table,[role=table],[role=grid],[role=treegrid]');
  if (!headerRow || !table) return [];
  const index = position(ownCells(headerRow), header);
  const targetRows = rows?.length
    ? rows
    : Array.from(table.querySelectorAll(DATA_ROW)).filter((r) => r !== headerRow && !r.querySelector(HEADER_CELL)).slice(0, 1);
  return targetRows.flatMap((row) => cellAt(ownCells(row), index) ?? []);
}

/** Values shown bare (no label): input values, code/pre, and text nodes with the field's shape. */
function bareValues(container: ParentNode, detect: TextMatch): string[] {
  const out: string[] = [];
  const shape = regexOf(detect);
  const keep = (raw: string): void => {
    const clean = cleanValue(raw);
    if (clean.length >= 8 && shape.test(clean)) out.push(clean);
  };
  for (const holder of queryAll(container, VALUE_HOLDERS)) keep(valueOf(holder));
  const node = container as Node;
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const v = text.nodeValue ?? '';
    const parent = text.parentNode;
    if (v.length >= 8 && !(isElement(parent) && parent.tagName === 'SCRIPT')) keep(v);
  }
  return out;
}

/** The containers every capture rule reads within, as one selector; undefined when some rule
 *  reads anywhere (or there is none). */
export function captureContainers(fields: FieldSpec[]): string | undefined {
  const rules = fields.filter((f) => !f.readOnly).flatMap((f) => f.capture);
  const selectors = rules.map((r) => (r.within ? selectorOf(r.within) : undefined));
  if (!rules.length || selectors.some((s) => s === undefined)) return undefined;
  return [...new Set(selectors)].join(',');
}

/**
 * A cheap test of whether a changed subtree can hold any field's value. When every capture rule
 * is `within` a container found by role or CSS, a subtree outside such a container, holding none,
 * and holding no nested root, cannot: a big table updating its cells is not searched at all.
 */
export function scopeFilter(fields: FieldSpec[]): (scope: ParentNode) => boolean {
  const union = captureContainers(fields);
  if (union === undefined) return () => true;
  return (scope) => {
    if (!isElement(scope)) return true;
    if (closestDeep(scope, union)) return true;
    if (scope.querySelector(union)) return true;
    return holdsNestedRoot(scope);
  };
}

/** Could text changed inside an element reveal a value? Only inside a capture container;
 *  undefined when a rule reads anywhere. */
export function textRevealFilter(fields: FieldSpec[]): ((el: Element) => boolean) | undefined {
  const union = captureContainers(fields);
  return union === undefined ? undefined : (el) => closestDeep(el, union) !== null;
}
