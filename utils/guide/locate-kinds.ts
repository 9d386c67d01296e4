// What kinds of element a person sees on a page, as selectors, and the ranking of named matches
// (exact name first, then the shortest) shared by every way of locating.
import type { Role } from './playbook';
import { matches, matchesExactly, nameMatches, nameMatchesExactly, type TextMatch } from './text';
import { ARIA_DIALOG } from './dialogs';

const TEXT_INPUTS = ['', 'text', 'email', 'url', 'tel', 'search', 'password', 'number']
  .map((t) => (t ? `input[type=${t}]` : 'input:not([type])'))
  .join(',');

export const ROLE_SELECTORS: Record<Role, string> = {
  button: 'button,input[type=button],input[type=submit],input[type=reset],[role=button]',
  link: 'a[href],[role=link]',
  menuitem: '[role=menuitem],[role=menuitemcheckbox],[role=menuitemradio]',
  tab: '[role=tab]',
  checkbox: 'input[type=checkbox],[role=checkbox],[role=switch]',
  radio: 'input[type=radio],[role=radio]',
  option: 'option,[role=option]',
  heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
  dialog: ARIA_DIALOG,
  row: 'tr,[role=row]',
  cell: 'td,th,[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]',
  textbox: `${TEXT_INPUTS},textarea,[role=textbox],[contenteditable=""],[contenteditable=true]`,
  combobox: 'select,[role=combobox],input[list],[aria-haspopup=listbox]',
  listitem: 'li,[role=listitem]',
  img: 'img,[role=img]',
};

/** Real apps make anything clickable: the fallback when no element has the exact role. */
export const CLICKABLE = 'a,button,[role=button],[role=link],[role=menuitem],[role=tab],[onclick],[ng-click],[tabindex],input[type=button],input[type=submit]';
export const CLICK_ROLES: Role[] = ['button', 'link', 'menuitem', 'tab'];

export const CONTROLS =
  'input:not([type=hidden]),textarea,select,[role=textbox],[role=combobox],[role=listbox],[role=checkbox],[role=radio],[role=switch],[contenteditable=""],[contenteditable=true]';
export const TICKABLE = 'input[type=checkbox],input[type=radio],[role=checkbox],[role=radio],[role=switch]';

export const ROWS = 'tr,[role=row],li,[role=listitem]';

/** Boxes that show a value a person reads. */
export const VALUE_BOXES = 'input:not([type]),input[type=text],input[type=search],input[type=email],input[type=url],textarea,select';

export function ranked(els: readonly Element[], nameOf: (el: Element) => string, match: TextMatch | undefined, named = false): Element[] {
  if (!match) return [...els];
  const scored: { el: Element; exact: boolean; length: number }[] = [];
  for (const el of els) {
    const name = nameOf(el);
    if (!(named ? nameMatches(name, match) : matches(name, match))) continue;
    scored.push({ el, exact: named ? nameMatchesExactly(name, match) : matchesExactly(name, match), length: name.length });
  }
  scored.sort((a, b) => Number(b.exact) - Number(a.exact) || a.length - b.length);
  return scored.map((s) => s.el);
}
