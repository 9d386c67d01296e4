// What the card points at: rings drawn at their targets' rects (viewport coordinates), kept in
// place as the page scrolls or changes (read in a frame, after the page's own changes).
import { i18n } from '#i18n';
import type { Lifecycle } from './ports';
import type { Locator, StepSpec } from './playbook';
import type { RingView } from './view';
import { locate } from './locate';
import { TICKABLE } from './locate-kinds';
import { parentOf, queryAll } from './dom';
import { drawnBy, isVisible } from './visibility';
import { labelledBy } from './text';

export interface RingTarget {
  el: Element;
  label: string;
  tone: RingView['tone'];
}

export function ringLabel(el: Element): string {
  return el.matches('input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]),textarea,[role=textbox],[contenteditable]')
    ? 'Type here'
    : 'Click here';
}

/** What the card rings: while picking, only the element under the pointer; else the step's target,
 *  the troubles' targets and the fields Fill for me left to the person on this step. */
export function stepRings(
  doc: Document,
  step: StepSpec | undefined,
  troubleTargets: (Locator | Locator[])[],
  fill: { step: string; elements: Element[] } | undefined,
  picking: { hovered: Element | null } | undefined,
): RingTarget[] {
  if (picking) return picking.hovered ? [{ el: picking.hovered, label: i18n.t('card.pickHere'), tone: 'pick' }] : [];
  const rings: RingTarget[] = [];
  const target = step?.target ? locate(step.target, doc) : null;
  if (target) rings.push({ el: target, label: ringLabel(target), tone: 'accent' });
  for (const loc of troubleTargets) {
    const el = locate(loc, doc);
    if (el) rings.push({ el, label: 'Look here', tone: 'amber' });
  }
  if (fill && fill.step === step?.id) for (const el of fill.elements) rings.push({ el, label: 'Fill by hand', tone: 'amber' });
  return rings;
}

type Rect = RingView['rect'];
/** Where `el` is in the page's viewport: inside same-origin frames, plus each frame's place. */
const rectOf = (el: Element): Rect => {
  const r = drawnBy(el).getBoundingClientRect();
  let { top, left } = r;
  for (let frame = el.ownerDocument.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
    const f = frame.getBoundingClientRect();
    top += f.top + frame.clientTop;
    left += f.left + frame.clientLeft;
  }
  return { top, left, width: r.width, height: r.height };
};

export function ringViews(targets: RingTarget[]): RingView[] {
  return targets
    .filter((r) => r.el.isConnected)
    .map((r) => ({ rect: rectOf(r.el), label: r.label, tone: r.tone }));
}

/** While the page keeps updating, rings are placed again at most this often: each placement reads
 *  where their targets are (a layout), and a page updating every frame would have it read every frame.
 *  While placements find nothing moved, twice and then four times less often; a move, at once again. */
export const FOLLOW_CHANGES_MS = 100;

/** Calls `moved(rings)` in a frame when a ring's target moved: `follow` in the next (scrolling,
 *  resizing), `followChange` after a page update, at most every FOLLOW_CHANGES_MS (or 2x, 4x). */
export function followRings(lifecycle: Lifecycle, now: () => number, targets: () => RingTarget[], shown: () => string, moved: (rings: RingView[], key: string) => void) {
  let framePending = false;
  let timerPending = false;
  let placedAt = -Infinity;
  /** Placements in a row that found nothing moved. */
  let still = 0;
  const frame = lifecycle.requestAnimationFrame?.bind(lifecycle) ?? ((cb: FrameRequestCallback) => lifecycle.setTimeout(() => cb(now()), 16));
  const follow = (): void => {
    if (framePending || !targets().length) return;
    framePending = true;
    frame(() => {
      framePending = false;
      placedAt = now();
      const rings = ringViews(targets());
      const key = JSON.stringify(rings);
      if (key === shown()) still++;
      else {
        still = 0;
        moved(rings, key);
      }
    });
  };
  const followChange = (): void => {
    if (framePending || timerPending || !targets().length) return;
    const wait = placedAt + (FOLLOW_CHANGES_MS << Math.min(still, 2)) - now();
    if (wait <= 0) return follow();
    timerPending = true;
    lifecycle.setTimeout(() => {
      timerPending = false;
      follow();
    }, wait);
  };
  return { follow, followChange };
}

const PRESSES = 'button,[role=button],input[type=button],input[type=submit]';

/** What the card must not cover in the open dialog: its buttons, and — while a value is awaited —
 *  the dialog itself (the person reads the value there). */
export function dialogAvoidRects(dialogs: readonly Element[], awaitingValue: boolean): Rect[] {
  const top = dialogs.at(-1);
  if (!top) return [];
  // With what a web component's dialog shows slotted from its host (searchRoots).
  const out = queryAll(top, PRESSES)
    .filter(isVisible)
    .map(rectOf);
  if (awaitingValue) out.push(rectOf(top));
  return out;
}

/** A box to tick is followed by a press ("tick the box above Accept"): the buttons nearest the ringed box. */
function pressesBeside(rings: RingTarget[]): Element[] {
  const box = rings.find((r) => r.tone === 'accent' && r.el.matches(TICKABLE))?.el;
  for (let up = box && parentOf(box), depth = 0; up && depth < 4; up = parentOf(up), depth++) {
    const presses = queryAll(up, PRESSES).filter((press) => press !== box);
    if (presses.length) return presses;
  }
  return [];
}

/** Where the person looks, besides the rings: when the step's target is not shown (worded otherwise, or
 *  inside a menu still closed), the container it would be in (its row); any menu or list of options open on
 *  the page (the person is choosing in it); the words a ringed switch or box is named by (aria-labelledby:
 *  read before it is ticked, "Permito que HeavySet Tech acesse…" beside a switch; a native box's <label> is
 *  ringed itself when the box is hidden, visibility.ts → drawnBy), and the buttons beside it (pressed next);
 *  and what showed a value just captured (the person may still read or copy it). The card keeps off them all. */
export function lookingRects(doc: Document, step: StepSpec | undefined, rings: RingTarget[], captured: Iterable<Element>): Rect[] {
  const anchor = !rings.some((r) => r.tone === 'accent') && step?.target && locate([step.target].flat().flatMap((loc) => (loc.within ? [loc.within] : [])), doc);
  return [anchor, ...queryAll(doc, '[role=menu],[role=listbox]'), ...rings.flatMap(({ el }) => labelledBy(el)), ...pressesBeside(rings), ...captured]
    .filter((el): el is Element => !!el && isVisible(el))
    .map(rectOf);
}
