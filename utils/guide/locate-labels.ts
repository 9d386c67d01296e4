// Form controls by the words that label them, in every shape pages use (for, wrapping, aria,
// placeholder, the words beside), and home-made controls found by how they behave.
import { fold, matches, matchesExactly, readableName, type TextMatch } from './text';
import { isElement, parentOf, queryAll, styleOf, taskMemory } from './dom';
import { isVisible } from './visibility';
import { CONTROLS, TICKABLE } from './locate-kinds';
import { byText } from './locate-text';

/** Read once per task: every label locator of a look asks about every control of the page. */
const labelMemory = taskMemory<Element, string[]>();

/** The texts that label a form control, as a person would read them. */
export function labelsOf(control: Element): string[] {
  let labels = labelMemory.get(control);
  if (!labels) labelMemory.set(control, (labels = readLabels(control)));
  return labels;
}

function readLabels(control: Element): string[] {
  const out: string[] = [];
  const id = control.getAttribute('id');
  const root = control.getRootNode() as ParentNode;
  if (id && 'querySelectorAll' in root) {
    for (const label of root.querySelectorAll(`label[for="${CSS.escape(id)}"]`)) out.push(label.textContent ?? '');
  }
  const wrapping = control.closest('label');
  if (wrapping) out.push(wrapping.textContent ?? '');
  for (const attr of ['aria-label', 'placeholder', 'title']) {
    const v = control.getAttribute(attr);
    if (v) out.push(v);
  }
  const name = readableName(control);
  if (control.hasAttribute('aria-labelledby') && name) out.push(name);
  const before = textBeside(control, 'previousSibling');
  if (before) out.push(before);
  // A box is read with the words after it ("☐ I allow …"), also without a <label>.
  if (control.matches(TICKABLE)) {
    const after = textBeside(control, 'nextSibling');
    if (after) out.push(after);
  }
  return out.map(fold).filter(Boolean);
}

/** The text right before (after) a control: its sibling's text, else its parent's sibling's. */
function textBeside(control: Element, step: 'previousSibling' | 'nextSibling'): string {
  for (let node: Element | null = control, depth = 0; node && depth < 3; node = parentOf(node), depth++) {
    for (let sib = node[step]; sib; sib = sib[step]) {
      // Words after a box belong to it only up to the next control (the next box's words).
      if (isElement(sib) && (sib.matches(CONTROLS) || (step === 'nextSibling' && sib.querySelector(CONTROLS)))) return '';
      const text = fold(sib.textContent ?? '');
      if (text) return text;
    }
  }
  return '';
}

export function byLabel(label: TextMatch, scope: ParentNode): Element[] {
  const scored: { el: Element; exact: boolean; length: number }[] = [];
  for (const control of queryAll(scope, CONTROLS)) {
    // The words first: seeing costs a layout read, and a page has many controls.
    const texts = labelsOf(control).filter((t) => matches(t, label));
    if (!texts.length || !isVisible(control)) continue;
    scored.push({
      el: control,
      exact: texts.some((t) => matchesExactly(t.replace(/[:*]\s*$/, ''), label)),
      length: Math.min(...texts.map((t) => t.length)),
    });
  }
  scored.sort((a, b) => Number(b.exact) - Number(a.exact) || a.length - b.length);
  return scored.length ? scored.map((s) => s.el) : homeMadeControls(label, scope);
}

/** No real control answers to the words: a home-made one (a div drop-down) right after them,
 *  recognised by behaving like a control (the pointer says it is clicked). */
function homeMadeControls(label: TextMatch, scope: ParentNode): Element[] {
  const out: Element[] = [];
  for (const words of byText(label, scope)) {
    for (let at: Element | null = words, depth = 0; at && depth < 2; at = at.parentElement, depth++) {
      const next = at.nextElementSibling;
      if (!next) continue;
      const control = [next, ...queryAll(next, '*')].find((el) => isVisible(el) && styleOf(el)?.cursor === 'pointer');
      if (control && !out.includes(control)) out.push(control);
      break;
    }
  }
  return out;
}
