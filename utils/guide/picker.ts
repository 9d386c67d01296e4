// "Pick on page": the person points at the element that shows a value the assistant missed. The
// element under the pointer is ringed; a click takes its value through the same checks as a
// capture (format, not another field's); Escape cancels. The page sees neither the move nor the
// click. Works in same-origin frames and open shadow roots (the innermost element is taken).
import type { FieldSpec } from './playbook';
import type { Lifecycle } from './ports';
import { readingsOf } from './readings';
import { checkValue } from './values';
import { afterInlineLabel } from './readings';
import { isElement, searchRoots } from './dom';
import { OWN_HOST_TAG } from './dom';

export interface PickDeps {
  doc: Document;
  lifecycle: Lifecycle;
  field: FieldSpec;
  fields: FieldSpec[];
  /** The element under the pointer changed (null: none). */
  hover(el: Element | null): void;
  picked(value: string): void;
  /** Why the element pointed at is not taken, in words. */
  refused(problem: string): void;
  stopped(): void;
}

/** The value an element shows for this field, or why not. */
export function valueAt(el: Element, field: FieldSpec, fields: FieldSpec[]): { value: string } | { problem: string } {
  let problem = `That shows no ${field.label}: point at the ${field.label} itself.`;
  for (const reading of readingsOf(el)) {
    const checked = checkValue(fields, field.key, afterInlineLabel(reading.raw));
    if (checked.ok) return { value: checked.value };
    if (checked.looksLike) problem = checked.problem;
  }
  return { problem };
}

export function startPicking(deps: PickDeps): { stop(): void } {
  const controller = new AbortController();
  const docs = new Set<Document>([deps.doc]);
  for (const root of searchRoots(deps.doc)) if ((root as Document).defaultView) docs.add(root as Document);
  const target = (event: Event): Element | null => {
    const inner = event.composedPath()[0];
    if (!inner || !isElement(inner) || inner.closest(OWN_HOST_TAG.toLowerCase())) return null;
    return inner;
  };
  const stop = (): void => {
    if (controller.signal.aborted) return;
    controller.abort();
    deps.hover(null);
    deps.stopped();
  };
  const swallow = (event: Event): void => {
    if (!target(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  for (const doc of docs) {
    const win = doc.defaultView;
    if (!win) continue;
    const options = { capture: true, signal: controller.signal } as const;
    win.addEventListener('mousemove', (event) => deps.hover(target(event)), options);
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick']) win.addEventListener(type, swallow, options);
    win.addEventListener(
      'click',
      (event) => {
        const el = target(event);
        if (!el) return;
        swallow(event);
        const found = valueAt(el, deps.field, deps.fields);
        if ('value' in found) {
          deps.picked(found.value);
          stop();
        } else deps.refused(found.problem);
      },
      options,
    );
    win.addEventListener(
      'keydown',
      (event) => {
        if ((event as KeyboardEvent).key !== 'Escape') return;
        event.preventDefault();
        stop();
      },
      options,
    );
  }
  deps.lifecycle.onInvalidated(stop);
  return { stop };
}
