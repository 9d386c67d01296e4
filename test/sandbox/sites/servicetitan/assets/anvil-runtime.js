// A tiny React-like runtime shared by the ServiceTitan sandbox pages: hyperscript, CSS-in-JS with
// generated class names, React-style ids (":r3:"), dialogs added to/removed from <body>, toasts,
// and the same-origin sandbox backend. Plain browser JS, served as is.
(function () {
  'use strict';

  function hash(text) {
    let h = 5381;
    for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
    return h.toString(36);
  }

  const styleEl = document.createElement('style');
  styleEl.setAttribute('data-emotion', 'css');
  document.head.appendChild(styleEl);
  const seenClasses = new Set();

  /** css`& {…} &:hover {…}` → a generated class name; "&" stands for the class. */
  function css(rules) {
    const cls = 'css-' + hash(rules).slice(0, 7);
    if (!seenClasses.has(cls)) {
      seenClasses.add(cls);
      styleEl.appendChild(document.createTextNode(rules.replace(/&/g, '.' + cls) + '\n'));
    }
    return cls;
  }

  function global(rules) {
    styleEl.appendChild(document.createTextNode(rules + '\n'));
  }

  let idCounter = 0;
  function useId() {
    idCounter += 1;
    return ':r' + idCounter.toString(36) + ':';
  }

  function appendChildren(el, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false || child === true) continue;
      if (Array.isArray(child)) appendChildren(el, child);
      else if (child instanceof Node) el.appendChild(child);
      else el.appendChild(document.createTextNode(String(child)));
    }
  }

  /** h('div', {class, onClick, ...attrs}, ...children) */
  function h(tag, props) {
    const el = document.createElement(tag);
    const children = Array.prototype.slice.call(arguments, 2);
    if (props) {
      for (const key of Object.keys(props)) {
        const value = props[key];
        if (value === undefined || value === null || value === false) continue;
        if (key === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
        else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
        else if (key === 'value') el.value = value;
        else if (key === 'checked') el.checked = value;
        else if (key === 'selected') el.selected = value;
        else if (key === 'ref') value(el);
        else el.setAttribute(key, value === true ? '' : String(value));
      }
    }
    appendChildren(el, children);
    return el;
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Like a real SPA: content arrives 200–600 ms after the route renders. */
  function networkDelay() {
    return sleep(200 + Math.floor(Math.random() * 400));
  }

  async function api(path, options) {
    const init = { method: (options && options.method) || 'GET', headers: { Accept: 'application/json' } };
    if (options && options.body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    const [response] = await Promise.all([fetch('/__sandbox__/' + path, init), networkDelay()]);
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!response.ok) {
      const message = (data && data.error && data.error.message) || 'Request failed (' + response.status + ')';
      throw new Error(message);
    }
    return data;
  }

  function listOf(data, key) {
    if (Array.isArray(data)) return data;
    if (data && Array.isArray(data[key])) return data[key];
    return [];
  }

  const c = {
    primary: '#0265dc',
    primaryHover: '#0054b6',
    text: '#141414',
    muted: '#5c6168',
    border: '#dfe0e1',
    bg: '#f6f7f8',
    danger: '#e13212',
    success: '#2fa84f',
  };

  global(
    '*{box-sizing:border-box}html,body{margin:0;padding:0}body{font-family:"Sofia Pro","Nunito Sans",-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:' +
      c.text +
      ';background:' +
      c.bg +
      '}a{color:' +
      c.primary +
      ';text-decoration:none}a:hover{text-decoration:underline}@keyframes spin{to{transform:rotate(360deg)}}@keyframes fadein{from{opacity:0;transform:translateY(8px)}to{opacity:1;transform:none}}',
  );

  const buttonBase =
    'display:inline-flex;align-items:center;gap:6px;height:36px;padding:0 16px;border-radius:4px;font:inherit;font-weight:600;cursor:pointer;white-space:nowrap;';
  const styles = {
    btnPrimary: css(
      '& {' + buttonBase + 'background:' + c.primary + ';color:#fff;border:1px solid ' + c.primary + '} &:hover{background:' + c.primaryHover + '} &:disabled{opacity:.5;cursor:not-allowed}',
    ),
    btnSecondary: css(
      '& {' + buttonBase + 'background:#fff;color:' + c.text + ';border:1px solid #bcbfc3} &:hover{background:#f0f1f2} &:disabled{opacity:.5;cursor:not-allowed}',
    ),
    btnLink: css('& {background:none;border:0;padding:0;font:inherit;color:' + c.primary + ';cursor:pointer} &:hover{text-decoration:underline}'),
    btnSmall: css('& {height:28px;padding:0 10px;font-size:13px}'),
    card: css('& {background:#fff;border:1px solid ' + c.border + ';border-radius:8px;padding:24px;animation:fadein .2s}'),
    spinnerWrap: css('& {display:flex;align-items:center;justify-content:center;gap:10px;padding:48px;color:' + c.muted + '}'),
    spinner: css('& {width:20px;height:20px;border:3px solid #cfe0f7;border-top-color:' + c.primary + ';border-radius:50%;animation:spin .8s linear infinite}'),
    table: css(
      '& {width:100%;border-collapse:collapse;background:#fff} & th{text-align:left;font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:' +
        c.muted +
        ';padding:10px 12px;border-bottom:2px solid ' +
        c.border +
        ';background:#fafbfb} & td{padding:12px;border-bottom:1px solid ' +
        c.border +
        ';vertical-align:middle} & tr:hover td{background:#f7faff}',
    ),
    field: css('& {display:flex;flex-direction:column;gap:6px;margin-bottom:18px}'),
    label: css('& {font-weight:600;font-size:13px}'),
    help: css('& {font-size:12px;color:' + c.muted + '}'),
    input: css(
      '& {height:36px;padding:0 10px;border:1px solid #bcbfc3;border-radius:4px;font:inherit;background:#fff;color:' +
        c.text +
        '} &:focus{outline:none;border-color:' +
        c.primary +
        ';box-shadow:0 0 0 3px #cfe0f7} &[readonly]{background:#f6f7f8} &[aria-invalid=true]{border-color:' +
        c.danger +
        '}',
    ),
    textarea: css('& {min-height:96px;padding:8px 10px;border:1px solid #bcbfc3;border-radius:4px;font:inherit;resize:vertical}'),
    errorText: css('& {font-size:12px;color:' + c.danger + '}'),
    backdrop: css('& {position:fixed;inset:0;background:rgba(20,20,20,.45);display:flex;align-items:center;justify-content:center;z-index:1000;animation:fadein .15s}'),
    dialog: css('& {background:#fff;border-radius:8px;width:min(560px,calc(100vw - 32px));max-height:calc(100vh - 64px);display:flex;flex-direction:column;box-shadow:0 12px 40px rgba(0,0,0,.25)}'),
    dialogHead: css('& {display:flex;align-items:center;justify-content:space-between;padding:18px 24px;border-bottom:1px solid ' + c.border + '} & h2{margin:0;font-size:18px}'),
    dialogBody: css('& {padding:20px 24px;overflow:auto}'),
    dialogFoot: css('& {display:flex;justify-content:flex-end;gap:8px;padding:14px 24px;border-top:1px solid ' + c.border + '}'),
    closeX: css('& {background:none;border:0;font-size:22px;line-height:1;color:' + c.muted + ';cursor:pointer;padding:4px}'),
    toast: css('& {position:fixed;bottom:24px;left:50%;transform:translateX(-50%);background:#141414;color:#fff;padding:10px 18px;border-radius:6px;z-index:2000;animation:fadein .2s}'),
    banner: css('& {padding:10px 14px;border-radius:6px;margin-bottom:16px;font-size:13px}'),
    bannerInfo: css('& {background:#e6f0fc;border:1px solid #b3d0f5}'),
    srOnly: css('& {position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}'),
    bannerWarn: css('& {background:#fff4e5;border:1px solid #f5c77e}'),
  };

  function spinner(text) {
    return h('div', { class: styles.spinnerWrap, role: 'status' }, h('div', { class: styles.spinner }), text || 'Loading…');
  }

  /** A modal dialog appended to <body>; returns {element, close}. Removed from the DOM on close. */
  function openDialog(options) {
    const titleId = useId();
    let closed = false;
    const backdrop = h('div', { class: styles.backdrop });
    function close() {
      if (closed) return;
      closed = true;
      document.removeEventListener('keydown', onKey);
      backdrop.remove();
      if (options.onClose) options.onClose();
    }
    function onKey(event) {
      if (event.key === 'Escape' && options.dismissible !== false) close();
    }
    const dialog = h(
      'div',
      { class: styles.dialog, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
      h(
        'div',
        { class: styles.dialogHead },
        h('h2', { id: titleId }, options.title),
        h('button', { type: 'button', class: styles.closeX, 'aria-label': 'Close', onClick: close }, '×'),
      ),
      h('div', { class: styles.dialogBody }, options.body),
      options.footer ? h('div', { class: styles.dialogFoot }, options.footer(close)) : null,
    );
    backdrop.appendChild(dialog);
    document.addEventListener('keydown', onKey);
    document.body.appendChild(backdrop);
    return { element: dialog, close };
  }

  function toast(text) {
    const el = h('div', { class: styles.toast, role: 'status' }, text);
    document.body.appendChild(el);
    setTimeout(() => el.remove(), 2500);
  }

  /** A labelled form control, the way Anvil renders it. */
  function field(labelText, control, options) {
    const id = control.id || useId();
    control.id = id;
    const helpId = options && options.help ? useId() : null;
    if (helpId) control.setAttribute('aria-describedby', helpId);
    return h(
      'div',
      { class: styles.field },
      h('label', { for: id, class: styles.label }, labelText, options && options.required ? h('span', { 'aria-hidden': 'true', style: 'color:' + c.danger }, ' *') : null),
      control,
      helpId ? h('div', { id: helpId, class: styles.help }, options.help) : null,
    );
  }

  function randomChars(count, alphabet) {
    const chars = alphabet || 'abcdefghijklmnopqrstuvwxyz0123456789';
    const bytes = crypto.getRandomValues(new Uint8Array(count));
    let out = '';
    for (let i = 0; i < count; i++) out += chars[bytes[i] % chars.length];
    return out;
  }

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard may be refused (no focus / permission): the value stays selectable in the field.
    }
    toast('Copied to clipboard');
  }

  function formatDate(value) {
    const d = value ? new Date(value) : null;
    if (!d || isNaN(d.getTime())) return '—';
    return d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  }

  window.Anvil = { h, css, useId, sleep, networkDelay, api, listOf, styles, colors: c, spinner, openDialog, toast, field, randomChars, copyText, formatDate };
})();
