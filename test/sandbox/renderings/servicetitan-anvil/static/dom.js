// The DOM habits of a React 18 app built with CSS modules, reproduced without React:
// useId-style ids (":r4:"), hashed class names, and controlled inputs whose `value`/`checked`
// is tracked the way react-dom does (a value set through the element's own property is
// recorded, so an "input" event alone does not reach onChange: the native setter must be used,
// as for any React page).

let nextId = 0;
/** React 18 useId: ":r0:", ":r1:", … (colons: not usable as a bare CSS #id). */
export function useId() {
  return `:r${(nextId++).toString(32)}:`;
}

/** CSS-modules class name, e.g. "_button_1k2x9_14": stable per local name, meaningless outside. */
export function cls(local) {
  let hash = 0;
  for (const ch of local) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `_${local}_${(hash % 46656).toString(36).padStart(3, '0')}a2_${(local.length * 7) % 97}`;
}

/** h('div', {class, style, onClick, ...attrs}, ...children) → Element. */
export function h(tag, props, ...children) {
  const svg = tag === 'svg' || tag === 'path' || tag === 'circle';
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else if (key === 'ref') value(el);
    else el.setAttribute(key === 'className' ? 'class' : key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function replaceChildren(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
const valueGetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').get;
const textareaSetter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
const textareaGetter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').get;
const checkedDesc = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked');

/**
 * A controlled text input/textarea: `onChange(value)` runs on "input" events whose value differs
 * from the last value react-dom saw (its value tracker); `set(value)` renders a new value.
 */
export function controlledValue(el, initial, onChange) {
  const isTextarea = el instanceof HTMLTextAreaElement;
  const nativeSet = isTextarea ? textareaSetter : valueSetter;
  const nativeGet = isTextarea ? textareaGetter : valueGetter;
  let tracked = initial;
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() { return nativeGet.call(this); },
    set(v) { tracked = String(v); nativeSet.call(this, v); },
  });
  nativeSet.call(el, initial);
  if (!isTextarea) el.setAttribute('value', initial);
  let state = initial;
  el.addEventListener('input', () => {
    const now = nativeGet.call(el);
    if (now === tracked) return;
    tracked = now;
    state = now;
    onChange(now);
    // Controlled: the DOM shows the state (unchanged here, onChange accepted it).
    if (!isTextarea) el.setAttribute('value', state);
  });
  return {
    set(v) {
      state = v;
      tracked = v;
      nativeSet.call(el, v);
      if (!isTextarea) el.setAttribute('value', v);
    },
  };
}

/** A controlled checkbox/radio: onChange(checked) on clicks that change it; the DOM then shows the state. */
export function controlledChecked(el, initial, onChange) {
  let tracked = initial;
  let state = initial;
  Object.defineProperty(el, 'checked', {
    configurable: true,
    get() { return checkedDesc.get.call(this); },
    set(v) { tracked = Boolean(v); checkedDesc.set.call(this, v); },
  });
  checkedDesc.set.call(el, initial);
  el.addEventListener('click', () => {
    const now = checkedDesc.get.call(el);
    if (now !== tracked) {
      tracked = now;
      const accepted = onChange(now);
      state = accepted === undefined ? now : accepted;
    }
    // restoreControlledState: after the event the box shows what the app holds.
    queueMicrotask(() => {
      tracked = state;
      checkedDesc.set.call(el, state);
    });
  });
  return {
    set(v) {
      state = v;
      tracked = v;
      checkedDesc.set.call(el, v);
    },
  };
}

export async function api(path, method = 'GET', body) {
  const response = await fetch(`/__sandbox__/${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new Error((data && data.error && data.error.message) || `Request failed (${response.status})`);
  return data;
}
