import { patternOf as re } from '../../utils/guide/text';
import { beforeEach, describe, expect, it } from 'vitest';
import { containersFor, locate, locateAll } from '../../utils/guide/locate';
import { fold, matches, readableName } from '../../utils/guide/text';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('text', () => {
  it('folds whitespace, NBSP and zero-width characters', () => {
    expect(fold('  Generate\u00A0\n Token\u200B ')).toBe('Generate Token');
    expect(matches('GENERATE   token', 'generate token')).toBe(true);
    expect(matches('Generate token', re(/^generate token$/i))).toBe(true);
    expect(matches('Regenerate', re(/^generate/i))).toBe(false);
  });

  it('reads names from aria-label, aria-labelledby, alt, input value and text', () => {
    document.body.innerHTML = `
      <button id="a" aria-label="Close dialog">×</button>
      <span id="lbl">Token name</span><input id="b" aria-labelledby="lbl">
      <img id="c" alt="Company logo"><input id="d" type="submit" value="Save"><a id="e" href="#">  Settings </a>`;
    const name = (id: string) => readableName(document.getElementById(id)!);
    expect([name('a'), name('b'), name('c'), name('d'), name('e')]).toEqual(['Close dialog', 'Token name', 'Company logo', 'Save', 'Settings']);
  });
});

describe('locate', () => {
  it('finds buttons by role and name, exact names first, and falls back to clickable things', () => {
    document.body.innerHTML = `
      <button>Generate Token help</button>
      <button>+ Generate Token</button>
      <div ng-click="go()">Developers</div>
      <a href="#/settings">Settings</a>`;
    expect(locate({ role: 'button', name: re(/^\+?\s*generate (api )?token$/i) })?.textContent).toBe('+ Generate Token');
    expect(locate({ role: 'button', name: 'generate token' })?.textContent).toBe('+ Generate Token');
    expect(locate({ role: 'link', name: re(/^developers$/i) })?.getAttribute('ng-click')).toBe('go()');
    expect(locate({ role: 'link', name: re(/^settings$/i) })?.tagName).toBe('A');
    expect(locate({ role: 'button', name: 'Nothing like this' })).toBeNull();
  });

  it('ignores hidden elements (display:none, hidden ancestors, closed dialogs)', () => {
    document.body.innerHTML = `
      <div hidden><button>Generate Token</button></div>
      <div style="display:none"><h2>Developers</h2></div>
      <dialog><p>closed</p></dialog>
      <span style="visibility:hidden"><a href="#">Developers</a></span>`;
    expect(locate({ role: 'button', name: 'Generate Token' })).toBeNull();
    expect(locate({ role: 'heading', name: 'Developers' })).toBeNull();
    expect(locate({ role: 'dialog' })).toBeNull();
    expect(locate({ role: 'link', name: 'Developers' })).toBeNull();
  });

  it('finds dialogs by role, <dialog open> and aria-modal, and narrows with within', () => {
    document.body.innerHTML = `
      <button>Generate</button>
      <div class="modal" aria-modal="true"><h3>New token</h3><button>Generate</button></div>`;
    const dialog = locate({ role: 'dialog' });
    expect(dialog?.className).toBe('modal');
    expect(locate({ role: 'button', name: re(/generate/i), within: { role: 'dialog' } })?.parentElement).toBe(dialog);
    document.body.innerHTML = '<dialog open><p>Hi</p></dialog>';
    expect(locate({ role: 'dialog' })?.tagName).toBe('DIALOG');
  });

  it('finds form controls by every kind of label', () => {
    document.body.innerHTML = `
      <label for="n1">Token Name *</label><input id="n1">
      <label>Description <textarea></textarea></label>
      <input aria-label="Search">
      <input placeholder="Email address">
      <div><span>Homepage</span></div><div><input id="hp"></div>
      <span id="org">Organization</span><select aria-labelledby="org"><option>A</option></select>`;
    expect(locate({ label: re(/^token name/i) })?.id).toBe('n1');
    expect(locate({ label: 'Description' })?.tagName).toBe('TEXTAREA');
    expect(locate({ label: 'search' })?.getAttribute('aria-label')).toBe('Search');
    expect(locate({ label: 'email address' })?.getAttribute('placeholder')).toBe('Email address');
    expect(locate({ label: 'Homepage' })?.id).toBe('hp');
    expect(locate({ label: 'Organization' })?.tagName).toBe('SELECT');
  });

  it('finds the smallest element with a text, and rows containing a text', () => {
    document.body.innerHTML = `
      <div><section><p>Your new token: <b>copy it now</b></p></section></div>
      <table><tr><td>Zapier</td><td>2024</td></tr><tr><td>HeavySet Tech</td><td>2025</td></tr></table>`;
    expect(locate({ text: 'copy it now' })?.tagName).toBe('B');
    expect(locate({ text: re(/new token: copy/i) })?.tagName).toBe('P');
    expect(locate({ rowContaining: re(/heavyset tech/i) })?.textContent).toContain('2025');
    expect(locateAll({ rowContaining: 'nobody' })).toEqual([]);
  });

  it('finds a record among sibling records without row markup: a <dl> per app, not the <dd> holding the name', () => {
    document.body.innerHTML = `
      <section>
        <dl class="app"><dt>Application</dt><dd>Zapier</dd><dt>Status</dt><dd>Connected</dd></dl>
        <dl class="app"><dt>Application</dt><dd>HeavySet Tech</dd><dt>Status</dt><dd>Not connected</dd><button>Edit</button></dl>
      </section>`;
    const row = locate({ rowContaining: re(/^heavyset tech$/i) });
    expect(row?.tagName).toBe('DL');
    expect(row?.textContent).toContain('Not connected');
    expect(locate({ rowContaining: re(/^zapier$/i) })?.textContent).toContain('Connected');
  });


  it('takes the whole card for the record, not its name block beside an icon block of the same tag (Knockout portal cards)', () => {
    const card = (name: string) => `
      <div class="row"><div class="col-4"><div><svg></svg></div><div><span>${name}</span><br><span>${name}</span></div></div>
        <div class="col-5"><span>Version 1</span></div><div class="col-3"><button>Edit</button><button>View Connections</button></div></div>`;
    document.body.innerHTML = `<main><div class="row"></div>${card('Acme Dispatch Sync')}${card('HeavySet Tech')}</main>`;
    const row = locate({ rowContaining: re(/^heavyset tech$/i) });
    expect(row?.className).toBe('row');
    expect(row?.querySelector('button')?.textContent).toBe('Edit');
  });

  it('takes a card for a record when its twins start otherwise (a photo or initials; a badge on one card only)', () => {
    document.body.innerHTML = `<main>
      <div class="app"><img alt=""><span>Acme Dispatch Sync</span><button>Edit Acme Dispatch</button></div>
      <div class="app"><span class="initials">HT</span><span>HeavySet Tech</span><button>Edit HeavySet</button></div></main>
      <section class="group"><h3>Active</h3><div class="app"><span class="badge">New</span><span>Zapier</span><button>Edit Zapier</button></div></section>
      <section class="group"><h3>Inactive</h3><div class="app"><img alt=""><span>Old sync</span><button>Edit Old sync</button></div></section>`;
    expect(locate({ rowContaining: re(/^heavyset tech$/i) })?.querySelector('button')?.textContent).toBe('Edit HeavySet');
    expect(locate({ role: 'button', within: { rowContaining: re(/^zapier$/i) } })?.textContent).toBe('Edit Zapier');
  });

  it('takes a toast in a list item for an announcement, not a record; a status badge in a row still counts', () => {
    // Chakra UI's toasts are list items holding a role=status alert.
    const page = (rows: string) => `
      <ul id="toasts"><li><div class="chakra-toast"><div role="status" class="chakra-alert"><div>Tag added</div>
        <div>“HeavySet Tech” can now be chosen by connected apps.</div></div></div></li></ul>
      <div class="toast-stack"><div class="toast"><span role="alert">HeavySet Tech connected</span></div><div class="toast"><span role="alert">Saved</span></div></div>
      <table><tr><td>Acme Dispatch Sync</td><td>Connected</td></tr>${rows}</table>`;
    const connectedRow = { rowContaining: re(/heavyset tech.*\b(connected|active|enabled)\b/i) };
    document.body.innerHTML = page('');
    expect(locate(connectedRow)).toBeNull();
    document.body.innerHTML = page('<tr><td>HeavySet Tech</td><td><span role="status">Connected</span></td></tr>');
    expect(locate(connectedRow)?.textContent).toBe('HeavySet TechConnected');
  });
  it('never takes a column header or a <dt> for a title, bold as it is', () => {
    document.body.innerHTML = `
      <div style="font-weight:700">My Apps</div>
      <div role="grid"><div role="row"><div role="columnheader" style="font-weight:700">App Connections</div></div></div>
      <dl><dt style="font-weight:700">Application</dt><dd>HeavySet Tech</dd></dl>`;
    expect(locate({ role: 'heading', name: 'My Apps' })?.textContent).toBe('My Apps');
    expect(locate({ role: 'heading', name: 'App Connections' })).toBeNull();
    expect(locate({ role: 'heading', name: 'Application' })).toBeNull();
  });

  it('searches open shadow roots (iframes: happy-dom cannot load them, see the browser check)', () => {
    const host = document.createElement('x-app');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<nav><a href="#/dev">Developers</a></nav><label>Token Name<input></label>';
    expect(locate({ role: 'link', name: 'Developers' })?.getAttribute('href')).toBe('#/dev');
    expect(locate({ label: 'Token Name' })?.tagName).toBe('INPUT');
    expect(locate({ text: 'Developers' })?.tagName).toBe('A');

  });

  it('names a web component’s button by the words its host slots in, and finds it in a row of custom elements', () => {
    const list = document.createElement('x-app-list');
    document.body.append(list);
    const button = (words: string) => `<st-button>${words}</st-button>`;
    const row = (name: string) => `<st-table-row role="row"><st-table-cell role="cell"><div>${name}</div><div>${name} · Created Dec 2, 2026</div></st-table-cell><st-table-cell role="cell"><div>${button('Edit')}${button('App Connections')}</div></st-table-cell></st-table-row>`;
    list.attachShadow({ mode: 'open' }).innerHTML = `<st-table role="table">${row('Fleet Tracker')}${row('HeavySet Tech')}</st-table>`;
    // Each button's own <button> in its shadow root, its label a <slot> (and an icon slot before it).
    for (const host of list.shadowRoot!.querySelectorAll('st-button'))
      host.attachShadow({ mode: 'open' }).innerHTML = '<button type="button"><slot name="icon"></slot><span><slot></slot></span></button>';
    const edit = locate({ role: 'link', name: re(/^edit$/i), within: { rowContaining: re(/^heavyset tech$/i) } });
    expect(edit?.tagName).toBe('BUTTON');
    expect(((edit!.getRootNode() as ShadowRoot).host as Element).closest('st-table-row')?.textContent).toContain('HeavySet Tech');
    expect(readableName(edit!)).toBe('Edit');
    // The record is the row its name cell sits in (not a cell of it), from the document down.
    expect(containersFor({ rowContaining: re(/^heavyset tech$/i) }, document).map((el) => (el as Element).tagName)).toEqual(['ST-TABLE-ROW']);
  });

  it('names a web component’s button only by what its slots draw: light DOM no slot takes names nothing', () => {
    const host = document.createElement('st-button');
    // "Delete" is slotted into the label; "Edit" matches no slot (never drawn), nor does aria-hidden text count.
    host.innerHTML = '<span slot="label">Delete app</span><span>Edit</span><span slot="label" aria-hidden="true"> Edit</span>';
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<button type="button"><slot name="label"></slot></button>';
    const button = host.shadowRoot!.querySelector('button')!;
    expect(readableName(button)).toBe('Delete app');
    expect(locate({ role: 'button', name: re(/^edit$/i) })).toBeNull();
    expect(locate({ role: 'button', name: re(/^delete app$/i) })).toBe(button);
  });

  it('never searches the assistant’s own overlay', () => {
    const own = document.createElement('heavyset-assistant');
    document.body.append(own);
    own.attachShadow({ mode: 'open' }).innerHTML = '<button>Generate Token</button>';
    expect(locate({ role: 'button', name: 'Generate Token' })).toBeNull();
  });
});
