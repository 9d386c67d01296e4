// The markup @servicetitan/anvil2 components render (see ../README section "ServiceTitan"):
// Button, TextField (label + input), Textarea with a counter, Combobox (downshift's useCombobox /
// useSelect attributes), RadioGroup, Checkbox, Dialog (a native <dialog> opened with showModal(),
// rendered closed at page load), Tooltip (floating element with role=tooltip, shown on hover/focus).
import { cls, controlledChecked, controlledValue, h, replaceChildren, useId } from './dom.js';

const ICONS = {
  close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
  chevronDown: 'M7.41 8.59 12 13.17l4.59-4.58L18 10l-6 6-6-6z',
  copy: 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z',
  check: 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z',
  trash: 'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z',
  back: 'M15.41 16.09l-4.58-4.59 4.58-4.59L14 5.5l-6 6 6 6z',
};

export function Icon(name) {
  return h('svg', { class: cls('icon'), viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false', fill: 'currentColor' }, h('path', { d: ICONS[name] }));
}

export function Button({ label, appearance = 'secondary', icon, ariaLabel, onClick, disabled, size = 'medium' }) {
  return h(
    'button',
    {
      type: 'button',
      class: `${cls('button')} ${cls(appearance)}`,
      'data-size': size,
      'aria-label': ariaLabel,
      disabled,
      onClick,
    },
    icon ? Icon(icon) : null,
    label ? h('span', { class: cls('button-text') }, label) : null,
  );
}

export function FieldLabel({ htmlFor, id, text, required }) {
  return h(
    'label',
    { class: cls('field-label'), for: htmlFor, id },
    text,
    required ? h('span', { class: cls('required'), 'aria-hidden': 'true' }, ' *') : null,
  );
}

/** label + input; value kept as React would (see dom.js). */
export function TextField({ label, value = '', placeholder, required, readOnly, hint, onChange = () => {}, maxLength, mono }) {
  const id = useId();
  const hintId = hint ? useId() : undefined;
  const input = h('input', {
    id,
    type: 'text',
    class: `${cls('input')}${mono ? ` ${cls('mono')}` : ''}`,
    placeholder,
    required,
    readonly: readOnly,
    maxlength: maxLength,
    'aria-describedby': hintId,
  });
  const control = controlledValue(input, value, onChange);
  const error = h('div', { class: cls('error-text'), role: 'alert', hidden: true });
  const root = h(
    'div',
    { class: cls('text-field') },
    FieldLabel({ htmlFor: id, text: label, required }),
    h('div', { class: cls('input-wrapper') }, input),
    hint ? h('div', { id: hintId, class: cls('helper-text') }, hint) : null,
    error,
  );
  return {
    root,
    input,
    set: control.set,
    setError(text) {
      error.hidden = !text;
      error.textContent = text || '';
      input.setAttribute('aria-invalid', text ? 'true' : 'false');
    },
  };
}

export function Textarea({ label, value = '', maxLength = 10000, placeholder, onChange = () => {} }) {
  const id = useId();
  const counterId = useId();
  const area = h('textarea', { id, class: cls('textarea'), rows: 4, maxlength: maxLength, placeholder, 'aria-describedby': counterId });
  const counter = h('div', { id: counterId, class: cls('counter') }, `${value.length}/${maxLength}`);
  controlledValue(area, value, (v) => {
    counter.textContent = `${v.length}/${maxLength}`;
    onChange(v);
  });
  return { root: h('div', { class: cls('textarea-field') }, FieldLabel({ htmlFor: id, text: label }), area, counter), input: area };
}

/**
 * Anvil2 Combobox (downshift 9). `searchable`: an <input role="combobox"> (useCombobox);
 * otherwise a select-only trigger <div role="combobox" tabindex="0"> (useSelect).
 * items: [{id, label, group?}]; the menu lists options only while open.
 */
export function Combobox({ label, items, selected = null, searchable = true, placeholder, onChange = () => {}, disabled }) {
  const base = `downshift-${useId()}`;
  const ids = { label: `${base}-label`, input: `${base}-input`, toggle: `${base}-toggle-button`, menu: `${base}-menu` };
  let current = selected;
  let open = false;
  let highlighted = -1;
  let query = '';
  const menu = h('ul', { id: ids.menu, role: 'listbox', 'aria-labelledby': ids.label, class: cls('listbox'), tabindex: '-1' });
  const visibleItems = () => {
    const q = query.trim().toLowerCase();
    return q && searchable ? items.filter((i) => i.label.toLowerCase().includes(q)) : items;
  };

  let trigger;
  let inputControl;
  if (searchable) {
    trigger = h('input', {
      id: ids.input,
      role: 'combobox',
      class: cls('combobox-input'),
      'aria-activedescendant': '',
      'aria-autocomplete': 'list',
      'aria-controls': ids.menu,
      'aria-expanded': 'false',
      'aria-labelledby': ids.label,
      autocomplete: 'off',
      placeholder,
      disabled,
    });
    inputControl = controlledValue(trigger, current ? current.label : '', (v) => {
      query = v;
      highlighted = -1;
      setOpen(true);
    });
    trigger.addEventListener('click', () => setOpen(!open));
  } else {
    trigger = h('div', {
      id: ids.toggle,
      role: 'combobox',
      tabindex: disabled ? '-1' : '0',
      class: cls('select-trigger'),
      'aria-activedescendant': '',
      'aria-controls': ids.menu,
      'aria-expanded': 'false',
      'aria-haspopup': 'listbox',
      'aria-labelledby': ids.label,
      'aria-disabled': disabled ? 'true' : undefined,
    });
    trigger.addEventListener('click', () => { if (!disabled) setOpen(!open); });
  }
  const toggle = searchable
    ? h('button', { type: 'button', id: ids.toggle, class: cls('toggle'), tabindex: '-1', 'aria-label': 'toggle menu', 'aria-controls': ids.menu, 'aria-expanded': 'false', disabled, onClick: () => { setOpen(!open); trigger.focus(); } }, Icon('chevronDown'))
    : h('span', { class: cls('chevron'), 'aria-hidden': 'true' }, Icon('chevronDown'));

  function renderTrigger() {
    if (searchable) inputControl.set(open ? query : current ? current.label : '');
    else replaceChildren(trigger, current ? current.label : h('span', { class: cls('placeholder') }, placeholder || 'Select'));
  }

  function renderMenu() {
    trigger.setAttribute('aria-expanded', String(open));
    if (searchable) toggle.setAttribute('aria-expanded', String(open));
    const list = open ? visibleItems() : [];
    const active = open && highlighted >= 0 && list[highlighted] ? `${base}-item-${highlighted}` : '';
    trigger.setAttribute('aria-activedescendant', active);
    menu.classList.toggle(cls('open'), open);
    let lastGroup;
    const nodes = [];
    list.forEach((item, index) => {
      if (item.group && item.group !== lastGroup) {
        lastGroup = item.group;
        nodes.push(h('li', { role: 'presentation', class: cls('group-label') }, item.group));
      }
      nodes.push(
        h(
          'li',
          {
            id: `${base}-item-${index}`,
            role: 'option',
            'aria-selected': String(current !== null && current.id === item.id),
            'aria-disabled': 'false',
            class: `${cls('option')}${index === highlighted ? ` ${cls('highlighted')}` : ''}`,
            onMousemove: () => { if (highlighted !== index) { highlighted = index; renderMenu(); } },
            onMousedown: (e) => e.preventDefault(),
            onClick: () => choose(item),
          },
          item.label,
        ),
      );
    });
    if (open && list.length === 0) nodes.push(h('li', { class: cls('empty') }, 'No results'));
    replaceChildren(menu, nodes);
  }

  function setOpen(value) {
    open = value;
    if (!open) query = '';
    renderTrigger();
    renderMenu();
  }

  function choose(item) {
    current = item;
    query = '';
    open = false;
    renderTrigger();
    renderMenu();
    onChange(item);
  }

  trigger.addEventListener('keydown', (e) => {
    const list = visibleItems();
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      highlighted = Math.min(list.length - 1, highlighted + 1);
      renderMenu();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlighted = Math.max(0, highlighted - 1);
      renderMenu();
    } else if (e.key === 'Enter' && open && list[highlighted]) {
      e.preventDefault();
      choose(list[highlighted]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  });
  trigger.addEventListener('blur', () => { if (open) setOpen(false); });

  renderTrigger();
  renderMenu();
  const root = h(
    'div',
    { class: cls('combobox') },
    h('label', { id: ids.label, for: searchable ? ids.input : ids.toggle, class: cls('field-label') }, label),
    h('div', { class: cls('combobox-field') }, trigger, toggle),
    menu,
  );
  return {
    root,
    trigger,
    get value() { return current; },
    setItems(next) { items = next; renderMenu(); },
    select(item) { current = item; renderTrigger(); renderMenu(); },
  };
}

/** Checkbox: input + drawn box (+ label when given). */
export function Checkbox({ label, checked = false, onChange = () => {}, disabled }) {
  const id = useId();
  const input = h('input', { id, type: 'checkbox', class: cls('checkbox-input'), disabled });
  const control = controlledChecked(input, checked, onChange);
  const root = h(
    'div',
    { class: cls('checkbox') },
    input,
    h('span', { class: cls('checkbox-box'), 'aria-hidden': 'true' }, Icon('check')),
    label ? h('label', { for: id, class: cls('checkbox-label') }, label) : null,
  );
  return { root, input, set: control.set };
}

/** RadioGroup: fieldset + legend; each option a radio, its label and a description. */
export function RadioGroup({ legend, options, value = null, onChange = () => {} }) {
  const name = useId();
  let current = value;
  const radios = [];
  const rows = options.map((option) => {
    const id = useId();
    const descriptionId = option.description ? useId() : undefined;
    const input = h('input', { id, type: 'radio', name, value: option.value, class: cls('radio-input'), 'aria-describedby': descriptionId });
    const control = controlledChecked(input, current === option.value, (checked) => {
      if (!checked) return false;
      current = option.value;
      for (const r of radios) if (r.option !== option) r.control.set(false);
      onChange(option.value);
      return true;
    });
    radios.push({ option, control });
    return h(
      'div',
      { class: cls('radio') },
      input,
      h('span', { class: cls('radio-circle'), 'aria-hidden': 'true' }),
      h('div', null, h('label', { for: id, class: cls('radio-label') }, option.label), option.description ? h('div', { id: descriptionId, class: cls('helper-text') }, option.description) : null),
    );
  });
  return { root: h('fieldset', { class: cls('radio-group') }, h('legend', { class: cls('legend') }, legend), rows), get value() { return current; } };
}

/**
 * Dialog: a native <dialog> rendered (closed) with the page and opened with showModal(), so the
 * rest of the page is inert under ::backdrop while it is open. Named by its header.
 */
export function Dialog({ title, content = [], footer = [], onClose = () => {}, size = 'medium' }) {
  const titleId = useId();
  const heading = h('h2', { id: titleId, class: cls('dialog-title') }, title);
  const body = h('div', { class: cls('dialog-content') }, content);
  const foot = h('div', { class: cls('dialog-footer') }, footer);
  const dialog = h(
    'dialog',
    { class: `${cls('dialog')} ${cls(size)}`, 'aria-labelledby': titleId },
    h('div', { class: cls('dialog-header') }, heading, Button({ appearance: 'ghost', icon: 'close', ariaLabel: 'Close Dialog', onClick: () => close() })),
    body,
    foot,
  );
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  function close() {
    if (dialog.open) dialog.close();
    onClose();
  }
  document.body.append(dialog);
  return {
    dialog,
    open() { if (!dialog.open) dialog.showModal(); },
    close,
    setTitle(text) { heading.textContent = text; },
    setContent(...nodes) { replaceChildren(body, nodes); },
    setFooter(...nodes) { replaceChildren(foot, nodes); },
  };
}

/** Tooltip: floating text (role=tooltip) shown while the trigger is hovered or focused. */
export function withTooltip(trigger, text) {
  const id = useId();
  let tip = null;
  const show = () => {
    if (tip) return;
    tip = h('div', { id, role: 'tooltip', class: cls('tooltip') }, text);
    (trigger.closest('dialog') || document.body).append(tip);
    const r = trigger.getBoundingClientRect();
    Object.assign(tip.style, { position: 'fixed', left: `${Math.round(r.left + r.width / 2)}px`, top: `${Math.round(r.top - 8)}px`, transform: 'translate(-50%, -100%)' });
    trigger.setAttribute('aria-describedby', id);
  };
  const hide = () => {
    tip?.remove();
    tip = null;
    trigger.removeAttribute('aria-describedby');
  };
  trigger.addEventListener('mouseenter', show);
  trigger.addEventListener('focus', show);
  trigger.addEventListener('mouseleave', hide);
  trigger.addEventListener('blur', hide);
  return trigger;
}

export function Card(...children) {
  return h('section', { class: cls('card') }, children);
}

export function Toast(text) {
  const toast = h('div', { role: 'status', class: cls('toast') }, text);
  document.body.append(toast);
  setTimeout(() => toast.remove(), 4000);
}

/** A full-page "Loading…" spinner, as Anvil2's Spinner with its label. */
export function Spinner(label = 'Loading…') {
  return h('div', { class: cls('spinner'), role: 'status' }, h('span', { class: cls('spinner-circle'), 'aria-hidden': 'true' }), label);
}
