// ServiceTitan Developer Portal's web components (st-*), written as Lit components on a Spectrum Web
// Components-style kit render, by hand (no Lit, no SWC package): every component in an OPEN shadow root
// styled through adoptedStyleSheets, Lit's marker comments around bound parts, `part`s, `dir="ltr"` set on
// every host (as SWC's SpectrumElement does), properties not reflected (a text field's value lives in the
// property and in the native control inside the shadow root, written back on every render as Lit's
// `live()` does), events that cross shadow roots only when composed.
// SWC habits kept: sp-theme (a root whose custom properties every component reads); sp-button (here a real
// <button> inside the shadow root, words slotted, icon in `slot=icon`); sp-textfield (label + native input
// or textarea + char counter inside the shadow root; the required marker an SVG, no text); sp-picker (a
// `role=combobox` button naming its value, its sp-menu-items light-DOM children shown in a native
// `popover` in the top layer); sp-checkbox (a transparent native input laid over the drawn box); sp-radio
// (no native input: role=radio and aria-checked on the host, words slotted); sp-dialog-wrapper inside a
// modal sp-overlay (a NATIVE <dialog> in the shadow root opened with showModal(): top layer, the page
// around it inert; headline in the shadow root, body slotted, buttons in the `footer` slot); sp-table
// (custom elements with roles on the hosts, not <table>); sp-status-light; sp-toast; sp-top-nav-item
// (its words rendered inside its shadow root from the `label` attribute).

const LIT = 'lit$' + String(Math.random()).slice(2, 11) + '$';
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (v) => String(v == null ? '' : v).replace(/[&<>"']/g, (c) => ESC[c]);
export const raw = (s) => ({ __html: s });

function part(v) {
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map((x) => '<!---->' + part(x)).join('') + '<!---->';
  if (v.__html !== undefined) return v.__html;
  return esc(v);
}

/** html`…${v}…`: Lit's markup (a marker comment before each child part; attribute parts plain). */
export function html(strings, ...values) {
  let out = '';
  strings.forEach((s, i) => {
    out += s;
    if (i >= values.length) return;
    const v = values[i];
    if (out.lastIndexOf('<') > out.lastIndexOf('>')) out += esc(v === null || v === undefined || v === false ? '' : v);
    else out += '<!--?' + LIT + '-->' + part(v);
  });
  return raw(out);
}

const sheets = new Map();
function sheet(css) {
  let s = sheets.get(css);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(css);
    sheets.set(css, s);
  }
  return s;
}
const BASE = ':host { box-sizing: border-box; } :host *, :host *::before, :host *::after { box-sizing: inherit; } [hidden] { display: none !important; }';

/** A SpectrumElement-like base: renders once into its open shadow root, then updates in place. */
export class StElement extends HTMLElement {
  static styles = '';
  static delegatesFocus = false;
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open', delegatesFocus: this.constructor.delegatesFocus });
    root.adoptedStyleSheets = [sheet(BASE + this.constructor.styles)];
    this.hasUpdated = false;
    this._queued = false;
  }
  connectedCallback() {
    if (!this.hasAttribute('dir')) this.setAttribute('dir', 'ltr');
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.shadowRoot.innerHTML = this.render().__html;
      this.firstUpdated();
    }
    this.updated();
  }
  attributeChangedCallback() {
    if (this.hasUpdated) this.requestUpdate();
  }
  requestUpdate() {
    if (this._queued) return this.updateComplete;
    this._queued = true;
    this.updateComplete = Promise.resolve().then(() => {
      this._queued = false;
      if (this.hasUpdated) this.updated();
    });
    return this.updateComplete;
  }
  render() {
    return html``;
  }
  firstUpdated() {}
  updated() {}
  emit(name, detail, composed = true) {
    const e = new CustomEvent(name, { bubbles: true, composed, cancelable: true, detail: detail || {} });
    this.dispatchEvent(e);
    return e;
  }
  $(sel) {
    return this.shadowRoot.querySelector(sel);
  }
  bool(name) {
    return this.hasAttribute(name);
  }
}

const reducedMotion = () => document.visibilityState === 'hidden' || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
export function animate(el, keyframes, ms) {
  if (reducedMotion() || !el.animate) return Promise.resolve();
  const a = el.animate(keyframes, { duration: ms, easing: 'cubic-bezier(0.45, 0, 0.4, 1)' });
  return new Promise((resolve) => {
    a.addEventListener('finish', resolve, { once: true });
    a.addEventListener('cancel', resolve, { once: true });
    setTimeout(resolve, ms + 150);
  });
}

// ---- st-theme (sp-theme): the design tokens every component reads.
class StTheme extends StElement {
  static styles = `
    :host { display: block; color-scheme: light;
      --st-gray-50: #fdfdfd; --st-gray-75: #f8f8f8; --st-gray-100: #f0f0f0; --st-gray-200: #e6e6e6; --st-gray-300: #d5d5d5;
      --st-gray-400: #b1b1b1; --st-gray-500: #909090; --st-gray-600: #6d6d6d; --st-gray-700: #464646; --st-gray-800: #222; --st-gray-900: #000;
      --st-accent: #0265dc; --st-accent-hover: #0054b6; --st-accent-soft: #e0f2ff; --st-negative: #d31510; --st-positive: #007a4d; --st-notice: #e46f00;
      --st-radius: 4px; --st-radius-l: 10px; --st-font: adobe-clean, 'Source Sans Pro', -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif;
      --st-mono: 'Source Code Pro', Monaco, ui-monospace, monospace;
      font-family: var(--st-font); font-size: 14px; line-height: 1.5; color: var(--st-gray-800); background: var(--st-gray-75); min-height: 100vh; }
  `;
  render() {
    return html`<slot></slot>`;
  }
}

// ---- st-icon (sp-icon-*): an inline SVG, decorative unless labelled.
const ICONS = {
  add: '<path d="M16 8h-6V2a1 1 0 0 0-2 0v6H2a1 1 0 0 0 0 2h6v6a1 1 0 0 0 2 0v-6h6a1 1 0 0 0 0-2"/>',
  chevronDown: '<path d="M9 13.5a1 1 0 0 1-.7-.3l-5-5a1 1 0 0 1 1.4-1.4L9 11.1l4.3-4.3a1 1 0 1 1 1.4 1.4l-5 5a1 1 0 0 1-.7.3"/>',
  chevronLeft: '<path d="M11.5 15a1 1 0 0 1-.7-.3l-5-5a1 1 0 0 1 0-1.4l5-5a1 1 0 1 1 1.4 1.4L7.9 9l4.3 4.3a1 1 0 0 1-.7 1.7"/>',
  checkmark: '<path d="M6.5 14a1 1 0 0 1-.7-.3l-3.5-3.5a1 1 0 1 1 1.4-1.4l2.8 2.8 7.3-7.3a1 1 0 1 1 1.4 1.4l-8 8a1 1 0 0 1-.7.3"/>',
  cross: '<path d="M10.4 9l4.3-4.3a1 1 0 0 0-1.4-1.4L9 7.6 4.7 3.3a1 1 0 0 0-1.4 1.4L7.6 9l-4.3 4.3a1 1 0 1 0 1.4 1.4L9 10.4l4.3 4.3a1 1 0 0 0 1.4-1.4z"/>',
  copy: '<path d="M12 2H5a1 1 0 0 0-1 1v1h7v8h1a1 1 0 0 0 1-1V3a1 1 0 0 0-1-1"/><path d="M10 5H3a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h7a1 1 0 0 0 1-1V6a1 1 0 0 0-1-1m-1 9H4V7h5z"/>',
  alert: '<path d="M8.6 1.6 1.2 14.5a.8.8 0 0 0 .7 1.2h14.2a.8.8 0 0 0 .7-1.2L9.4 1.6a.5.5 0 0 0-.8 0M10 14H8v-2h2zm0-3H8V6h2z"/>',
  info: '<path d="M9 1a8 8 0 1 0 8 8 8 8 0 0 0-8-8m1 13H8V8h2zm0-8H8V4h2z"/>',
  asterisk: '<path d="M4.6 3.2a.2.2 0 0 1 .2-.2h.5a.2.2 0 0 1 .2.2L5.4 5.8l2.3-1 .2.1.2.5a.2.2 0 0 1-.1.2L5.7 6.4l1.6 2a.2.2 0 0 1 0 .3l-.4.3a.2.2 0 0 1-.3 0L5 6.9 3.4 9a.2.2 0 0 1-.3 0l-.4-.3a.2.2 0 0 1 0-.3l1.6-2-2.3-.8a.2.2 0 0 1-.1-.2l.2-.5.2-.1 2.3 1z"/>',
  refresh: '<path d="M15 2a1 1 0 0 0-1 1v1.6A7 7 0 1 0 16 9a1 1 0 0 0-2 0 5 5 0 1 1-1.5-3.5H11a1 1 0 0 0 0 2h4a1 1 0 0 0 1-1V3a1 1 0 0 0-1-1"/>',
};
class StIcon extends StElement {
  static observedAttributes = ['name', 'label', 'size'];
  static styles = ':host { display: inline-block; width: 18px; height: 18px; flex: none; color: inherit; fill: currentColor; } :host([size=s]) { width: 14px; height: 14px; } :host([size=xs]) { width: 10px; height: 10px; } svg { display: block; width: 100%; height: 100%; }';
  updated() {
    const label = this.getAttribute('label');
    if (label) {
      this.setAttribute('role', 'img');
      this.setAttribute('aria-label', label);
      this.removeAttribute('aria-hidden');
    } else {
      this.removeAttribute('role');
      this.removeAttribute('aria-label');
      this.setAttribute('aria-hidden', 'true');
    }
    const name = this.getAttribute('name') || '';
    if (this._drawn === name) return;
    this._drawn = name;
    this.shadowRoot.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 18" focusable="false" aria-hidden="true" role="img">' + (ICONS[name] || '') + '</svg>';
  }
}

// ---- st-button (sp-button): a real <button> in the shadow root, words slotted, an icon in slot=icon.
class StButton extends StElement {
  static observedAttributes = ['variant', 'treatment', 'size', 'quiet', 'disabled', 'pending', 'label', 'selected'];
  static delegatesFocus = true;
  static styles = `
    :host { display: inline-flex; vertical-align: top; cursor: pointer; }
    :host([disabled]) { cursor: default; pointer-events: none; }
    button { display: inline-flex; align-items: center; justify-content: center; gap: 6px; min-height: 32px; padding: 0 14px; border: 2px solid transparent; border-radius: 16px; font: inherit; font-weight: 700; font-size: 14px; line-height: 1.1; white-space: nowrap; cursor: inherit; transition: background 130ms, border-color 130ms, color 130ms; background: var(--st-gray-200); color: var(--st-gray-800); }
    button:focus { outline: none; }
    button:focus-visible { box-shadow: 0 0 0 2px var(--st-gray-50), 0 0 0 4px var(--st-accent); }
    :host([variant=accent]) button { background: var(--st-accent); color: #fff; }
    :host([variant=accent]) button:hover { background: var(--st-accent-hover); }
    :host([variant=primary]) button { background: var(--st-gray-800); color: #fff; }
    :host([variant=negative]) button { background: var(--st-negative); color: #fff; }
    :host([variant=secondary]) button:hover, :host(:not([variant])) button:hover { background: var(--st-gray-300); }
    :host([treatment=outline]) button { background: transparent; border-color: var(--st-gray-300); }
    :host([quiet]) button { background: transparent; border-radius: var(--st-radius); border-color: transparent; color: var(--st-gray-800); font-weight: 600; padding: 0 8px; }
    :host([quiet]) button:hover { background: var(--st-gray-200); }
    :host([quiet][variant=accent]) button { color: var(--st-accent); background: transparent; }
    :host([size=s]) button { min-height: 24px; font-size: 12px; padding: 0 10px; }
    :host([quiet][size=s]) button { padding: 0 6px; }
    :host([disabled]) button { background: var(--st-gray-200); color: var(--st-gray-400); }
    :host([pending]) .label { opacity: 0.4; }
    ::slotted([slot=icon]) { margin-left: -4px; }
    .label:empty { display: none; }
  `;
  render() {
    return html`<button id="button" part="button" type="button"><slot name="icon"></slot><span id="label" class="label"><slot></slot></span></button>`;
  }
  get button() {
    return this.$('button');
  }
  updated() {
    const b = this.button;
    b.disabled = this.bool('disabled');
    const label = this.getAttribute('label');
    if (label) b.setAttribute('aria-label', label);
    else b.removeAttribute('aria-label');
    if (this.bool('pending')) b.setAttribute('aria-busy', 'true');
    else b.removeAttribute('aria-busy');
    if (this.hasAttribute('selected')) b.setAttribute('aria-pressed', String(this.bool('selected')));
  }
  focus(options) {
    this.button.focus(options);
  }
  click() {
    this.button.click();
  }
}

// ---- st-text-field (sp-textfield): label + native <input>/<textarea> in the shadow root; value a property.
class StTextField extends StElement {
  static observedAttributes = ['label', 'placeholder', 'readonly', 'required', 'multiline', 'maxlength', 'invalid', 'help-text', 'type', 'disabled', 'mono', 'rows'];
  static delegatesFocus = true;
  static styles = `
    :host { display: flex; flex-direction: column; width: 100%; max-width: 100%; }
    .field-label { display: flex; align-items: flex-start; gap: 2px; padding: 0 0 5px; color: var(--st-gray-700); font-size: 12px; line-height: 1.3; }
    .field-label label { cursor: default; }
    .required { width: 8px; height: 8px; margin-top: 1px; fill: var(--st-gray-700); }
    .textfield { position: relative; display: flex; align-items: stretch; width: 100%; border: 1px solid var(--st-gray-400); border-radius: var(--st-radius); background: var(--st-gray-50); transition: border-color 130ms; }
    .textfield:hover { border-color: var(--st-gray-500); }
    .textfield.focused { border-color: var(--st-accent); box-shadow: 0 0 0 1px var(--st-accent); }
    :host([invalid]) .textfield { border-color: var(--st-negative); }
    :host([readonly]) .textfield { background: var(--st-gray-100); border-color: var(--st-gray-300); }
    .input { flex: 1 1 auto; min-width: 0; height: 32px; padding: 0 10px; border: 0; margin: 0; background: transparent; font: inherit; font-size: 14px; color: var(--st-gray-900); }
    textarea.input { height: auto; min-height: 72px; padding: 6px 10px; resize: vertical; }
    .input:focus { outline: none; }
    .input::placeholder { color: var(--st-gray-500); font-style: italic; }
    :host([mono]) .input { font-family: var(--st-mono); font-size: 13px; }
    .suffix { display: flex; align-items: center; padding-right: 2px; }
    .footer { display: flex; gap: 12px; min-height: 0; }
    .help { flex: 1; padding-top: 4px; font-size: 12px; color: var(--st-gray-700); }
    :host([invalid]) .help { color: var(--st-negative); }
    .help:empty { display: none; }
    .counter { margin-left: auto; padding-top: 4px; font-size: 12px; color: var(--st-gray-600); }
  `;
  constructor() {
    super();
    this._value = '';
    this.focused = false;
  }
  get value() {
    return this._value;
  }
  set value(v) {
    v = v === null || v === undefined ? '' : String(v);
    if (v === this._value) return;
    this._value = v;
    this.requestUpdate();
  }
  get input() {
    return this.$('.input');
  }
  render() {
    const control = this.bool('multiline')
      ? html`<textarea id="input" part="input" class="input" aria-describedby="help"></textarea>`
      : html`<input id="input" part="input" class="input" type="text" aria-describedby="help">`;
    return html`<div class="field-label" part="label-wrapper"><label id="label" for="input" part="label">${this.getAttribute('label') || ''}</label><svg class="required" viewBox="0 0 8 8" aria-hidden="true" hidden><path d="M3.6.6a.2.2 0 0 1 .2-.2h.5a.2.2 0 0 1 .2.2L4.4 2.8l2-.8.2.1.2.5a.2.2 0 0 1-.1.2L4.7 3.4l1.4 1.7a.2.2 0 0 1 0 .3l-.4.3a.2.2 0 0 1-.3 0L4 3.9 2.6 5.7a.2.2 0 0 1-.3 0l-.4-.3a.2.2 0 0 1 0-.3l1.4-1.7-2-.6a.2.2 0 0 1-.1-.2l.2-.5.2-.1 2 .8z"/></svg></div><div id="textfield" class="textfield" part="field">${control}<span class="suffix"><slot name="suffix"></slot></span></div><div class="footer"><div id="help" class="help" part="help-text"></div><span class="counter" part="counter" hidden></span></div>`;
  }
  firstUpdated() {
    const input = this.input;
    input.addEventListener('input', () => {
      this._value = input.value;
      this.requestUpdate();
    });
    input.addEventListener('change', () => {
      this._value = input.value;
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
    input.addEventListener('focus', () => {
      this.focused = true;
      this.requestUpdate();
    });
    input.addEventListener('blur', () => {
      this.focused = false;
      this.requestUpdate();
    });
  }
  updated() {
    const input = this.input;
    const label = this.$('label');
    const words = this.getAttribute('label') || '';
    if (label.textContent !== words) label.textContent = words;
    this.$('.required').hidden = !this.bool('required');
    input.readOnly = this.bool('readonly');
    input.disabled = this.bool('disabled');
    input.required = this.bool('required');
    if (!this.bool('multiline')) input.type = this.getAttribute('type') || 'text';
    if (this.hasAttribute('placeholder')) input.setAttribute('placeholder', this.getAttribute('placeholder'));
    else input.removeAttribute('placeholder');
    if (this.hasAttribute('maxlength')) input.maxLength = Number(this.getAttribute('maxlength'));
    if (this.hasAttribute('rows')) input.rows = Number(this.getAttribute('rows'));
    input.spellcheck = !this.bool('readonly');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('aria-invalid', String(this.bool('invalid')));
    this.$('.help').textContent = this.getAttribute('help-text') || '';
    const counter = this.$('.counter');
    counter.hidden = !(this.bool('multiline') && this.hasAttribute('maxlength'));
    counter.textContent = this._value.length + '/' + (this.getAttribute('maxlength') || '');
    this.$('.textfield').classList.toggle('focused', this.focused);
    // Lit's live(): the native control shows the component's value after every render.
    if (input.value !== this._value) input.value = this._value;
  }
  focus(options) {
    this.input.focus(options);
  }
  select() {
    this.input.select();
  }
}

// ---- st-menu-item / st-menu-group (sp-menu-item / sp-menu-group): option hosts, words slotted.
class StMenuItem extends StElement {
  static observedAttributes = ['selected', 'disabled'];
  static styles = `
    :host { display: flex; align-items: center; gap: 8px; padding: 5px 12px 5px 14px; min-height: 32px; cursor: pointer; color: var(--st-gray-800); border-left: 2px solid transparent; }
    :host(:hover), :host(:focus) { background: var(--st-gray-200); outline: none; }
    :host(:focus-visible) { border-left-color: var(--st-accent); }
    .label { flex: 1; }
    .check { color: var(--st-accent); visibility: hidden; }
    :host([selected]) .check { visibility: visible; }
    :host([selected]) { font-weight: 600; }
  `;
  render() {
    return html`<span id="label" class="label"><slot></slot></span><st-icon class="check" name="checkmark" size="s"></st-icon>`;
  }
  updated() {
    this.setAttribute('role', 'option');
    this.setAttribute('aria-selected', String(this.bool('selected')));
    if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '-1');
  }
  get value() {
    return this.getAttribute('value') || this.textContent.trim();
  }
  get itemText() {
    return this.textContent.replace(/\s+/g, ' ').trim();
  }
}
class StMenuGroup extends StElement {
  static styles = ':host { display: block; } .header { display: block; padding: 8px 14px 2px; font-size: 11px; font-weight: 700; color: var(--st-gray-600); text-transform: uppercase; letter-spacing: 0.04em; }';
  render() {
    return html`<span class="header" part="header"><slot name="header"></slot></span><div role="group"><slot></slot></div>`;
  }
}

// ---- st-picker (sp-picker): a role=combobox button showing the value; the light-DOM items in a popover.
class StPicker extends StElement {
  static observedAttributes = ['label', 'placeholder', 'disabled', 'required', 'invalid'];
  static delegatesFocus = true;
  static styles = `
    :host { display: flex; flex-direction: column; width: 100%; position: relative; }
    .field-label { display: flex; align-items: flex-start; gap: 2px; padding: 0 0 5px; color: var(--st-gray-700); font-size: 12px; line-height: 1.3; }
    .required { width: 8px; height: 8px; margin-top: 1px; fill: var(--st-gray-700); }
    #button { display: flex; align-items: center; gap: 8px; width: 100%; height: 32px; padding: 0 8px 0 10px; border: 1px solid var(--st-gray-400); border-radius: var(--st-radius); background: var(--st-gray-50); font: inherit; font-size: 14px; color: var(--st-gray-900); text-align: left; cursor: pointer; }
    #button:hover { border-color: var(--st-gray-500); }
    #button:focus-visible, #button[aria-expanded=true] { outline: none; border-color: var(--st-accent); box-shadow: 0 0 0 1px var(--st-accent); }
    :host([invalid]) #button { border-color: var(--st-negative); }
    .value { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .value.placeholder { color: var(--st-gray-500); font-style: italic; }
    #popover { margin: 0; padding: 4px 0; inset: auto; position: fixed; max-height: 280px; overflow: auto; border: 1px solid var(--st-gray-300); border-radius: var(--st-radius); background: var(--st-gray-50); box-shadow: 0 4px 16px rgb(0 0 0 / 15%); color: var(--st-gray-800); font: inherit; font-size: 14px; }
  `;
  constructor() {
    super();
    this._value = '';
  }
  get value() {
    return this._value;
  }
  set value(v) {
    this._value = v == null ? '' : String(v);
    this.requestUpdate();
  }
  get items() {
    return [...this.querySelectorAll('st-menu-item')];
  }
  render() {
    return html`<div class="field-label"><span id="label" part="label">${this.getAttribute('label') || ''}</span><svg class="required" viewBox="0 0 8 8" aria-hidden="true" hidden><path d="M3.6.6a.2.2 0 0 1 .2-.2h.5a.2.2 0 0 1 .2.2L4.4 2.8l2-.8.2.1.2.5a.2.2 0 0 1-.1.2L4.7 3.4l1.4 1.7a.2.2 0 0 1 0 .3l-.4.3a.2.2 0 0 1-.3 0L4 3.9 2.6 5.7a.2.2 0 0 1-.3 0l-.4-.3a.2.2 0 0 1 0-.3l1.4-1.7-2-.6a.2.2 0 0 1-.1-.2l.2-.5.2-.1 2 .8z"/></svg></div><button id="button" part="button" type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="listbox" aria-labelledby="label"><span id="value" class="value placeholder"></span><st-icon name="chevronDown" size="s"></st-icon></button><div id="popover" popover="auto" part="popover"><div id="listbox" role="listbox" aria-labelledby="label"><slot></slot></div></div>`;
  }
  firstUpdated() {
    const button = this.$('#button');
    const pop = this.$('#popover');
    button.addEventListener('click', () => (pop.matches(':popover-open') ? pop.hidePopover() : this.open()));
    button.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.open();
      }
    });
    pop.addEventListener('toggle', (e) => {
      button.setAttribute('aria-expanded', String(e.newState === 'open'));
      if (e.newState === 'closed' && this.matches(':focus-within')) button.focus();
    });
    this.addEventListener('click', (e) => {
      const item = e.composedPath().find((n) => n instanceof StMenuItem);
      if (item && item.parentElement && this.contains(item) && !item.bool('disabled')) this.choose(item);
    });
    this.addEventListener('keydown', (e) => {
      const item = e.composedPath().find((n) => n instanceof StMenuItem);
      if (!item) return;
      const items = this.items;
      const at = items.indexOf(item);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length].focus();
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.choose(item);
      }
    });
  }
  open() {
    if (this.bool('disabled')) return;
    const pop = this.$('#popover');
    const r = this.$('#button').getBoundingClientRect();
    pop.style.minWidth = r.width + 'px';
    pop.style.left = r.left + 'px';
    const below = window.innerHeight - r.bottom;
    if (below < 200 && r.top > below) {
      pop.style.top = '';
      pop.style.bottom = window.innerHeight - r.top + 4 + 'px';
    } else {
      pop.style.bottom = '';
      pop.style.top = r.bottom + 4 + 'px';
    }
    pop.showPopover();
    const selected = this.items.find((i) => i.bool('selected')) || this.items[0];
    if (selected) {
      selected.scrollIntoView({ block: 'nearest' });
      selected.focus({ preventScroll: true });
    }
  }
  choose(item) {
    this._value = item.value;
    this.$('#popover').hidePopover();
    this.updated();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  updated() {
    const label = this.$('#label');
    const words = this.getAttribute('label') || '';
    if (label.textContent !== words) label.textContent = words;
    this.$('.required').hidden = !this.bool('required');
    this.$('#button').disabled = this.bool('disabled');
    this.$('#button').setAttribute('aria-invalid', String(this.bool('invalid')));
    let shown = '';
    for (const item of this.items) {
      const on = item.value === this._value && this._value !== '';
      item.toggleAttribute('selected', on);
      if (on) shown = item.itemText;
    }
    const value = this.$('#value');
    value.textContent = shown || this.getAttribute('placeholder') || '';
    value.classList.toggle('placeholder', !shown);
  }
}

// ---- st-checkbox (sp-checkbox): a transparent native checkbox laid over the drawn box; words slotted.
class StCheckbox extends StElement {
  static observedAttributes = ['checked', 'disabled', 'invalid', 'label'];
  static delegatesFocus = true;
  static styles = `
    :host { display: inline-flex; position: relative; align-items: flex-start; min-height: 32px; vertical-align: top; color: var(--st-gray-800); }
    #input { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; padding: 0; opacity: 0.0001; z-index: 1; cursor: pointer; }
    #box { position: relative; flex: none; width: 14px; height: 14px; margin: 9px 0; border: 2px solid var(--st-gray-600); border-radius: 2px; background: var(--st-gray-50); transition: border 130ms; }
    :host([checked]) #box { border-width: 7px; border-color: var(--st-gray-800); }
    #box st-icon { position: absolute; left: 50%; top: 50%; width: 10px; height: 10px; margin: -5px 0 0 -5px; color: var(--st-gray-50); opacity: 0; }
    :host([checked]) #box st-icon { opacity: 1; }
    #input:focus-visible + #box { box-shadow: 0 0 0 2px var(--st-accent); }
    #label { padding: 6px 0 6px 10px; line-height: 1.3; }
  `;
  get checked() {
    return this.bool('checked');
  }
  set checked(v) {
    this.toggleAttribute('checked', !!v);
  }
  render() {
    return html`<input id="input" type="checkbox" part="input"><span id="box" part="box"><st-icon name="checkmark" size="xs"></st-icon></span><label id="label" for="input"><slot></slot></label>`;
  }
  firstUpdated() {
    const input = this.$('#input');
    input.addEventListener('change', () => {
      this.checked = input.checked;
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
    this.$('slot').addEventListener('slotchange', () => this.requestUpdate());
  }
  updated() {
    const input = this.$('#input');
    if (input.checked !== this.checked) input.checked = this.checked;
    input.disabled = this.bool('disabled');
    const label = this.getAttribute('label');
    if (label) input.setAttribute('aria-label', label);
    else input.removeAttribute('aria-label');
    this.$('#label').hidden = !this.textContent.trim();
  }
  focus(options) {
    this.$('#input').focus(options);
  }
}

// ---- st-radio-group / st-radio (sp-field-group + sp-radio): role=radio on the hosts, no native input.
class StRadio extends StElement {
  static observedAttributes = ['checked', 'disabled'];
  static styles = `
    :host { display: flex; align-items: flex-start; gap: 10px; min-height: 32px; padding: 6px 0; cursor: pointer; color: var(--st-gray-800); outline: none; }
    #input { display: block; flex: none; }
    #button { display: block; width: 14px; height: 14px; margin-top: 2px; border: 2px solid var(--st-gray-600); border-radius: 50%; background: var(--st-gray-50); transition: border 130ms; }
    :host([checked]) #button { border-width: 4px; border-color: var(--st-accent); }
    :host(:focus-visible) #button { box-shadow: 0 0 0 2px var(--st-accent); }
    #label { line-height: 1.35; }
  `;
  get checked() {
    return this.bool('checked');
  }
  set checked(v) {
    this.toggleAttribute('checked', !!v);
  }
  get value() {
    return this.getAttribute('value') || '';
  }
  render() {
    return html`<span id="input" part="control"><span id="button"></span></span><span id="label" role="presentation" part="label"><slot></slot></span>`;
  }
  firstUpdated() {
    this.addEventListener('click', () => this.activate());
    this.addEventListener('keydown', (e) => {
      if (e.key === ' ') {
        e.preventDefault();
        this.activate();
      }
    });
  }
  activate() {
    if (this.checked || this.bool('disabled')) return;
    this.checked = true;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  updated() {
    this.setAttribute('role', 'radio');
    this.setAttribute('aria-checked', String(this.checked));
  }
}
class StRadioGroup extends StElement {
  static observedAttributes = ['label', 'invalid', 'required'];
  static styles = `
    :host { display: block; }
    #label { display: block; padding: 0 0 5px; color: var(--st-gray-700); font-size: 12px; }
    .group { display: flex; flex-direction: column; }
    :host([invalid]) .group { box-shadow: inset 3px 0 0 var(--st-negative); padding-left: 10px; }
  `;
  get radios() {
    return [...this.querySelectorAll('st-radio')];
  }
  get selected() {
    const on = this.radios.find((r) => r.checked);
    return on ? on.value : '';
  }
  set selected(v) {
    this.radios.forEach((r) => (r.checked = r.value === v));
    this.requestUpdate();
  }
  render() {
    return html`<span id="label" part="label">${this.getAttribute('label') || ''}</span><div class="group" role="radiogroup" aria-labelledby="label" part="group"><slot></slot></div>`;
  }
  firstUpdated() {
    this.addEventListener('change', (e) => {
      if (!(e.target instanceof StRadio)) return;
      this.radios.forEach((r) => {
        if (r !== e.target) r.checked = false;
      });
      this.requestUpdate();
    });
    this.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      const radios = this.radios;
      const at = radios.indexOf(e.target);
      if (at < 0) return;
      e.preventDefault();
      const next = radios[(at + (e.key === 'ArrowDown' ? 1 : radios.length - 1)) % radios.length];
      next.focus();
      next.activate();
    });
    this.shadowRoot.querySelector('slot').addEventListener('slotchange', () => this.requestUpdate());
  }
  updated() {
    const label = this.$('#label');
    const words = this.getAttribute('label') || '';
    if (label.textContent !== words) label.textContent = words;
    const radios = this.radios;
    const on = radios.find((r) => r.checked);
    radios.forEach((r, i) => r.setAttribute('tabindex', (on ? r === on : i === 0) ? '0' : '-1'));
  }
}

// ---- st-dialog (sp-dialog-wrapper in a modal sp-overlay): a NATIVE <dialog> in the shadow root, showModal().
class StDialog extends StElement {
  static observedAttributes = ['headline', 'dismissable', 'size'];
  static styles = `
    :host { display: contents; }
    dialog { width: 480px; max-width: calc(100vw - 32px); max-height: calc(100vh - 32px); padding: 0; border: 0; border-radius: var(--st-radius-l, 10px); background: var(--st-gray-50, #fff); color: var(--st-gray-800, #222); box-shadow: 0 8px 32px rgb(0 0 0 / 28%); font-family: var(--st-font); font-size: 14px; line-height: 1.5; overflow: auto; }
    :host([size=l]) dialog { width: 640px; }
    dialog::backdrop { background: rgb(0 0 0 / 40%); }
    dialog:focus { outline: none; }
    .grid { display: grid; grid-template-columns: 1fr auto; grid-template-areas: 'heading close' 'divider divider' 'content content' 'footer footer'; padding: 28px 32px 24px; }
    h2 { grid-area: heading; margin: 0; font-size: 20px; font-weight: 700; line-height: 1.3; }
    .close { grid-area: close; margin: -6px -10px 0 12px; }
    hr { grid-area: divider; width: 100%; height: 2px; margin: 14px 0 16px; border: 0; background: var(--st-gray-300); }
    section { grid-area: content; }
    footer { grid-area: footer; display: flex; justify-content: flex-end; gap: 12px; padding-top: 28px; flex-wrap: wrap; }
  `;
  render() {
    return html`<dialog id="dialog" part="dialog" aria-labelledby="heading"><div class="grid"><h2 id="heading" part="heading"></h2><st-button class="close" quiet label="Close" hidden><st-icon slot="icon" name="cross"></st-icon></st-button><hr role="none"><section id="content" part="content"><slot></slot></section><footer part="footer"><slot name="footer"></slot></footer></div></dialog>`;
  }
  get dialog() {
    return this.$('dialog');
  }
  get open() {
    return this.dialog.open;
  }
  firstUpdated() {
    this.dialog.addEventListener('cancel', (e) => {
      // Escape: only a dismissable dialog closes by itself.
      e.preventDefault();
      if (this.bool('dismissable')) this.close();
    });
    this.$('.close').addEventListener('click', () => this.close());
  }
  updated() {
    const h = this.$('h2');
    const words = this.getAttribute('headline') || '';
    if (h.textContent !== words) h.textContent = words;
    this.$('.close').hidden = !this.bool('dismissable');
  }
  async show() {
    if (this.dialog.open) return;
    this.dialog.showModal();
    this.emit('st-opened');
    await animate(this.dialog, [{ opacity: 0, transform: 'translateY(16px)' }, { opacity: 1, transform: 'none' }], 130);
  }
  async close() {
    if (!this.dialog.open) return;
    await animate(this.dialog, [{ opacity: 1 }, { opacity: 0 }], 130);
    this.dialog.close();
    this.emit('st-closed');
  }
}

// ---- st-table and its parts (sp-table): roles on custom-element hosts, rows laid out as CSS grids.
const slotOnly = () => html`<slot></slot>`;
class StTable extends StElement {
  static styles = ':host { display: block; border: 1px solid var(--st-gray-300); border-radius: var(--st-radius); background: var(--st-gray-50); overflow-x: auto; }';
  render() {
    return slotOnly();
  }
  updated() {
    this.setAttribute('role', 'table');
  }
}
class StTableHead extends StElement {
  static styles = ':host { display: grid; grid-template-columns: var(--st-table-columns); border-bottom: 1px solid var(--st-gray-300); background: var(--st-gray-100); }';
  render() {
    return slotOnly();
  }
  updated() {
    this.setAttribute('role', 'row');
  }
}
class StTableHeadCell extends StElement {
  static styles = ':host { display: block; padding: 10px 14px; font-size: 11px; font-weight: 700; color: var(--st-gray-700); text-transform: uppercase; letter-spacing: 0.04em; }';
  render() {
    return slotOnly();
  }
  updated() {
    this.setAttribute('role', 'columnheader');
  }
}
class StTableBody extends StElement {
  static styles = ':host { display: block; }';
  render() {
    return slotOnly();
  }
  updated() {
    this.setAttribute('role', 'rowgroup');
  }
}
class StTableRow extends StElement {
  static styles = ':host { display: grid; grid-template-columns: var(--st-table-columns); border-bottom: 1px solid var(--st-gray-200); align-items: center; } :host(:last-child) { border-bottom: 0; } :host(:hover) { background: var(--st-gray-75); }';
  render() {
    return slotOnly();
  }
  updated() {
    this.setAttribute('role', 'row');
  }
}
class StTableCell extends StElement {
  static styles = ':host { display: block; padding: 10px 14px; min-width: 0; overflow-wrap: anywhere; }';
  render() {
    return slotOnly();
  }
  updated() {
    this.setAttribute('role', 'cell');
  }
}

// ---- st-status-light (sp-status-light): a coloured dot before slotted words.
class StStatusLight extends StElement {
  static observedAttributes = ['variant'];
  static styles = ':host { display: inline-flex; align-items: center; gap: 8px; } .dot { width: 8px; height: 8px; border-radius: 50%; background: var(--st-gray-500); } :host([variant=positive]) .dot { background: #12b45f; } :host([variant=negative]) .dot { background: var(--st-negative); } :host([variant=notice]) .dot { background: var(--st-notice); }';
  render() {
    return html`<span class="dot" part="dot"></span><slot></slot>`;
  }
}

// ---- st-badge (sp-badge)
class StBadge extends StElement {
  static observedAttributes = ['variant'];
  static styles = ':host { display: inline-flex; align-items: center; padding: 2px 9px; border-radius: var(--st-radius); background: var(--st-gray-600); color: #fff; font-size: 12px; font-weight: 600; } :host([variant=positive]) { background: var(--st-positive); } :host([variant=notice]) { background: var(--st-notice); }';
  render() {
    return slotOnly();
  }
}

// ---- st-progress-circle (sp-progress-circle indeterminate)
class StProgressCircle extends StElement {
  static styles = ':host { display: inline-block; width: 32px; height: 32px; } .track { width: 100%; height: 100%; border: 3px solid var(--st-gray-300); border-top-color: var(--st-accent); border-radius: 50%; animation: spin 1s linear infinite; } @keyframes spin { to { transform: rotate(360deg); } }';
  render() {
    return html`<div class="track" role="presentation"></div>`;
  }
  updated() {
    this.setAttribute('role', 'progressbar');
    if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', this.getAttribute('label') || 'Loading…');
  }
}

// ---- st-toast (sp-toast): role=alert inside the shadow root, words slotted, closes itself.
class StToast extends StElement {
  static observedAttributes = ['variant'];
  static styles = `
    :host { display: block; }
    .toast { display: flex; align-items: flex-start; gap: 10px; min-width: 280px; max-width: 560px; padding: 9px 8px 9px 14px; border-radius: var(--st-radius); background: var(--st-gray-600); color: #fff; box-shadow: 0 4px 16px rgb(0 0 0 / 20%); font-size: 14px; }
    :host([variant=positive]) .toast { background: var(--st-positive); }
    :host([variant=negative]) .toast { background: var(--st-negative); }
    .body { flex: 1; padding-top: 1px; }
    st-button { --st-gray-800: #fff; }
  `;
  render() {
    return html`<div class="toast" role="alert" part="toast"><st-icon name="info"></st-icon><div class="body"><slot></slot></div><st-button quiet size="s" label="Close"><st-icon slot="icon" name="cross" size="s"></st-icon></st-button></div>`;
  }
  firstUpdated() {
    this.$('st-button').addEventListener('click', () => this.remove());
    const ms = Number(this.getAttribute('timeout') || 6000);
    setTimeout(() => this.remove(), ms);
  }
}

// ---- st-top-nav / st-top-nav-item (sp-top-nav): the item's words rendered in its shadow root from `label`.
class StTopNav extends StElement {
  static styles = ':host { display: flex; align-items: stretch; gap: 4px; }';
  render() {
    return html`<nav part="nav" aria-label="Main"><slot></slot></nav>`;
  }
}
class StTopNavItem extends StElement {
  static observedAttributes = ['label', 'href', 'selected'];
  static delegatesFocus = true;
  static styles = `
    :host { display: inline-flex; }
    a { display: inline-flex; align-items: center; height: 52px; padding: 0 12px; color: var(--st-gray-700); font-weight: 600; text-decoration: none; border-bottom: 2px solid transparent; }
    a:hover { color: var(--st-gray-900); }
    :host([selected]) a { color: var(--st-gray-900); border-bottom-color: var(--st-gray-800); }
  `;
  render() {
    return html`<a id="item-link" part="link" href="${this.getAttribute('href') || '#'}">${this.getAttribute('label') || ''}</a>`;
  }
  updated() {
    const a = this.$('a');
    a.setAttribute('href', this.getAttribute('href') || '#');
    const words = this.getAttribute('label') || '';
    if (a.textContent !== words) a.textContent = words;
    if (this.bool('selected')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// ---- st-card (sp-card): heading and description rendered from attributes, content slotted.
class StCard extends StElement {
  static observedAttributes = ['heading', 'subheading', 'href'];
  static styles = ':host { display: block; border: 1px solid var(--st-gray-300); border-radius: var(--st-radius-l); background: var(--st-gray-50); } a { display: block; padding: 20px; color: inherit; text-decoration: none; } a:hover { background: var(--st-gray-75); } .title { font-size: 16px; font-weight: 700; } .sub { color: var(--st-gray-700); margin-top: 4px; }';
  render() {
    return html`<a href="${this.getAttribute('href') || '#'}" part="link"><div class="title" id="heading">${this.getAttribute('heading') || ''}</div><div class="sub">${this.getAttribute('subheading') || ''}</div><slot></slot></a>`;
  }
}

const TAGS = {
  'st-theme': StTheme,
  'st-icon': StIcon,
  'st-button': StButton,
  'st-text-field': StTextField,
  'st-menu-item': StMenuItem,
  'st-menu-group': StMenuGroup,
  'st-picker': StPicker,
  'st-checkbox': StCheckbox,
  'st-radio': StRadio,
  'st-radio-group': StRadioGroup,
  'st-dialog': StDialog,
  'st-table': StTable,
  'st-table-head': StTableHead,
  'st-table-head-cell': StTableHeadCell,
  'st-table-body': StTableBody,
  'st-table-row': StTableRow,
  'st-table-cell': StTableCell,
  'st-status-light': StStatusLight,
  'st-badge': StBadge,
  'st-progress-circle': StProgressCircle,
  'st-toast': StToast,
  'st-top-nav': StTopNav,
  'st-top-nav-item': StTopNavItem,
  'st-card': StCard,
};
for (const [tag, cls] of Object.entries(TAGS)) if (!customElements.get(tag)) customElements.define(tag, cls);
