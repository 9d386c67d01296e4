// JobProgress' web components (jp-*), written as Lit + Shoelace 2.x components render, by hand (no Lit,
// no Shoelace): every component in an OPEN shadow root styled through adoptedStyleSheets, Lit's marker
// comments (`<!--?lit$…$-->`, `<!---->`) around what a template bound, `part` attributes on the inner
// elements, properties not reflected to attributes (an input's value lives only in the property and in
// the native <input> inside the shadow root), events `jp-*` (bubbles, composed), hosts that delegate
// focus. Shoelace habits kept: sl-input's `live()` value binding (each re-render writes the component's
// `value` back into the native input, so a value set on the native input without an `input` event is
// wiped on the next render, e.g. on blur), sl-dialog's markup (overlay + `part=panel` role=dialog
// aria-modal aria-labelledby="title" inside the shadow root, body `<slot>`, `footer` slot, focus trapped,
// body scroll locked, the host kept in the DOM with its base `hidden` once closed), sl-dropdown (trigger
// slot, panel hidden until opened, aria-haspopup/aria-expanded set on the trigger's inner button),
// sl-menu/sl-menu-item (roles on the hosts), sl-alert.toast() (the alert moved into a light-DOM stack in
// <body>), sl-copy-button (icon only).

const LIT = 'lit$' + String(Math.random()).slice(2, 11) + '$';
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (v) => String(v == null ? '' : v).replace(/[&<>"']/g, (c) => ESC[c]);
export const unsafeHTML = (s) => ({ __html: s });

function part(v) {
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map((x) => '<!---->' + part(x)).join('') + '<!---->';
  if (v.__html !== undefined) return v.__html;
  return esc(v);
}

/** html`…${v}…`: the markup Lit leaves (a marker comment per child binding; attribute bindings plain). */
export function html(strings, ...values) {
  let out = '';
  strings.forEach((s, i) => {
    out += s;
    if (i >= values.length) return;
    const v = values[i];
    const inTag = out.lastIndexOf('<') > out.lastIndexOf('>');
    if (inTag) out += esc(v === null || v === undefined || v === false ? '' : v);
    else out += '<!--?' + LIT + '-->' + part(v);
  });
  return unsafeHTML(out);
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
const HOST_RESET = ':host { box-sizing: border-box; } :host *, :host *::before, :host *::after { box-sizing: inherit; } [hidden] { display: none !important; }';

/** A LitElement-like base: renders once into its open shadow root, then updates in place. */
export class JpElement extends HTMLElement {
  static styles = '';
  static delegatesFocus = false;
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open', delegatesFocus: this.constructor.delegatesFocus });
    root.adoptedStyleSheets = [sheet(HOST_RESET + this.constructor.styles)];
    this.hasUpdated = false;
    this._queued = false;
  }
  connectedCallback() {
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
    if (this._queued) return;
    this._queued = true;
    this.updateComplete = Promise.resolve().then(() => {
      this._queued = false;
      if (this.hasUpdated) this.updated();
    });
  }
  render() {
    return html``;
  }
  firstUpdated() {}
  updated() {}
  emit(name, detail) {
    const e = new CustomEvent(name, { bubbles: true, composed: true, cancelable: true, detail: detail || {} });
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
function animate(el, keyframes, ms) {
  if (reducedMotion() || !el.animate) return Promise.resolve();
  const a = el.animate(keyframes, { duration: ms, easing: 'ease' });
  return new Promise((resolve) => {
    a.addEventListener('finish', resolve, { once: true });
    a.addEventListener('cancel', resolve, { once: true });
    setTimeout(resolve, ms + 150);
  });
}

// ---- jp-icon (sl-icon): an inline SVG in the shadow root; decorative unless labelled.
const ICONS = {
  'plus-lg': '<path d="M8 2a.75.75 0 0 1 .75.75v4.5h4.5a.75.75 0 0 1 0 1.5h-4.5v4.5a.75.75 0 0 1-1.5 0v-4.5h-4.5a.75.75 0 0 1 0-1.5h4.5v-4.5A.75.75 0 0 1 8 2"/>',
  'x-lg': '<path d="M2.15 2.15a.5.5 0 0 1 .7 0L8 7.29l5.15-5.14a.5.5 0 0 1 .7.7L8.71 8l5.14 5.15a.5.5 0 0 1-.7.7L8 8.71l-5.15 5.14a.5.5 0 0 1-.7-.7L7.29 8 2.15 2.85a.5.5 0 0 1 0-.7"/>',
  'chevron-down': '<path fill-rule="evenodd" d="M1.65 4.65a.5.5 0 0 1 .7 0L8 10.29l5.65-5.64a.5.5 0 0 1 .7.7l-6 6a.5.5 0 0 1-.7 0l-6-6a.5.5 0 0 1 0-.7"/>',
  gear: '<path d="M8 4.75a3.25 3.25 0 1 0 0 6.5 3.25 3.25 0 0 0 0-6.5M5.75 8a2.25 2.25 0 1 1 4.5 0 2.25 2.25 0 0 1-4.5 0"/><path d="M6.7 1h2.6l.4 1.9 1.3.6 1.7-1 1.8 1.8-1 1.7.6 1.3 1.9.4v2.6l-1.9.4-.6 1.3 1 1.7-1.8 1.8-1.7-1-1.3.6-.4 1.9H6.7l-.4-1.9-1.3-.6-1.7 1-1.8-1.8 1-1.7-.6-1.3L0 9.3V6.7l1.9-.4.6-1.3-1-1.7 1.8-1.8 1.7 1 1.3-.6z" fill="none" stroke="currentColor"/>',
  person: '<path d="M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6m2-3a2 2 0 1 1-4 0 2 2 0 0 1 4 0m4 8c0 1-1 1-1 1H3s-1 0-1-1 1-4 6-4 6 3 6 4"/>',
  'box-arrow-right': '<path d="M10 12.5a.5.5 0 0 1-.5.5h-8a.5.5 0 0 1-.5-.5v-9a.5.5 0 0 1 .5-.5h8a.5.5 0 0 1 .5.5v2a.5.5 0 0 0 1 0v-2A1.5 1.5 0 0 0 9.5 2h-8A1.5 1.5 0 0 0 0 3.5v9A1.5 1.5 0 0 0 1.5 14h8a1.5 1.5 0 0 0 1.5-1.5v-2a.5.5 0 0 0-1 0z"/><path d="M15.85 8.35a.5.5 0 0 0 0-.7l-3-3a.5.5 0 0 0-.7.7L14.29 7.5H5.5a.5.5 0 0 0 0 1h8.79l-2.14 2.15a.5.5 0 0 0 .7.7z"/>',
  bell: '<path d="M8 16a2 2 0 0 0 2-2H6a2 2 0 0 0 2 2M8 1.92l-.8.16A4 4 0 0 0 4 6c0 .63-.13 2.2-.46 3.74-.16.77-.38 1.57-.66 2.26h10.24c-.28-.69-.5-1.49-.66-2.26C12.13 8.2 12 6.63 12 6a4 4 0 0 0-3.2-3.92z"/>',
  copy: '<path fill-rule="evenodd" d="M4 2a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2zm2-1a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V2a1 1 0 0 0-1-1zM2 5a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1v-1h1v1a2 2 0 0 1-2 2H2a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h1v1z"/>',
  check: '<path d="M13.85 3.65a.5.5 0 0 1 0 .7l-7.5 7.5a.5.5 0 0 1-.7 0l-3.5-3.5a.5.5 0 1 1 .7-.7L6 10.79l7.15-7.14a.5.5 0 0 1 .7 0"/>',
  'exclamation-triangle': '<path d="M7.94 1.5a.6.6 0 0 1 1.04 0l6.86 11.67c.46.78-.09 1.83-1.02 1.83H1.18c-.93 0-1.48-1.05-1.02-1.83zM8 5c-.53 0-.95.46-.9.99l.35 3.5a.55.55 0 0 0 1.1 0l.35-3.5A.9.9 0 0 0 8 5m0 6.5a1 1 0 1 0 0 2 1 1 0 0 0 0-2"/>',
  'check2-circle': '<path d="M2.5 8a5.5 5.5 0 0 1 8.25-4.76.5.5 0 0 0 .5-.87A6.5 6.5 0 1 0 14.5 8a.5.5 0 0 0-1 0 5.5 5.5 0 1 1-11 0"/><path d="M15.35 3.35a.5.5 0 0 0-.7-.7L8 9.29 5.35 6.65a.5.5 0 1 0-.7.7l3 3a.5.5 0 0 0 .7 0z"/>',
  clipboard: '<path d="M4 1.5H3a2 2 0 0 0-2 2V14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V3.5a2 2 0 0 0-2-2h-1v1h1a1 1 0 0 1 1 1V14a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V3.5a1 1 0 0 1 1-1h1z"/><path d="M9.5 1a.5.5 0 0 1 .5.5v1a.5.5 0 0 1-.5.5h-3a.5.5 0 0 1-.5-.5v-1a.5.5 0 0 1 .5-.5zm-3-1A1.5 1.5 0 0 0 5 1.5v1A1.5 1.5 0 0 0 6.5 4h3A1.5 1.5 0 0 0 11 2.5v-1A1.5 1.5 0 0 0 9.5 0z"/>',
  'grid-1x2': '<path d="M6 1H1v14h5zm1 0h8v5H7zm0 6h8v8H7z" fill="none" stroke="currentColor"/>',
  people: '<path d="M15 14s1 0 1-1-1-4-5-4-5 3-5 4 1 1 1 1zm-7.98-1L7 12.996c.001-.264.167-1.03.76-1.72C8.312 10.629 9.282 10 11 10c1.717 0 2.687.63 3.24 1.276.593.69.758 1.457.76 1.72l-.008.002-.014.002zM11 7a2 2 0 1 0 0-4 2 2 0 0 0 0 4m3-2a3 3 0 1 1-6 0 3 3 0 0 1 6 0M6.936 9.28a6 6 0 0 0-1.23-.247A7 7 0 0 0 5 9c-4 0-5 3-5 4q0 1 1 1h4.216A2.24 2.24 0 0 1 5 13c0-1.01.377-2.042 1.09-2.904.243-.294.526-.569.846-.816M4.92 10A5.5 5.5 0 0 0 4 13H1c0-.26.164-1.03.76-1.724.545-.636 1.492-1.256 3.16-1.275ZM1.5 5.5a3 3 0 1 1 6 0 3 3 0 0 1-6 0m3-2a2 2 0 1 0 0 4 2 2 0 0 0 0-4"/>',
  tools: '<path d="M1 0 0 1l2.2 3.08a1 1 0 0 0 .81.42h.07a1 1 0 0 1 .7.3l3.13 3.13-3.03 3.03a2.5 2.5 0 1 0 .7.7L7.6 8.64l5.05 5.05a1.5 1.5 0 1 0 2.12-2.12L9.72 6.52l1.5-1.5a3 3 0 0 0 3.99-3.64l-1.87 1.87-1.06-.35-.35-1.06L13.8-.03A3 3 0 0 0 10.16 3.96l-1.5 1.5L5.3 2.1a1 1 0 0 1-.3-.7v-.07a1 1 0 0 0-.42-.81z"/>',
  calendar3: '<path d="M14 0H2a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V2a2 2 0 0 0-2-2M1 3.86V2a1 1 0 0 1 1-1h12a1 1 0 0 1 1 1v1.86z"/>',
  'bar-chart': '<path d="M4 11H2v3h2zm5-4H7v7h2zm5-5h-2v12h2zm-2-1a1 1 0 0 0-1 1v12a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1V2a1 1 0 0 0-1-1zM6 7a1 1 0 0 1 1-1h2a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1zm-5 4a1 1 0 0 1 1-1h2a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1z"/>',
};
class JpIcon extends JpElement {
  static observedAttributes = ['name', 'label'];
  static styles = ':host { display: inline-block; width: 1em; height: 1em; box-sizing: content-box !important; } svg { display: block; height: 100%; width: 100%; }';
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
    this.shadowRoot.innerHTML = '<svg part="svg" xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" viewBox="0 0 16 16">' + (ICONS[name] || '') + '</svg>';
  }
}

// ---- jp-spinner (sl-spinner)
class JpSpinner extends JpElement {
  static styles = ':host { --track-width: 2px; display: inline-flex; width: 1em; height: 1em; flex: none; } .spinner { flex: 1 1 auto; height: 100%; width: 100%; } .spinner__track, .spinner__indicator { fill: none; stroke-width: var(--track-width); r: calc(0.5em - var(--track-width) / 2); cx: 0.5em; cy: 0.5em; transform-origin: 50% 50%; } .spinner__track { stroke: var(--jp-color-neutral-200, #e4e4e7); transform-origin: 0% 0%; } .spinner__indicator { stroke: var(--jp-color-primary-600, #0284c7); stroke-linecap: round; stroke-dasharray: 150% 75%; animation: spin 2s linear infinite; } @keyframes spin { 0% { transform: rotate(0deg); stroke-dasharray: 0.05em, 3em; } 50% { transform: rotate(450deg); stroke-dasharray: 1.375em, 1.375em; } 100% { transform: rotate(1080deg); stroke-dasharray: 0.05em, 3em; } }';
  render() {
    return html`<svg part="base" class="spinner" role="progressbar" aria-label="Loading"><circle class="spinner__track"></circle><circle class="spinner__indicator"></circle></svg>`;
  }
}

// ---- jp-button (sl-button): a real <button part="base"> in the shadow root, the words slotted.
class JpButton extends JpElement {
  static observedAttributes = ['variant', 'size', 'caret', 'disabled', 'loading', 'pill', 'outline'];
  static delegatesFocus = true;
  static styles = `
    :host { display: inline-block; position: relative; width: auto; cursor: pointer; }
    .button { display: inline-flex; align-items: stretch; justify-content: center; width: 100%; border: solid 1px transparent; border-radius: var(--jp-border-radius-medium, 4px); font: inherit; font-weight: 600; font-size: 14px; line-height: 1; text-decoration: none; user-select: none; white-space: nowrap; vertical-align: middle; padding: 0; cursor: inherit; transition: background-color 150ms, border-color 150ms, color 150ms, box-shadow 150ms; min-height: 36px; }
    .button::-moz-focus-inner { border: 0; }
    .button:focus { outline: none; }
    .button:focus-visible { outline: 3px solid var(--jp-color-primary-300, #7dd3fc); outline-offset: 1px; }
    .button--disabled { opacity: 0.5; cursor: not-allowed; }
    .button--default { background: #fff; border-color: var(--jp-color-neutral-300, #d4d4d8); color: var(--jp-color-neutral-700, #3f3f46); }
    .button--default:hover:not(.button--disabled) { background: var(--jp-color-primary-50, #f0f9ff); border-color: var(--jp-color-primary-300, #7dd3fc); color: var(--jp-color-primary-700, #0369a1); }
    .button--primary { background: var(--jp-color-primary-600, #0284c7); border-color: var(--jp-color-primary-600, #0284c7); color: #fff; }
    .button--primary:hover:not(.button--disabled) { background: var(--jp-color-primary-500, #0ea5e9); border-color: var(--jp-color-primary-500, #0ea5e9); }
    .button--text { background: transparent; border-color: transparent; color: var(--jp-color-neutral-700, #3f3f46); }
    .button--text:hover:not(.button--disabled) { color: var(--jp-color-primary-600, #0284c7); }
    .button--small { min-height: 28px; font-size: 12px; }
    .button__label, .button__prefix, .button__suffix, .button__caret { display: flex; align-items: center; }
    .button__label { padding: 0 16px; }
    .button--small .button__label { padding: 0 10px; }
    .button--has-prefix .button__label { padding-left: 6px; }
    .button--has-prefix .button__prefix { padding-left: 14px; }
    .button--caret .button__label { padding-right: 4px; }
    .button__caret { padding-right: 12px; }
    .button--loading { position: relative; cursor: wait; }
    .button--loading .button__prefix, .button--loading .button__label, .button--loading .button__suffix, .button--loading .button__caret { visibility: hidden; }
    .button--loading jp-spinner { --track-width: 2px; font-size: 1em; position: absolute; top: calc(50% - 0.5em); left: calc(50% - 0.5em); }
    .button--primary.button--loading jp-spinner { --jp-color-primary-600: #fff; }
  `;
  render() {
    return html`<button part="base" class="button" type="button" aria-disabled="false" tabindex="0"><slot name="prefix" part="prefix" class="button__prefix"></slot><slot part="label" class="button__label"></slot><slot name="suffix" part="suffix" class="button__suffix"></slot><jp-icon part="caret" class="button__caret" name="chevron-down" hidden></jp-icon><jp-spinner part="spinner" hidden></jp-spinner></button>`;
  }
  get button() {
    return this.$('button');
  }
  firstUpdated() {
    // sl-button: a click while disabled or loading goes nowhere.
    this.addEventListener('click', (e) => {
      if (this.bool('disabled') || this.bool('loading')) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    }, true);
    this.$('slot[name=prefix]').addEventListener('slotchange', () => this.requestUpdate());
  }
  updated() {
    const b = this.button;
    const variant = this.getAttribute('variant') || 'default';
    const size = this.getAttribute('size') || 'medium';
    const prefix = this.querySelector(':scope > [slot=prefix]');
    b.className = ['button', 'button--' + variant, 'button--' + size, 'button--standard', 'button--has-label', prefix ? 'button--has-prefix' : '', this.bool('caret') ? 'button--caret' : '', this.bool('disabled') ? 'button--disabled' : '', this.bool('loading') ? 'button--loading' : ''].filter(Boolean).join(' ');
    b.disabled = this.bool('disabled');
    b.setAttribute('aria-disabled', String(this.bool('disabled')));
    this.$('.button__caret').hidden = !this.bool('caret');
    this.$('jp-spinner').hidden = !this.bool('loading');
  }
  focus(options) {
    this.button.focus(options);
  }
  click() {
    this.button.click();
  }
}

// ---- jp-icon-button (sl-icon-button): an icon-only <button> named by aria-label.
class JpIconButton extends JpElement {
  static observedAttributes = ['name', 'label'];
  static delegatesFocus = true;
  static styles = ':host { display: inline-block; color: var(--jp-color-neutral-600, #52525b); } .icon-button { flex: 0 0 auto; display: flex; align-items: center; background: none; border: none; border-radius: 4px; font-size: inherit; color: inherit; padding: 6px; cursor: pointer; transition: color 100ms; } .icon-button:hover { color: var(--jp-color-primary-600, #0284c7); } .icon-button:focus-visible { outline: 3px solid var(--jp-color-primary-300, #7dd3fc); }';
  render() {
    return html`<button part="base" class="icon-button" type="button" aria-label="${this.getAttribute('label') || ''}"><jp-icon class="icon-button__icon" name="${this.getAttribute('name') || ''}" aria-hidden="true"></jp-icon></button>`;
  }
  updated() {
    this.$('button').setAttribute('aria-label', this.getAttribute('label') || '');
    this.$('jp-icon').setAttribute('name', this.getAttribute('name') || '');
  }
  focus(options) {
    this.$('button').focus(options);
  }
}

// ---- jp-input (sl-input): label + native <input> inside the shadow root; value a property only.
class JpInput extends JpElement {
  static observedAttributes = ['label', 'placeholder', 'readonly', 'type', 'help-text', 'value', 'disabled', 'name', 'autocomplete', 'spellcheck', 'data-user-invalid', 'size'];
  static delegatesFocus = true;
  static styles = `
    :host { display: block; }
    .form-control { display: flex; flex-direction: column; }
    .form-control__label { display: inline-block; color: var(--jp-color-neutral-800, #27272a); font-size: 14px; font-weight: 500; margin-bottom: 6px; }
    .form-control__help-text { margin-top: 6px; color: var(--jp-color-neutral-500, #71717a); font-size: 12px; }
    .form-control__help-text:empty, .form-control--no-help .form-control__help-text { display: none; }
    :host([data-user-invalid]) .form-control__help-text { color: var(--jp-color-danger-600, #dc2626); }
    .input { flex: 1 1 auto; display: inline-flex; align-items: stretch; position: relative; width: 100%; background: #fff; border: solid 1px var(--jp-color-neutral-300, #d4d4d8); border-radius: var(--jp-border-radius-medium, 4px); transition: border 150ms, box-shadow 150ms; height: 38px; overflow: hidden; }
    .input--focused { border-color: var(--jp-color-primary-600, #0284c7); box-shadow: 0 0 0 3px rgb(2 132 199 / 25%); }
    :host([data-user-invalid]) .input { border-color: var(--jp-color-danger-600, #dc2626); }
    .input--readonly { background: var(--jp-color-neutral-50, #fafafa); }
    .input__control { flex: 1 1 auto; font: inherit; font-size: 14px; min-width: 0; height: 100%; color: var(--jp-color-neutral-900, #18181b); border: none; background: inherit; box-shadow: none; padding: 0 12px; margin: 0; -webkit-appearance: none; }
    .input__control:focus { outline: none; }
    .input__control::placeholder { color: var(--jp-color-neutral-400, #a1a1aa); }
    :host([data-mono]) .input__control { font-family: var(--jp-font-mono, ui-monospace, SFMono-Regular, Menlo, monospace); font-size: 13px; }
    .input__prefix, .input__suffix { display: inline-flex; flex: 0 0 auto; align-items: center; }
    .input__suffix ::slotted(*) { margin-right: 4px; }
  `;
  constructor() {
    super();
    this._value = '';
    this.hasFocus = false;
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
  attributeChangedCallback(name, old, now) {
    if (name === 'value') this.value = now;
    super.attributeChangedCallback();
  }
  get input() {
    return this.$('input');
  }
  render() {
    return html`<div part="form-control" class="form-control form-control--medium form-control--has-label"><label part="form-control-label" class="form-control__label" for="input" aria-hidden="false"><slot name="label">${this.getAttribute('label') || ''}</slot></label><div part="form-control-input" class="form-control-input"><div part="base" class="input input--medium input--standard"><span part="prefix" class="input__prefix"><slot name="prefix"></slot></span><input part="input" id="input" class="input__control" type="text" title="" aria-describedby="help-text"><span part="suffix" class="input__suffix"><slot name="suffix"></slot></span></div></div><div part="form-control-help-text" id="help-text" class="form-control__help-text" aria-hidden="true"><slot name="help-text"></slot></div></div>`;
  }
  firstUpdated() {
    const input = this.input;
    input.addEventListener('input', () => {
      this.value = input.value;
      this.emit('jp-input');
    });
    input.addEventListener('change', () => {
      this.value = input.value;
      this.emit('jp-change');
    });
    input.addEventListener('focus', () => {
      this.hasFocus = true;
      this.requestUpdate();
      this.emit('jp-focus');
    });
    input.addEventListener('blur', () => {
      this.hasFocus = false;
      this.requestUpdate();
      this.emit('jp-blur');
    });
    input.addEventListener('keydown', (e) => {
      // sl-input: Enter without modifiers submits the form the input belongs to (after this event).
      if (e.key !== 'Enter' || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.isComposing) return;
      setTimeout(() => {
        if (e.defaultPrevented) return;
        const form = this.closest('form');
        if (form) form.requestSubmit();
      });
    });
  }
  updated() {
    const input = this.input;
    const label = this.getAttribute('label') || '';
    const slotLabel = this.$('slot[name=label]');
    if (slotLabel.textContent !== label) slotLabel.textContent = label;
    const help = this.getAttribute('help-text') || '';
    const slotHelp = this.$('slot[name=help-text]');
    if (slotHelp.textContent !== help) slotHelp.textContent = help;
    this.$('.form-control__help-text').setAttribute('aria-hidden', help ? 'false' : 'true');
    this.$('.form-control').className = 'form-control form-control--medium form-control--has-label' + (help ? ' form-control--has-help-text' : ' form-control--no-help');
    input.type = this.getAttribute('type') || 'text';
    input.readOnly = this.bool('readonly');
    input.disabled = this.bool('disabled');
    ['placeholder', 'name', 'autocomplete'].forEach((a) => {
      if (this.hasAttribute(a)) input.setAttribute(a, this.getAttribute(a));
      else input.removeAttribute(a);
    });
    input.spellcheck = this.getAttribute('spellcheck') !== 'false';
    input.setAttribute('aria-invalid', this.bool('data-user-invalid') ? 'true' : 'false');
    this.$('.input').className = 'input input--medium input--standard' + (this.hasFocus ? ' input--focused' : '') + (this.bool('readonly') ? ' input--readonly' : '') + (this.bool('disabled') ? ' input--disabled' : '');
    // Lit's live(): the DOM value follows the component's value on every render.
    if (input.value !== this._value) input.value = this._value;
  }
  focus(options) {
    this.input.focus(options);
  }
  select() {
    this.input.select();
  }
}

// ---- jp-dialog (sl-dialog): overlay + panel inside the shadow root, body and footer slotted.
let scrollLocks = 0;
class JpDialog extends JpElement {
  static observedAttributes = ['open', 'label'];
  static styles = `
    :host { --width: 31rem; --header-spacing: 20px; --body-spacing: 20px; --footer-spacing: 20px; display: contents; }
    .dialog { display: flex; align-items: center; justify-content: center; position: fixed; inset: 0; z-index: 800; }
    .dialog__panel { display: flex; flex-direction: column; z-index: 2; width: var(--width); max-width: calc(100% - 32px); max-height: calc(100% - 32px); background: #fff; border-radius: var(--jp-border-radius-large, 8px); box-shadow: 0 16px 40px rgb(0 0 0 / 22%); }
    .dialog__panel:focus { outline: none; }
    .dialog__header { flex: 0 0 auto; display: flex; }
    .dialog__title { flex: 1 1 auto; font: inherit; font-size: 18px; font-weight: 600; line-height: 1.4; padding: var(--header-spacing); margin: 0; }
    .dialog__header-actions { flex-shrink: 0; display: flex; flex-wrap: wrap; justify-content: end; gap: 2px; padding: 0 12px; align-items: center; font-size: 18px; }
    .dialog__body { flex: 1 1 auto; display: block; padding: 0 var(--body-spacing); overflow: auto; }
    .dialog__body:focus { outline: none; }
    .dialog__footer { flex: 0 0 auto; text-align: right; padding: var(--footer-spacing); display: flex; justify-content: flex-end; gap: 8px; }
    .dialog__overlay { position: fixed; inset: 0; background-color: rgb(24 24 27 / 45%); }
  `;
  get open() {
    return this.bool('open');
  }
  set open(v) {
    this.toggleAttribute('open', !!v);
  }
  render() {
    return html`<div part="base" class="dialog" hidden><div part="overlay" class="dialog__overlay" tabindex="-1"></div><div part="panel" class="dialog__panel" role="dialog" aria-modal="true" aria-hidden="true" aria-labelledby="title" tabindex="-1"><header part="header" class="dialog__header"><h2 part="title" class="dialog__title" id="title"><slot name="label">${this.getAttribute('label') || ''}</slot></h2><div part="header-actions" class="dialog__header-actions"><slot name="header-actions"></slot><jp-icon-button part="close-button" exportparts="base:close-button__base" class="dialog__close" name="x-lg" label="Close"></jp-icon-button></div></header><div part="body" class="dialog__body" tabindex="-1"><slot></slot></div><footer part="footer" class="dialog__footer"><slot name="footer"></slot></footer></div></div>`;
  }
  firstUpdated() {
    this._shown = false;
    this.$('.dialog__overlay').addEventListener('click', () => this.requestClose('overlay'));
    this.$('.dialog__close').addEventListener('click', () => this.requestClose('close-button'));
    this._onKey = (e) => {
      if (e.key === 'Escape' && this._shown) {
        e.stopPropagation();
        this.requestClose('keyboard');
      }
    };
    // Shoelace's Modal: focus that leaves the dialog is brought back to its first tabbable element.
    this._onFocusIn = () => {
      if (!this._shown || this.matches(':focus-within')) return;
      this.firstTabbable().focus({ preventScroll: true });
    };
  }
  firstTabbable() {
    const own = this.querySelector('[autofocus]') || [...this.children].find((c) => c.getAttribute('slot') !== 'footer' && c.matches('jp-input, jp-button, button, input, a[href]'));
    return own || this.$('.dialog__close');
  }
  updated() {
    const slotLabel = this.$('slot[name=label]');
    const label = this.getAttribute('label') || '';
    if (slotLabel.textContent !== label) slotLabel.textContent = label;
    if (this.open && !this._shown) this._show();
    else if (!this.open && this._shown) this._hide();
  }
  requestClose(source) {
    const e = this.emit('jp-request-close', { source });
    if (e.defaultPrevented) {
      animate(this.$('.dialog__panel'), [{ transform: 'scale(1)' }, { transform: 'scale(1.02)' }, { transform: 'scale(1)' }], 250);
      return;
    }
    this.open = false;
  }
  show() {
    this.open = true;
  }
  hide() {
    this.open = false;
  }
  async _show() {
    this._shown = true;
    this._opener = document.activeElement;
    this.emit('jp-show');
    const base = this.$('.dialog');
    const panel = this.$('.dialog__panel');
    base.hidden = false;
    base.classList.add('dialog--open');
    panel.setAttribute('aria-hidden', 'false');
    if (scrollLocks++ === 0) document.documentElement.classList.add('jp-scroll-lock');
    document.addEventListener('keydown', this._onKey);
    document.addEventListener('focusin', this._onFocusIn);
    requestAnimationFrame(() => {
      const target = this.querySelector('[autofocus]');
      if (target) target.focus({ preventScroll: true });
      else panel.focus({ preventScroll: true });
    });
    await Promise.all([
      animate(this.$('.dialog__overlay'), [{ opacity: 0 }, { opacity: 1 }], 250),
      animate(panel, [{ opacity: 0, scale: 0.8 }, { opacity: 1, scale: 1 }], 250),
    ]);
    this.emit('jp-after-show');
  }
  async _hide() {
    this._shown = false;
    this.emit('jp-hide');
    document.removeEventListener('keydown', this._onKey);
    document.removeEventListener('focusin', this._onFocusIn);
    const panel = this.$('.dialog__panel');
    await Promise.all([
      animate(this.$('.dialog__overlay'), [{ opacity: 1 }, { opacity: 0 }], 250),
      animate(panel, [{ opacity: 1, scale: 1 }, { opacity: 0, scale: 0.8 }], 250),
    ]);
    if (this._shown) return; // opened again meanwhile
    const base = this.$('.dialog');
    base.hidden = true;
    base.classList.remove('dialog--open');
    panel.setAttribute('aria-hidden', 'true');
    if (--scrollLocks === 0) document.documentElement.classList.remove('jp-scroll-lock');
    if (this._opener && this._opener.isConnected && typeof this._opener.focus === 'function') this._opener.focus();
    this.emit('jp-after-hide');
  }
}

// ---- jp-dropdown (sl-dropdown): a trigger slot and a panel (hidden until opened) holding a jp-menu.
class JpDropdown extends JpElement {
  static observedAttributes = ['open', 'placement'];
  static styles = `
    :host { display: inline-block; position: relative; }
    .dropdown__positioner { position: fixed; z-index: 900; }
    .dropdown__panel { font-size: 14px; font-weight: 400; box-shadow: 0 8px 24px rgb(0 0 0 / 14%); border-radius: 6px; }
  `;
  get open() {
    return this.bool('open');
  }
  set open(v) {
    this.toggleAttribute('open', !!v);
  }
  render() {
    return html`<div part="base" id="dropdown" class="dropdown"><span part="trigger" class="dropdown__trigger"><slot name="trigger"></slot></span><div class="dropdown__positioner" part="popup" aria-hidden="true" aria-labelledby="dropdown" hidden><div part="panel" class="dropdown__panel"><slot></slot></div></div></div>`;
  }
  firstUpdated() {
    this.$('slot[name=trigger]').addEventListener('click', () => {
      this.open = !this.open;
    });
    this.addEventListener('jp-select', () => {
      this.open = false;
      this.triggerButton()?.focus();
    });
    this._onDocDown = (e) => {
      if (!e.composedPath().includes(this)) this.open = false;
    };
    this._onDocKey = (e) => {
      if (e.key === 'Escape' && this.open) {
        e.stopPropagation();
        this.open = false;
        this.triggerButton()?.focus();
      }
    };
    this._onScroll = () => this.reposition();
    this.$('slot[name=trigger]').addEventListener('slotchange', () => this.updateAccessibleTrigger());
    this.updateAccessibleTrigger();
  }
  triggerButton() {
    const el = this.$('slot[name=trigger]').assignedElements({ flatten: true })[0];
    if (!el) return null;
    return el.tagName === 'JP-BUTTON' || el.tagName === 'JP-ICON-BUTTON' ? el.shadowRoot.querySelector('button') : el;
  }
  updateAccessibleTrigger() {
    const target = this.triggerButton();
    if (!target) return;
    target.setAttribute('aria-haspopup', 'true');
    target.setAttribute('aria-expanded', this.open ? 'true' : 'false');
  }
  reposition() {
    const trig = this.$('.dropdown__trigger').getBoundingClientRect();
    const pos = this.$('.dropdown__positioner');
    const w = pos.offsetWidth;
    const placement = this.getAttribute('placement') || 'bottom-start';
    const left = placement.endsWith('end') ? trig.right - w : trig.left;
    pos.style.left = Math.max(4, Math.round(left)) + 'px';
    pos.style.top = Math.round(trig.bottom + 4) + 'px';
  }
  updated() {
    const pos = this.$('.dropdown__positioner');
    const wasOpen = !pos.hidden;
    if (this.open && !wasOpen) {
      this.emit('jp-show');
      pos.hidden = false;
      pos.setAttribute('aria-hidden', 'false');
      this.reposition();
      document.addEventListener('mousedown', this._onDocDown);
      document.addEventListener('keydown', this._onDocKey);
      window.addEventListener('scroll', this._onScroll, true);
      animate(this.$('.dropdown__panel'), [{ opacity: 0, scale: 0.9 }, { opacity: 1, scale: 1 }], 100).then(() => this.emit('jp-after-show'));
    } else if (!this.open && wasOpen) {
      this.emit('jp-hide');
      document.removeEventListener('mousedown', this._onDocDown);
      document.removeEventListener('keydown', this._onDocKey);
      window.removeEventListener('scroll', this._onScroll, true);
      animate(this.$('.dropdown__panel'), [{ opacity: 1, scale: 1 }, { opacity: 0, scale: 0.9 }], 100).then(() => {
        if (this.open) return;
        pos.hidden = true;
        pos.setAttribute('aria-hidden', 'true');
        this.emit('jp-after-hide');
      });
    }
    this.updateAccessibleTrigger();
  }
}

// ---- jp-menu / jp-menu-item / jp-divider (sl-menu, sl-menu-item, sl-divider): roles on the hosts.
class JpMenu extends JpElement {
  static styles = ':host { display: block; position: relative; background: #fff; border: solid 1px var(--jp-color-neutral-200, #e4e4e7); border-radius: 6px; padding: 6px 0; overflow: auto; overscroll-behavior: none; min-width: 180px; } ::slotted(jp-divider) { --spacing: 4px; }';
  render() {
    return html`<slot part="base" class="menu"></slot>`;
  }
  firstUpdated() {
    this.setAttribute('role', 'menu');
    this.addEventListener('click', (e) => {
      const item = e.target.closest('jp-menu-item');
      if (!item || item.bool('disabled')) return;
      this.emit('jp-select', { item });
    });
    this.addEventListener('keydown', (e) => {
      const items = [...this.querySelectorAll(':scope > jp-menu-item')];
      const at = items.indexOf(e.target.closest('jp-menu-item'));
      if (e.key === 'Enter' || e.key === ' ') {
        const item = e.target.closest('jp-menu-item');
        if (item) {
          e.preventDefault();
          item.click();
        }
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const next = items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
        if (next) next.focus();
      }
    });
  }
}
class JpMenuItem extends JpElement {
  static observedAttributes = ['disabled', 'value'];
  static styles = ':host { display: block; } :host(:focus-visible) { outline: none; } .menu-item { position: relative; display: flex; align-items: stretch; font-size: 14px; line-height: 1.6; color: var(--jp-color-neutral-700, #3f3f46); padding: 6px 12px; cursor: pointer; user-select: none; white-space: nowrap; } .menu-item:hover, :host(:focus-visible) .menu-item { background: var(--jp-color-primary-50, #f0f9ff); color: var(--jp-color-primary-700, #0369a1); } .menu-item__label { flex: 1 1 auto; display: inline-block; } .menu-item__prefix { display: inline-flex; align-items: center; } .menu-item__prefix::slotted(*) { margin-right: 8px; } .menu-item__check { display: inline-block; width: 0; }';
  render() {
    return html`<div part="base" class="menu-item"><span part="checked-icon" class="menu-item__check"></span><slot name="prefix" part="prefix" class="menu-item__prefix"></slot><slot part="label" class="menu-item__label"></slot><slot name="suffix" part="suffix" class="menu-item__suffix"></slot><span part="submenu-icon" class="menu-item__chevron"></span></div>`;
  }
  firstUpdated() {
    this.setAttribute('role', 'menuitem');
    if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '-1');
  }
  updated() {
    this.setAttribute('aria-disabled', this.bool('disabled') ? 'true' : 'false');
  }
  getTextLabel() {
    return this.textContent.trim();
  }
}
class JpDivider extends JpElement {
  static styles = ':host { --spacing: 12px; display: block; border-top: solid 1px var(--jp-color-neutral-200, #e4e4e7); margin: var(--spacing) 0; }';
  firstUpdated() {
    this.setAttribute('role', 'separator');
    this.setAttribute('aria-orientation', 'horizontal');
  }
}

// ---- jp-avatar (sl-avatar): initials inside the shadow root, role=img named by `label`.
class JpAvatar extends JpElement {
  static observedAttributes = ['initials', 'label'];
  static styles = ':host { --size: 32px; display: inline-block; } .avatar { display: inline-flex; align-items: center; justify-content: center; position: relative; width: var(--size); height: var(--size); background: var(--jp-color-primary-600, #0284c7); color: #fff; font-size: calc(var(--size) * 0.4); font-weight: 600; border-radius: 50%; user-select: none; vertical-align: middle; }';
  render() {
    return html`<div part="base" class="avatar avatar--circle" role="img" aria-label="${this.getAttribute('label') || ''}"><div part="initials" class="avatar__initials">${this.getAttribute('initials') || ''}</div></div>`;
  }
}

// ---- jp-card (sl-card)
class JpCard extends JpElement {
  static styles = ':host { display: block; } .card { display: flex; flex-direction: column; background: #fff; border: solid 1px var(--jp-color-neutral-200, #e4e4e7); border-radius: var(--jp-border-radius-large, 8px); box-shadow: 0 1px 2px rgb(0 0 0 / 5%); } .card__header { display: block; border-bottom: solid 1px var(--jp-color-neutral-200, #e4e4e7); padding: 14px 20px; } .card__header:not(.card__header--shown) { display: none; } .card__body { display: block; padding: 20px; }';
  render() {
    return html`<div part="base" class="card"><slot name="header" part="header" class="card__header"></slot><slot part="body" class="card__body"></slot><slot name="footer" part="footer" class="card__footer"></slot></div>`;
  }
  updated() {
    this.$('.card__header').classList.toggle('card__header--shown', !!this.querySelector(':scope > [slot=header]'));
  }
}

// ---- jp-badge (sl-badge)
class JpBadge extends JpElement {
  static styles = ':host { display: inline-flex; } .badge { display: inline-flex; align-items: center; justify-content: center; font-size: 12px; font-weight: 600; line-height: 1; border-radius: 999px; padding: 3px 8px; background: var(--jp-color-neutral-100, #f4f4f5); color: var(--jp-color-neutral-700, #3f3f46); white-space: nowrap; }';
  render() {
    return html`<span part="base" class="badge badge--neutral badge--pill" role="status"><slot></slot></span>`;
  }
}

// ---- jp-alert (sl-alert): role=alert in the shadow root, the message slotted; toast() moves it into
// a light-DOM stack at the end of <body>.
let toastStack = null;
class JpAlert extends JpElement {
  static observedAttributes = ['open', 'variant', 'closable'];
  static styles = `
    :host { display: contents; }
    .alert { position: relative; display: flex; align-items: stretch; background: #fff; border: solid 1px var(--jp-color-neutral-200, #e4e4e7); border-top-width: 3px; border-radius: 6px; font-size: 14px; line-height: 1.6; color: var(--jp-color-neutral-700, #3f3f46); margin: 0; }
    .alert--primary { border-top-color: var(--jp-color-primary-600, #0284c7); }
    .alert--success { border-top-color: #16a34a; }
    .alert--warning { border-top-color: #d97706; background: #fffbeb; }
    .alert--danger { border-top-color: #dc2626; }
    .alert__icon { flex: 0 0 auto; display: flex; align-items: center; font-size: 18px; padding-left: 16px; }
    .alert--warning .alert__icon { color: #d97706; } .alert--success .alert__icon { color: #16a34a; }
    .alert__message { flex: 1 1 auto; display: block; padding: 14px 16px; overflow: hidden; }
    .alert__close-button { flex: 0 0 auto; display: flex; align-items: center; font-size: 14px; padding-right: 8px; }
  `;
  render() {
    return html`<div part="base" class="alert" role="alert" aria-hidden="true" hidden><div part="icon" class="alert__icon"><slot name="icon"></slot></div><div part="message" class="alert__message" aria-live="polite"><slot></slot></div><jp-icon-button part="close-button" class="alert__close-button" name="x-lg" label="Close" hidden></jp-icon-button></div>`;
  }
  firstUpdated() {
    this.$('.alert__close-button').addEventListener('click', () => this.removeAttribute('open'));
  }
  updated() {
    const base = this.$('.alert');
    base.className = 'alert alert--' + (this.getAttribute('variant') || 'primary') + (this.bool('open') ? ' alert--open' : '') + (this.bool('closable') ? ' alert--closable' : '');
    base.hidden = !this.bool('open');
    base.setAttribute('aria-hidden', this.bool('open') ? 'false' : 'true');
    this.$('.alert__close-button').hidden = !this.bool('closable');
    if (!this.bool('open') && this._toasting) {
      this._toasting = false;
      animate(base, [{ opacity: 1 }, { opacity: 0 }], 150).then(() => this.remove());
    }
  }
  toast(duration) {
    if (!toastStack) {
      toastStack = document.createElement('div');
      toastStack.className = 'jp-toast-stack';
      document.body.append(toastStack);
    }
    toastStack.append(this);
    this._toasting = true;
    this.setAttribute('open', '');
    requestAnimationFrame(() => animate(this.$('.alert'), [{ opacity: 0, transform: 'translateY(-8px)' }, { opacity: 1, transform: 'none' }], 200));
    setTimeout(() => this.removeAttribute('open'), duration || 3000);
  }
}
/** `notify()` as Shoelace's docs write it: a closable alert created in script, then toast(). */
export function notify(message, variant, icon) {
  const alert = document.createElement('jp-alert');
  alert.setAttribute('variant', variant || 'primary');
  alert.setAttribute('closable', '');
  alert.innerHTML = '<jp-icon slot="icon" name="' + esc(icon || 'check2-circle') + '"></jp-icon>' + esc(message);
  alert.toast(3000);
  return alert;
}

/** Copy as Shoelace's copy button does (the async Clipboard API), with the textarea fallback older apps keep. */
export function copyToClipboard(text, root) {
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position: fixed; top: 0; left: 0; width: 1px; height: 1px; opacity: 0;';
    (root || document.body).append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  };
  if (!navigator.clipboard || !navigator.clipboard.writeText) return Promise.resolve(fallback());
  return Promise.race([
    navigator.clipboard.writeText(text).then(() => true, () => fallback()),
    new Promise((resolve) => setTimeout(() => resolve(fallback()), 1500)),
  ]);
}

// ---- jp-copy-button (sl-copy-button): an icon-only button copying another element's property.
class JpCopyButton extends JpElement {
  static observedAttributes = ['from', 'copy-label', 'success-label'];
  static styles = ':host { display: inline-block; color: var(--jp-color-neutral-600, #52525b); position: relative; } .copy-button__button { flex: 0 0 auto; display: flex; align-items: center; background: none; border: none; border-radius: 4px; font-size: 16px; color: inherit; padding: 6px; cursor: pointer; } .copy-button__button:hover { color: var(--jp-color-primary-600, #0284c7); } .copy-button--success .copy-button__button { color: #16a34a; } .tooltip { position: absolute; bottom: calc(100% + 6px); left: 50%; transform: translateX(-50%); background: #27272a; color: #fff; font-size: 12px; border-radius: 4px; padding: 4px 8px; white-space: nowrap; pointer-events: none; }';
  render() {
    const label = this.getAttribute('copy-label') || 'Copy';
    return html`<div part="base" class="copy-button"><button class="copy-button__button" part="button" type="button" aria-label="${label}"><slot part="copy-icon" name="copy-icon"><jp-icon name="copy"></jp-icon></slot><slot part="success-icon" name="success-icon" hidden><jp-icon name="check"></jp-icon></slot></button><div part="tooltip__body" class="tooltip" role="tooltip" aria-live="polite" hidden>${label}</div></div>`;
  }
  firstUpdated() {
    const button = this.$('button');
    const tip = this.$('.tooltip');
    button.addEventListener('mouseenter', () => {
      tip.hidden = false;
    });
    button.addEventListener('mouseleave', () => {
      if (!this._busy) tip.hidden = true;
    });
    button.addEventListener('click', async () => {
      if (this._busy) return;
      const [id, prop] = (this.getAttribute('from') || '').split('.');
      const root = this.getRootNode();
      const source = root.getElementById ? root.getElementById(id) : null;
      if (!source) return;
      const value = prop ? source[prop] : source.getAttribute('value') || source.textContent;
      this._busy = true;
      const ok = await copyToClipboard(String(value || ''), this.shadowRoot);
      tip.textContent = ok ? this.getAttribute('success-label') || 'Copied' : 'Error';
      tip.hidden = false;
      this.$('.copy-button').classList.toggle('copy-button--success', ok);
      this.$('slot[name=copy-icon]').hidden = ok;
      this.$('slot[name=success-icon]').hidden = !ok;
      this.emit(ok ? 'jp-copy' : 'jp-error', { value });
      setTimeout(() => {
        this._busy = false;
        tip.hidden = true;
        tip.textContent = this.getAttribute('copy-label') || 'Copy';
        this.$('.copy-button').classList.remove('copy-button--success');
        this.$('slot[name=copy-icon]').hidden = false;
        this.$('slot[name=success-icon]').hidden = true;
      }, 1000);
    });
  }
}

// ---- jp-nav-item: the app's side-navigation link (an <a part="base"> in the shadow root, words slotted).
class JpNavItem extends JpElement {
  static observedAttributes = ['href', 'current'];
  static delegatesFocus = true;
  static styles = ':host { display: block; } .nav-item { display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-radius: 6px; color: var(--jp-color-neutral-700, #3f3f46); text-decoration: none; font-size: 14px; } .nav-item:hover { background: var(--jp-color-neutral-100, #f4f4f5); } .nav-item--current { background: var(--jp-color-primary-50, #f0f9ff); color: var(--jp-color-primary-700, #0369a1); font-weight: 600; }';
  render() {
    return html`<a part="base" class="nav-item" href="${this.getAttribute('href') || '#'}"><slot name="prefix"></slot><slot></slot></a>`;
  }
  updated() {
    const a = this.$('a');
    a.setAttribute('href', this.getAttribute('href') || '#');
    a.classList.toggle('nav-item--current', this.bool('current'));
    if (this.bool('current')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// ---- jp-table: the app's data table; the whole <table> inside the shadow root, rows set as a property.
class JpTable extends JpElement {
  static styles = `
    :host { display: block; }
    .table-wrap { overflow-x: auto; }
    table { width: 100%; border-collapse: collapse; font-size: 14px; }
    th { text-align: left; font-weight: 600; color: var(--jp-color-neutral-600, #52525b); background: var(--jp-color-neutral-50, #fafafa); padding: 10px 16px; border-bottom: solid 1px var(--jp-color-neutral-200, #e4e4e7); font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; }
    td { padding: 12px 16px; border-bottom: solid 1px var(--jp-color-neutral-100, #f4f4f5); color: var(--jp-color-neutral-800, #27272a); }
    tr:last-child td { border-bottom: none; }
    code { font-family: var(--jp-font-mono, ui-monospace, Menlo, monospace); font-size: 13px; background: var(--jp-color-neutral-100, #f4f4f5); border-radius: 4px; padding: 2px 6px; }
    .muted { color: var(--jp-color-neutral-500, #71717a); }
    .state { display: flex; align-items: center; justify-content: center; gap: 10px; padding: 32px; color: var(--jp-color-neutral-500, #71717a); }
  `;
  constructor() {
    super();
    this.columns = [];
    this._rows = [];
    this._loading = false;
  }
  set rows(v) {
    this._rows = v || [];
    this.requestUpdate();
  }
  get rows() {
    return this._rows;
  }
  set loading(v) {
    this._loading = !!v;
    this.requestUpdate();
  }
  get loading() {
    return this._loading;
  }
  render() {
    return html`<div part="base" class="table-wrap"></div>`;
  }
  updated() {
    const wrap = this.$('.table-wrap');
    if (this._loading) {
      wrap.innerHTML = html`<div class="state" part="loading"><jp-spinner></jp-spinner><span>Loading tokens…</span></div>`.__html;
      return;
    }
    const head = this.columns.map((c) => html`<th part="header-cell" scope="col">${c.label}</th>`);
    const body = this._rows.length
      ? this._rows.map((r) => html`<tr part="row">${this.columns.map((c) => html`<td part="cell">${c.cell(r)}</td>`)}</tr>`)
      : [html`<tr part="row"><td part="cell" colspan="${this.columns.length}"><div class="state">${this.getAttribute('empty-text') || 'No data'}</div></td></tr>`];
    wrap.innerHTML = html`<table part="table"><thead part="head"><tr>${head}</tr></thead><tbody part="body">${body}</tbody></table>`.__html;
  }
}

customElements.define('jp-icon', JpIcon);
customElements.define('jp-spinner', JpSpinner);
customElements.define('jp-button', JpButton);
customElements.define('jp-icon-button', JpIconButton);
customElements.define('jp-input', JpInput);
customElements.define('jp-dialog', JpDialog);
customElements.define('jp-dropdown', JpDropdown);
customElements.define('jp-menu', JpMenu);
customElements.define('jp-menu-item', JpMenuItem);
customElements.define('jp-divider', JpDivider);
customElements.define('jp-avatar', JpAvatar);
customElements.define('jp-card', JpCard);
customElements.define('jp-badge', JpBadge);
customElements.define('jp-alert', JpAlert);
customElements.define('jp-copy-button', JpCopyButton);
customElements.define('jp-nav-item', JpNavItem);
customElements.define('jp-table', JpTable);
