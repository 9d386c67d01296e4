// Reads a field's value off the page on evidence a person would use, and refuses it on
// contradiction. Evidence: the words that label it (a label, a column header, "Tenant ID: …"),
// its own strong shape (`detect`) when it newly appeared, the row it sits in. Contradictions: not
// shown to a person (hidden, transparent, off the page, aria-hidden), masked, another field's
// label or shape, a row other than the one named, a value the page showed before the person acted
// (for values shown once). When two different values stand equally, none is taken: it is asked.
import type { CaptureSpec, FieldSpec } from './playbook';
import { locate } from './locate';
import { byText } from './locate-text';
import { isShown } from './visibility';
import { fold, matches, matchesExactly, readableText, regexOf, type TextMatch } from './text';
import { cleanValue } from '../value-text';
import { afterInlineLabel, labelsNear, readingsIn, readingsOf, type Reading } from './readings';
import { dialogAround, dialogName } from './dialogs';
import { loosened } from './literals';
import { ownCells, rowName } from './grid';
import { parentOf } from './dom';

export interface Candidate {
  value: string;
  holder: Element;
  /** Higher is better: 4 labelled exactly, 3 labelled, 2 bare in a dialog, 1 bare elsewhere; -2 in an inactive
   *  row, +1 in the record a field prefers. */
  rank: number;
}

export type Found = { value: string; rank: number } | { ambiguous: string[] } | null;

export interface CaptureContext {
  /** The other fields of the playbook (a value labelled or shaped like one of them is not this one). */
  fields: FieldSpec[];
  /** Was this value not on the page before the person acted (a value shown once must be new)? */
  isNew(field: FieldSpec, value: string): boolean;
}

const MASKED = /[•●*∗·]{3,}|\.{3,}|…/;
const INACTIVE = /\b(inactive|disabled|archived|deleted|revoked|expired|old|deprecated)\b/i;
const RECORDS = 'tr,[role=row],li,[role=listitem]';
const MAX_FORMAT_READINGS = 400;
/** A record (a card, a row of divs) holds a few fields, not pages of text. */
const MAX_RECORD_TEXT = 3_000;
/** Taken from a page as it is when the person arrives: labelled values only. */
export const ARRIVAL_RANK = 3;

const labelHits = (labels: TextMatch[], text: string): 'exact' | 'loose' | null => {
  const bare = text.replace(/[:*\s]+$/, '');
  if (labels.some((l) => matchesExactly(bare, l))) return 'exact';
  return labels.some((l) => matches(text, l)) ? 'loose' : null;
};

/** The record a value sits in: a table or grid row, a list item, else the nearest of repeated
 *  siblings (cards) that names a record — a <dd> among <dd>s is a field of the card, not the card. */
function recordOf(el: Element, row: TextMatch): Element | null {
  const tableRow = el.closest(RECORDS);
  if (tableRow) return tableRow;
  for (let at: Element | null = el, depth = 0; at && depth < 8; at = parentOf(at), depth++) {
    const parent = at.parentElement;
    if (!parent) return null;
    if ((at.textContent?.length ?? 0) > MAX_RECORD_TEXT) return null; // past any one record
    const repeated = Array.from(parent.children).some((sib) => sib !== at && sib.tagName === at!.tagName && sib.className === at!.className);
    if (repeated && matches(readableText(at), row)) return at;
  }
  return null;
}

/** Row evidence: 0 in the row named exactly so, -2 when that row says it is inactive; null in any
 *  other row ("HeavySet Tech (old)" or "HeavySet Technician Leads" is another record). */
function rowScore(holder: Element, row: TextMatch): number | null {
  const record = recordOf(holder, row);
  if (!record) return null;
  const text = readableText(record);
  if (!matches(text, row)) return null;
  const name = rowName(ownCells(record))?.text ?? fold(text.split(/\s{2,}|\n/)[0] ?? '');
  const exact = matchesExactly(name, row) || byText(row, record).some((el) => matchesExactly(el.textContent ?? '', row));
  if (!exact) return null;
  return INACTIVE.test(text.replace(regexOf(row), '')) ? -2 : 0;
}

function valid(field: FieldSpec, raw: string): string | undefined {
  const value = cleanValue(afterInlineLabel(raw));
  if (!value || MASKED.test(value)) return undefined;
  if (!regexOf(field.format.pattern).test(value)) return undefined;
  return value;
}

/** Another field's shape or label fits better: not this field's value. */
function belongsElsewhere(field: FieldSpec, value: string, labels: string[], context: CaptureContext): boolean {
  const ownShape = !!field.detect && regexOf(field.detect).test(value);
  for (const other of context.fields) {
    if (other === field) continue;
    if (!ownShape && other.detect && regexOf(other.detect).test(value)) return true;
    const ours = labels.some((l) => labelHits(field.capture?.labels ?? [], l));
    if (!ours && other.capture && labels.some((l) => labelHits(other.capture!.labels, l))) return true;
  }
  return false;
}

/** Candidates for a field in `scope` (a changed subtree, or the whole page). */
export function candidatesFor(field: FieldSpec, scope: ParentNode, context: CaptureContext, readings?: Reading[]): Candidate[] {
  const spec = field.capture;
  if (!spec || field.readOnly) return [];
  const out: Candidate[] = [];
  const consider = (reading: Reading, labelRank: number): void => {
    const value = valid(field, reading.raw);
    if (!value || !isShown(reading.holder)) return;
    const labels = labelsNear(reading);
    if (belongsElsewhere(field, value, labels, context)) return;
    if ((field.shownOnce || labelRank < 3) && !context.isNew(field, value)) return;
    let rank = labelRank;
    if (spec.row) {
      const score = rowScore(reading.holder, spec.row);
      if (score === null) return;
      rank += score;
    } else if (spec.prefersRow) {
      const record = reading.holder.closest(RECORDS);
      const score = rowScore(reading.holder, spec.prefersRow);
      if (score === 0) rank++;
      // Another record's, in a list that also holds the record named so: never ours, even when that one shows
      // none. (Not a row that labels its value: one record's details as label and value rows.)
      else if (
        score === null &&
        record &&
        !ownCells(record).some((cell) => labelHits(spec.labels, cell.textContent ?? '')) &&
        [...((record.parentNode as ParentNode | null)?.children ?? [])].some((row) => rowScore(row, spec.prefersRow!) !== null)
      )
        return;
    }
    out.push({ value, holder: reading.holder, rank });
  };

  // Label first: the words naming it, and what they label.
  for (const label of labelsIn(spec, scope)) {
    const exact = labelHits(spec.labels, label.textContent ?? '') === 'exact';
    for (const reading of readingsBeside(label)) consider(reading, exact ? 4 : 3);
  }
  // Value first: what has the field's format, labelled by our words, or of the field's own shape.
  const shape = field.detect ? regexOf(field.detect) : undefined;
  const pattern = regexOf(field.format.pattern);
  let looked = 0;
  for (const reading of readings ?? readingsIn(scope)) {
    const value = cleanValue(afterInlineLabel(reading.raw));
    if (!pattern.test(value)) {
      // "Tenant ID 1046823970": the label's words, then the value, in one text.
      const split = afterLabelWords(reading.raw, spec.labels);
      if (split && pattern.test(split) && ++looked <= MAX_FORMAT_READINGS) consider({ ...reading, raw: split }, 4);
      continue;
    }
    if (++looked > MAX_FORMAT_READINGS) continue;
    const labelled = labelsNear(reading).map((l) => labelHits(spec.labels, l)).find(Boolean);
    if (labelled) consider(reading, labelled === 'exact' ? 4 : 3);
    else if (shape?.test(value)) consider(reading, dialogAround(reading.holder) ? 2 : 1);
    else if (namedByDialog(spec, reading.holder)) consider(reading, 2);
  }
  return out;
}

/** The rest of a text that starts with exactly the label's words and ends in one word. */
function afterLabelWords(raw: string, labels: TextMatch[]): string | undefined {
  const words = fold(raw).split(' ');
  if (words.length < 2 || words.length > 8) return undefined;
  const rest = words.at(-1)!;
  const head = words.slice(0, -1).join(' ');
  return labels.some((l) => matchesExactly(head, l)) ? rest : undefined;
}

/** A value without a label of its own, in a dialog whose title names the field ("Token generated"). */
function namedByDialog(spec: CaptureSpec, holder: Element): boolean {
  const dialog = dialogAround(holder);
  if (!dialog) return false;
  const name = dialogName(dialog);
  return spec.labels.some((label) => matches(name, loosened(label)));
}

/** Elements whose words name the field, in the scope or just around it. */
function labelsIn(spec: CaptureSpec, scope: ParentNode): Element[] {
  const found: Element[] = [];
  for (const label of spec.labels) for (const el of byText(label, scope)) if (!found.includes(el)) found.push(el);
  return found;
}

/** What a label names: its control, the cells under it, the <dd> after it, the element after it. */
function readingsBeside(label: Element): Reading[] {
  const out: Reading[] = [];
  const labelEl = label.closest('label');
  if (labelEl) {
    const forId = labelEl.getAttribute('for');
    const root = labelEl.getRootNode() as ParentNode;
    const control = forId && 'querySelector' in root ? root.querySelector(`#${CSS.escape(forId)}`) : labelEl.querySelector('input,textarea,select');
    if (control) out.push(...readingsOf(control));
  }
  const term = label.closest('dt');
  if (term) for (let dd = term.nextElementSibling; dd && dd.tagName === 'DD'; dd = dd.nextElementSibling) out.push(...readingsOf(dd));
  // The element after the label (a grid of label and value divs), else after its parent.
  for (let el: Element | null = label, depth = 0; el && depth < 3; el = parentOf(el), depth++) {
    const next = el.nextElementSibling;
    if (next && !/^H[1-6]$/.test(next.tagName)) {
      out.push(...readingsOf(next));
      const after = next.nextElementSibling;
      if (after && !/^H[1-6]$/.test(after.tagName)) out.push(...readingsOf(after));
      break;
    }
  }
  // A heading names the value shown under it (a code/pre/read-only input of its section).
  if (/^H[1-6]$/.test(label.tagName) || label.getAttribute('role') === 'heading') {
    for (let sib = label.nextElementSibling; sib && !/^H[1-6]$/.test(sib.tagName); sib = sib.nextElementSibling) out.push(...readingsOf(sib));
  }
  return out;
}

/** The field's value in `scope`: the best candidate, or the competing values when two stand equal. */
export function choose(candidates: Candidate[]): Found {
  if (!candidates.length) return null;
  const best = new Map<string, number>();
  for (const c of candidates) best.set(c.value, Math.max(best.get(c.value) ?? -Infinity, c.rank));
  const ordered = [...best].sort((a, b) => b[1] - a[1]);
  const [top, second] = ordered;
  if (second && second[1] === top![1]) return { ambiguous: ordered.filter(([, rank]) => rank === top![1]).map(([value]) => value) };
  return { value: top![0], rank: top![1] };
}

/** The field's value on the page (tests and the picker): the chosen one, null when none or ambiguous. */
export function findValue(field: FieldSpec, root: ParentNode = document, context?: Partial<CaptureContext> & { onArrival?: boolean }): string | null {
  const full: CaptureContext = { fields: context?.fields ?? [field], isNew: context?.isNew ?? (() => true) };
  const spec = field.capture;
  if (spec?.pageShows && !locate(spec.pageShows, (root as Node).ownerDocument ?? (root as Document))) return null;
  // What a page shows when the person arrives is taken on its label alone, never a value shown once.
  if (context?.onArrival && field.shownOnce) return null;
  const candidates = candidatesFor(field, root, full).filter((c) => !context?.onArrival || c.rank >= ARRIVAL_RANK);
  const found = choose(candidates);
  return found && 'value' in found ? found.value : null;
}
