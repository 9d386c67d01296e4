// A dialog is what behaves like one, with or without ARIA: marked as one (role, <dialog>,
// aria-modal), named one by its class ("modal", "drawer", "popup", …), placed above the page
// (fixed, stacked high, with controls), or a panel that appeared after the person's click with a
// heading and buttons. Named by its aria name, else its first heading, else its first line.
import { fold, labelledByText, nameText } from './text';
import { parentOf, queryAll, styleOf } from './dom';
import { onceInLook } from './look-memory';
import { isVisible } from './visibility';
import { addedAfterAction } from './recent';

export const ARIA_DIALOG = '[role=dialog],[role=alertdialog],dialog[open],[aria-modal=true]';
const WORDS = ['modal', 'dialog', 'popup', 'pop-up', 'popover', 'drawer', 'sheet', 'overlay', 'lightbox', 'flyout'];
const BY_CLASS = WORDS.flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`]).join(',');
const CLASS_WORD = new RegExp(`(^|[^a-z])(${WORDS.join('|')})([^a-z]|$)`, 'i');
const NOT_A_DIALOG = /backdrop|scrim|mask|dimmer|(^|[-_])(open|trigger|toggle|btn|button|link|icon|close|header|footer|title|body|actions)([-_\s]|$)/i;
const CONTROLS = 'button,[role=button],a[href],input,select,textarea,[role=checkbox],[role=combobox],[role=link],[tabindex]';
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading]';
const MAIN = 'main,[role=main]';
const NAV = 'nav,[role=navigation]';
const LAYOUT = `${MAIN},${NAV}`;
const MIN_WIDTH = 160;
const MIN_HEIGHT = 60;

function classWords(el: Element): string {
  return `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
}

/** Words and something to press: a control, or (home-made buttons) an element the pointer says is clicked. */
function hasContent(el: Element): boolean {
  if (!fold(el.textContent ?? '')) return false;
  if (el.querySelector(CONTROLS)) return true;
  return Array.from(el.querySelectorAll('*')).slice(0, 80).some((inner) => styleOf(inner)?.cursor === 'pointer');
}

/** Placed above the page: fixed (or absolute and stacked high), a dialog's size, with controls. */
function floatsAbove(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle(el);
  const zIndex = Number.parseInt(style?.zIndex ?? '', 10) || 0;
  // The style first: it rules out most elements without a layout read.
  const floating = style?.position === 'fixed' || (style?.position === 'absolute' && zIndex >= 10);
  if (!view || !floating || zIndex < 1 || !isVisible(el)) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_WIDTH || rect.height < MIN_HEIGHT) return false;
  // A sticky page header or footer runs the whole width and stays short.
  if (rect.width >= view.innerWidth * 0.95 && rect.height < 120) return false;
  return hasContent(el) && !isLayout(el);
}

/** A panel the page added after the person's click: a heading and at least one button — a panel,
 *  not the page's whole view re-rendered (one or two headings, not the main region, not filling it). */
function answersAClick(el: Element): boolean {
  if (!isVisible(el) || el.matches(`${MAIN},body`) || el.querySelector(LAYOUT)) return false;
  const headings = el.querySelectorAll(HEADINGS).length;
  if (headings < 1 || headings > 2 || !el.querySelector('button,[role=button],input[type=button],input[type=submit]')) return false;
  const view = el.ownerDocument.defaultView;
  const rect = el.getBoundingClientRect();
  return !view || rect.height < view.innerHeight * 0.8 || rect.height === 0;
}

/** The page's own layout, never a dialog: its navigation or main region, what holds the main region, a side
 *  menu (mostly a nav; a dialog may hold a small one: pagination, tabs) or — without a heading or anything to
 *  press or fill — a panel inside the page's navigation (a navigation drawer's content) or of mostly links, and
 *  what fills most of the window in the page's flow (an app shell, the content beside a drawer). */
function isLayout(el: Element): boolean {
  if (el.matches(LAYOUT) || el.querySelector(MAIN)) return true;
  const words = (of: Element | null) => (of?.textContent ?? '').length;
  const bare = !el.querySelector(`${HEADINGS},button,[role=button],a[class*=btn],input,select,textarea`);
  if (bare && (el.parentElement?.closest(NAV) || 2 * Array.from(el.querySelectorAll('a[href]'), words).reduce((a, b) => a + b, 0) > words(el))) return true;
  if (2 * words(el.querySelector(NAV)) > words(el)) return true;
  const view = el.ownerDocument.defaultView;
  const rect = el.getBoundingClientRect();
  return !!view && rect.width >= view.innerWidth * 0.6 && rect.height >= view.innerHeight * 0.7 && !/fixed|absolute/.test(view.getComputedStyle(el).position);
}

export function isDialogLike(el: Element): boolean {
  if (el.matches(ARIA_DIALOG)) return true;
  const words = classWords(el);
  if (CLASS_WORD.test(words) && !NOT_A_DIALOG.test(words) && hasContent(el) && !isLayout(el)) return true;
  return floatsAbove(el);
}

/** Open, visible dialogs in `root` (outermost of nested matches), the most recently opened last;
 *  read once per look (`inOneLook`: one render pass asks many times). */
export const openDialogs = (root: ParentNode): readonly Element[] => onceInLook(root, '', () => findOpenDialogs(root));

function findOpenDialogs(root: ParentNode): Element[] {
  const found = new Set<Element>();
  for (const el of queryAll(root, `${ARIA_DIALOG},${BY_CLASS}`)) if (isDialogLike(el) && isVisible(el)) found.add(el);
  const doc = (root as Node).ownerDocument ?? (root as Document);
  // Floating layers sit at the top of the page (portals): the body's children and theirs.
  const floating = (top: Element): void => {
    for (const child of top.children) {
      if (floatsAbove(child)) found.add(child);
      for (const inner of child.children) if (floatsAbove(inner)) found.add(inner);
    }
  };
  const body = doc.body;
  if (body && (root === doc || root === body || (root as Node).contains?.(body))) floating(body);
  // What the click added: a panel, or a layer floating above the page from wherever it was put (a component's own element).
  for (const panel of addedAfterAction()) {
    if (!(root as Node).contains?.(panel)) continue;
    if (answersAClick(panel) || floatsAbove(panel)) found.add(panel);
    else if (!isLayout(panel)) floating(panel); // not a whole view re-rendered (its fixed bars are not dialogs)
  }
  const all = [...found];
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el) && !el.matches(ARIA_DIALOG)));
}

/** The dialog around an element, if any (crossing shadow roots). */
export function dialogAround(el: Element): Element | null {
  for (let at: Element | null = el; at; at = parentOf(at)) if (isDialogLike(at)) return at;
  return null;
}

/** Its aria name, else its first heading, else its first line. */
export function dialogName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria && fold(aria)) return fold(aria);
  // Named by id within a document or shadow root (not within a detached subtree).
  const byId = 'getElementById' in el.getRootNode() ? fold(labelledByText(el)) : '';
  if (byId) return byId;
  const heading = el.querySelector(HEADINGS);
  const title = heading ? fold(nameText(heading)) : '';
  if (title) return title;
  const firstLine = (el as HTMLElement).innerText ?? el.textContent ?? '';
  return fold(firstLine.split('\n').find((line) => fold(line)) ?? '');
}
