// "Fill for me": sets form values the way frameworks notice, and nothing else. Never submits.
import type { FillItem } from './playbook';
import { locate } from './locate';
import { isChecked, isVisible, queryAll } from './dom';
import { fold, matches, matchesExactly, readableName, type TextMatch } from './text';

export interface FillResult {
  filled: string[];
  unchanged: string[];
  missed: { name: string; element?: Element }[];
}

type Outcome = 'filled' | 'unchanged' | 'missed';

export function fillForMe(items: FillItem[], settings: Record<string, string>, root: ParentNode = document): FillResult {
  const result: FillResult = { filled: [], unchanged: [], missed: [] };
  for (const item of items) {
    const el = locate(item.target, root);
    const outcome = el ? fillOne(el, item, settings) : 'missed';
    if (outcome === 'missed') result.missed.push({ name: item.name, element: el ?? undefined });
    else result[outcome].push(item.name);
  }
  return result;
}

function fillOne(el: Element, item: FillItem, settings: Record<string, string>): Outcome {
  const value = item.value;
  if ('check' in value) return setChecked(el, value.check);
  const wanted: TextMatch | undefined = 'text' in value ? value.text : 'setting' in value ? settings[value.setting] : value.choose;
  if (wanted === undefined || wanted === '') return 'missed';
  if (el.tagName === 'SELECT') return chooseInSelect(el as HTMLSelectElement, wanted);
  if (isCheckable(el)) return setChecked(el, true);
  if (el.matches('input,textarea')) {
    if (typeof wanted !== 'string') return 'missed';
    return setText(el as HTMLInputElement, wanted);
  }
  if (el.matches('[role=radiogroup]')) return chooseRadio(el, wanted);
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

/** Custom combobox/listbox: open it, then click the option (options usually render on open). */
function chooseInListbox(el: Element, wanted: TextMatch): Outcome {
  if (matchesExactly(readableName(el), wanted) || (el.matches('[role=combobox]') && matches(currentText(el), wanted))) {
    return 'unchanged';
  }
  const options = (): Element[] => {
    const owned = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
    const doc = el.ownerDocument;
    const list = owned ? doc.getElementById(owned) : null;
    return queryAll(list ?? doc, '[role=option],option').filter(isVisible);
  };
  let option = bestByText(options(), wanted, readableName);
  if (!option) {
    (el as HTMLElement).click();
    option = bestByText(options(), wanted, readableName);
  }
  if (!option) return 'missed';
  if (option.getAttribute('aria-selected') === 'true') return 'unchanged';
  (option as HTMLElement).click();
  return 'filled';
}

function currentText(el: Element): string {
  return el.matches('input') ? (el as HTMLInputElement).value : fold(el.textContent ?? '');
}
