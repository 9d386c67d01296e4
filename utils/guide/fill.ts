// "Fill for me": sets form values the way frameworks notice, and nothing else. Never submits.
// Asynchronous, as a person is: a custom dropdown opens before its option is clicked; a virtual
// list (only the rows in view exist) is scrolled to reach the rows it must tick.
// Loaded only when the person asks (entrypoints/fill.ts, fill-loader.ts): the content script hands
// over its own locate and byText, which know what the page showed since the person's click.
import type { FillItem } from './playbook';
import type { locate as Locate } from './locate';
import type { byText as ByText } from './locate-text';
import { isChecked, queryAll } from './dom';
import { isVisible } from './visibility';
import { compileMatch, fold, matches, matchesExactly, readableName, type TextMatch } from './text';
import { alignedControl } from './fill-aligned';

export interface FillResult {
  filled: string[];
  unchanged: string[];
  missed: { name: string; element?: Element }[];
}

type Outcome = 'filled' | 'unchanged' | 'missed';

const pause = (ms = 40) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const MAX_SCROLL_STEPS = 80;

/** How the content script finds things on the page (its state: what appeared after the person's click). */
export interface Finder {
  locate: typeof Locate;
  byText: typeof ByText;
}

let locate: Finder['locate'];
let byText: Finder['byText'];

/** What the card shows of a fill: what is set (by it, or already), what it missed, and where. */
export async function fillForCard(...args: Parameters<typeof fillForMe>): Promise<{ filled: string[]; missed: string[]; elements: Element[] }> {
  const { filled, unchanged, missed } = await fillForMe(...args);
  return { filled: [...filled, ...unchanged], missed: missed.map((m) => m.name), elements: missed.flatMap((m) => (m.element ? [m.element] : [])) };
}

export async function fillForMe(items: FillItem[], settings: Record<string, string>, root: ParentNode, finder: Finder): Promise<FillResult> {
  ({ locate, byText } = finder);
  const result: FillResult = { filled: [], unchanged: [], missed: [] };
  const notFound: FillItem[] = [];
  for (const item of items) {
    const el = find(item, root);
    if (!el) notFound.push(item);
    else record(result, item, el, await fillOne(el, item, settings));
  }
  // Rows of a virtual list exist only while in view: scroll it through, filling as rows appear.
  const stillMissing = notFound.length ? await fillWhileScrolling(notFound, settings, root, result) : [];
  for (const item of stillMissing) result.missed.push({ name: item.name });
  return result;
}

/** The content script's locate, else — a row × column without grid markup — the control where they cross. */
const find = (item: FillItem, root: ParentNode): Element | undefined => locate(item.target, root) ?? alignedControl(item.target, root, byText);

function record(result: FillResult, item: FillItem, el: Element, outcome: Outcome): void {
  if (outcome === 'missed') result.missed.push({ name: item.name, element: el });
  else result[outcome].push(item.name);
}

/** Scrollable containers in `root` whose content is taller than their box (virtual lists). */
function scrollables(root: ParentNode): HTMLElement[] {
  return queryAll(root, '*').filter((el): el is HTMLElement => {
    const box = el as HTMLElement;
    if (box.scrollHeight <= box.clientHeight + 8 || box.clientHeight < 40) return false;
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    return !!style && /(auto|scroll)/.test(style.overflowY);
  });
}

async function fillWhileScrolling(items: FillItem[], settings: Record<string, string>, root: ParentNode, result: FillResult): Promise<FillItem[]> {
  let left = [...items];
  for (const box of scrollables(root)) {
    const start = box.scrollTop;
    box.scrollTop = 0;
    for (let step = 0; step < MAX_SCROLL_STEPS && left.length; step++) {
      await pause();
      const waiting: FillItem[] = [];
      for (const item of left) {
        const el = find(item, root);
        if (el) record(result, item, el, await fillOne(el, item, settings));
        else waiting.push(item);
      }
      left = waiting;
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 2) break;
      box.scrollTop += Math.max(40, box.clientHeight * 0.8);
    }
    if (!left.length) break;
    box.scrollTop = start;
  }
  return left;
}

async function fillOne(el: Element, item: FillItem, settings: Record<string, string>): Promise<Outcome> {
  const value = item.value;
  if ('check' in value) return setChecked(el, value.check);
  const wanted: TextMatch | undefined = 'text' in value ? value.text : 'setting' in value ? settings[value.setting] : value.choose;
  if (wanted === undefined || wanted === '') return 'missed';
  if (el.tagName === 'SELECT') return chooseInSelect(el as HTMLSelectElement, wanted);
  if (isCheckable(el)) return setChecked(el, true);
  if (el.matches('[role=radiogroup]')) return chooseRadio(el, wanted);
  if (el.matches('[role=combobox],[aria-haspopup=listbox],[role=listbox]')) return chooseInListbox(el, wanted);
  if (el.matches('input,textarea')) {
    if (typeof wanted !== 'string' || compileMatch(wanted).re) return chooseInListbox(el, wanted);
    return setText(el as HTMLInputElement, wanted);
  }
  return chooseInListbox(el, wanted);
}

function isCheckable(el: Element): boolean {
  return el.matches('input[type=checkbox],input[type=radio],[role=checkbox],[role=radio],[role=switch]');
}

function setChecked(el: Element, want: boolean): Outcome {
  if (!isCheckable(el)) return 'missed';
  if (isChecked(el) === want) return 'unchanged';
  (el as HTMLElement).click();
  return isChecked(el) === want ? 'filled' : 'missed';
}

/** The prototype's setter: React & co. track the instance setter and ignore direct writes. */
function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) {
      setter.call(el, value);
      break;
    }
  }
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function setText(el: HTMLInputElement, value: string): Outcome {
  if (el.readOnly || el.disabled) return el.value === value ? 'unchanged' : 'missed';
  if (el.value === value) return 'unchanged';
  el.focus?.();
  setNativeValue(el, value);
  return el.value === value ? 'filled' : 'missed';
}

function bestByText(els: Element[], wanted: TextMatch, nameOf: (el: Element) => string): Element | undefined {
  const hits = els.filter((el) => matches(nameOf(el), wanted));
  return hits.find((el) => matchesExactly(nameOf(el), wanted)) ?? hits[0];
}

function chooseInSelect(select: HTMLSelectElement, wanted: TextMatch): Outcome {
  const option = bestByText(Array.from(select.options), wanted, (o) => o.textContent ?? '') as HTMLOptionElement | undefined;
  if (!option) return 'missed';
  if (select.value === option.value && option.selected) return 'unchanged';
  setNativeValue(select, option.value);
  return select.value === option.value ? 'filled' : 'missed';
}

function chooseRadio(group: Element, wanted: TextMatch): Outcome {
  const radios = queryAll(group, 'input[type=radio],[role=radio]');
  const radio = bestByText(radios, wanted, (r) => fold((r.closest('label') ?? r).textContent ?? '') || readableName(r));
  return radio ? setChecked(radio, true) : 'missed';
}

/** Words to type into a searchable combobox for a wanted option ("/^web scheduler$/i" → "web scheduler"). */
function searchWords(wanted: TextMatch): string {
  const { re, needle } = compileMatch(wanted);
  if (!re) return needle!;
  return re.source.replace(/^\^|\$$/g, '').replace(/\\s[*+]?|\\b/g, ' ').replace(/[^\p{L}\p{N} ]+/gu, '').trim();
}

/** What the control shows now: its value, or its text a person sees (not its closed list's). */
function currentText(el: Element): string {
  if (el.matches('input')) return (el as HTMLInputElement).value;
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.parentElement && isVisible(t.parentElement)) parts.push(t.nodeValue ?? '');
  return fold(parts.join(' '));
}

/** A custom combobox or listbox: open it (typing to search when it takes text), then click the option. */
async function chooseInListbox(el: Element, wanted: TextMatch): Promise<Outcome> {
  if (matchesExactly(readableName(el), wanted) || matchesExactly(currentText(el), wanted)) return 'unchanged';
  const doc = el.ownerDocument;
  const options = (): Element[] => {
    const owned = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
    const list = owned ? doc.getElementById(owned) : null;
    return queryAll(list ?? doc, '[role=option],option').filter(isVisible);
  };
  let option = bestByText(options(), wanted, readableName);
  if (!option) {
    (el as HTMLElement).click();
    await pause();
    option = bestByText(options(), wanted, readableName);
  }
  // A home-made list: the choice's words among what opened inside or beside the control.
  if (!option && !el.matches('input')) {
    const opened = byText(wanted, el.parentElement ?? el).filter((o) => o !== el && !o.contains(el));
    option = bestByText(opened, wanted, (o) => o.textContent ?? '');
  }
  if (!option && el.matches('input')) {
    setNativeValue(el as HTMLInputElement, searchWords(wanted));
    await pause(120);
    option = bestByText(options(), wanted, readableName);
  }
  if (!option) return 'missed';
  if (option.getAttribute('aria-selected') === 'true' && matches(currentText(el) || readableName(el), wanted)) return 'unchanged';
  (option as HTMLElement).click();
  await pause();
  const shown = currentText(el) || readableName(el);
  return !shown || matches(shown, wanted) || option.getAttribute('aria-selected') === 'true' ? 'filled' : 'missed';
}
