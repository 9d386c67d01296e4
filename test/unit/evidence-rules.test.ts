// The engine's rules one by one, on small DOMs: what counts as shown, as a dialog, as a title,
// as a column header, as a value's evidence — and the plants a hostile page could use to get a
// false value captured. (Rules that need layout — off-page, clipped, tiny — are checked in
// Chromium: test/e2e/hostile-page.test.ts.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { patternOf as re } from '../../utils/guide/text';
import type { FieldSpec } from '../../utils/guide/playbook';
import { isShown, isVisible } from '../../utils/guide/visibility';
import { dialogName, isDialogLike, openDialogs } from '../../utils/guide/dialogs';
import { inOneLook } from '../../utils/guide/look-memory';
import { forgetRecent, forgetShown, noteAction, noteAdded } from '../../utils/guide/recent';
import { headerFor } from '../../utils/guide/grid';
import { locate } from '../../utils/guide/locate';
import { candidatesFor, choose, findValue } from '../../utils/guide/capture';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlX3BhcnQ';
const OTHER = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI5OSJ9.b3RoZXJfc2lnbmF0dXJl';
const token: FieldSpec = {
  key: 'apiToken',
  label: 'API Token',
  secret: true,
  sendTo: 'connection',
  shownOnce: true,
  format: { pattern: re(/^[A-Za-z0-9._~+/=-]{16,}$/), description: 'x' },
  detect: re(/^eyJ[A-Za-z0-9_-]{8,}(\.[A-Za-z0-9_-]+){1,2}$/),
  capture: { labels: [re(/^(your )?(new )?(api )?token:?$/i)] },
};
const id: FieldSpec = {
  key: 'providerId',
  label: 'Provider ID',
  secret: false,
  sendTo: 'settings',
  format: { pattern: re(/^\d{4,19}$/), description: 'digits' },
  capture: { labels: [re(/^(provider )?id:?$/i)], row: re(/heavyset tech/i) },
};
const fresh = { fields: [token, id], isNew: () => true };

beforeEach(() => {
  document.body.innerHTML = '';
  forgetRecent();
});
afterEach(() => forgetRecent());

describe('shown to a person', () => {
  it('hidden, aria-hidden, transparent-by-opacity, closed <dialog> and detached elements are not shown', () => {
    document.body.innerHTML = `
      <p id="plain">a</p>
      <p id="hidden" hidden>b</p>
      <div aria-hidden="true"><p id="aria">c</p></div>
      <div style="opacity: 0"><p id="faded">d</p></div>
      <div style="visibility: hidden"><p id="invisible">e</p></div>
      <dialog><p id="closed">f</p></dialog>`;
    const shown = (id: string) => isShown(document.getElementById(id)!);
    expect(shown('plain')).toBe(true);
    for (const id of ['hidden', 'aria', 'faded', 'invisible', 'closed']) expect(shown(id), id).toBe(false);
    const detached = document.createElement('p');
    expect(isShown(detached)).toBe(false);
  });

  it('aria-hidden still counts as visible for pointing (a decorative icon), never for a value', () => {
    document.body.innerHTML = '<button><span id="icon" aria-hidden="true">+</span> Add</button>';
    const icon = document.getElementById('icon')!;
    expect(isVisible(icon)).toBe(true);
    expect(isShown(icon)).toBe(false);
  });
});

describe('a dialog is what behaves like one', () => {
  it('marked by ARIA, by <dialog open>, or by its class words; a backdrop or a "modal-open" button is not one', () => {
    document.body.innerHTML = `
      <div id="aria" role="dialog"><p>x</p></div>
      <dialog id="native" open><p>x</p><button>OK</button></dialog>
      <div id="classy" class="modal-window"><h3>Token generated</h3><button>Close</button></div>
      <div id="backdrop" class="modal-backdrop"><button>x</button></div>
      <button id="opener" class="btn modal-open">Open</button>`;
    const like = (id: string) => isDialogLike(document.getElementById(id)!);
    expect(like('aria')).toBe(true);
    expect(like('native')).toBe(true);
    expect(like('classy')).toBe(true);
    expect(like('backdrop')).toBe(false);
    expect(like('opener')).toBe(false);
  });

  it('a side menu or an app shell named "drawer" is the page’s layout, not a dialog; a drawer holding a form is one', () => {
    document.body.innerHTML = `
      <div id="shell" class="mat-drawer-container"><div id="menu" class="mat-drawer mat-drawer-side"><div role="navigation"><a href="#/a">Booking Provider Tags</a></div></div>
        <div id="beside" class="mat-drawer-content"><h1>Dispatch Board</h1><button>Refresh</button></div></div>
      <div id="editor" class="drawer drawer-right"><h3>Edit tag</h3><label>Name <input></label><button>Save</button></div>`;
    // happy-dom lays nothing out: the shell fills the window as a browser would lay it out.
    const shell = document.getElementById('shell')!;
    shell.getBoundingClientRect = () => ({ width: window.innerWidth, height: window.innerHeight - 64 }) as DOMRect;
    document.getElementById('beside')!.getBoundingClientRect = () => ({ width: window.innerWidth - 256, height: window.innerHeight - 64 }) as DOMRect;
    const like = (id: string) => isDialogLike(document.getElementById(id)!);
    expect([like('shell'), like('menu'), like('beside'), like('editor')]).toEqual([false, false, false, true]);
    expect(openDialogs(document).map((d) => d.id)).toEqual(['editor']);
  });

  it('a navigation drawer’s content is layout, in a <nav> or not (only links in it); a drawer of links with a button to press is a dialog', () => {
    const links = '<div class="v-list v-list--nav" role="listbox"><a class="v-list-item" href="#/dashboard">Dashboard</a><a class="v-list-item" href="#/jobs">Jobs</a><a class="v-list-item" href="#/settings">Settings</a></div>';
    document.body.innerHTML = `
      <nav class="v-navigation-drawer" style="position: fixed; z-index: 1003"><div id="in-nav" class="v-navigation-drawer__content">${links}</div></nav>
      <div class="v-navigation-drawer" style="position: fixed; z-index: 1003"><div id="in-div" class="v-navigation-drawer__content">${links}</div></div>
      <div id="chooser" class="drawer"><h3>Choose an app</h3>${links}<button>Cancel</button></div>`;
    const like = (id: string) => isDialogLike(document.getElementById(id)!);
    expect([like('in-nav'), like('in-div'), like('chooser')]).toEqual([false, false, true]);
  });

  it('a token modal inside the header’s <nav>, or made of links around its heading, is still a dialog', () => {
    document.body.innerHTML = `
      <nav class="navbar"><a href="#/">Home</a><div id="in-nav" class="modal"><h2>Your new API token</h2><code>tok_1234567890abcdef</code><button>Done</button></div></nav>
      <div id="webhook" class="modal"><h3>Webhook created</h3><a href="https://hooks.example.test/abc123secret">https://hooks.example.test/abc123secret</a><a href="#">Close</a></div>
      <div id="btn-links" class="modal"><p>Key: k_123</p><a href="#" class="btn btn-primary">Copy to clipboard</a><a href="#" class="btn">View API documentation</a><a href="#" class="btn">Close</a></div>`;
    const like = (id: string) => isDialogLike(document.getElementById(id)!);
    expect([like('in-nav'), like('webhook'), like('btn-links')]).toEqual([true, true, true]);
  });

  it('a whole view re-rendered by a click is no dialog, and neither is its fixed save bar', () => {
    document.body.innerHTML = '<div id="slot"></div>';
    const view = document.createElement('div');
    view.innerHTML = `<h1>App details</h1><h2>Scopes</h2><h2>Tenants</h2><label>Name <input></label>
      <div id="bar" style="position: fixed; bottom: 0; z-index: 10">Unsaved changes <button>Cancel</button><button>Save</button></div>`;
    view.getBoundingClientRect = () => ({ width: window.innerWidth, height: window.innerHeight * 2 }) as DOMRect;
    view.querySelector('#bar')!.getBoundingClientRect = () => ({ width: window.innerWidth * 0.76, height: 64 }) as DOMRect;
    noteAction();
    document.getElementById('slot')!.append(view);
    noteAdded(view);
    expect(openDialogs(document)).toEqual([]);
  });

  it('a dialog may hold a small nav (pagination, tabs) and be named only by a "…-content" class', () => {
    document.body.innerHTML = `
      <div id="paged" class="modal"><h2>Generate API key</h2><button>Generate</button><nav aria-label="pagination"><a href="#">1</a></nav></div>
      <div id="content" class="dialog-content"><h2>Edit</h2><button>Save</button></div>`;
    const like = (id: string) => isDialogLike(document.getElementById(id)!);
    expect([like('paged'), like('content')]).toEqual([true, true]);
  });

  it('a panel the page added right after the person’s click, with a heading and a button, is one', () => {
    document.body.innerHTML = '<main><button>Generate</button><div id="slot"></div></main>';
    const panel = document.createElement('div');
    panel.innerHTML = '<h4>Your new token</h4><code>x</code><button>Done</button>';
    document.getElementById('slot')!.append(panel);
    noteAdded(panel);
    expect(openDialogs(document)).not.toContain(panel);
    forgetRecent();
    noteAction();
    noteAdded(panel);
    expect(openDialogs(document)).toContain(panel);
  });

  it('a panel stays the click’s answer while it is there, until the page goes elsewhere; a whole view re-rendered is none', () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<main><h1>Booking Providers</h1><button>Add Tag</button><div id="slot"></div></main>';
      const panel = document.createElement('section');
      panel.innerHTML = '<h3>Add Booking Provider Tag</h3><label>Name <input></label><button>Add</button>';
      noteAction();
      document.getElementById('slot')!.append(panel);
      noteAdded(panel);
      vi.advanceTimersByTime(60_000); // the person takes a minute to type the name
      expect(openDialogs(document)).toContain(panel);
      noteAction();
      forgetShown(); // the address changed after a later action
      expect(openDialogs(document)).not.toContain(panel);

      const view = document.createElement('div');
      view.innerHTML = '<nav><a href="#/a">A</a></nav><h2>My Apps</h2><button>+ New App</button>';
      document.body.append(view);
      noteAction();
      noteAdded(view);
      expect(openDialogs(document)).not.toContain(view);

      // A link pressed (no address change): what appears is the next view, however small.
      document.body.insertAdjacentHTML('beforeend', '<aside><a id="dev" href="#/settings/developers">Developers</a></aside>');
      const section = document.createElement('section');
      section.innerHTML = '<h2>Developers</h2><button>+ Generate Token</button>';
      noteAction(document.getElementById('dev'));
      document.body.append(section);
      noteAdded(section);
      expect(openDialogs(document)).not.toContain(section);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a layer the click added floating above the page is one wherever the page put it (a component element holding a fixed box)', () => {
    document.body.innerHTML = '<main><table><tr><td><button>Generate</button></td></tr></table><div id="widget"></div></main>';
    const modal = document.createElement('modal');
    // Three headings: not a small panel answering the click (that rule is not what finds it here).
    modal.innerHTML = `<div id="layer" style="position: fixed; inset: 0; z-index: 1"><div style="position: absolute; inset: 0; opacity: .25"></div>
      <div style="position: relative"><h2>Client Secret</h2><button aria-label="Close">✖</button><h3>Tenant</h3><h3>Secret</h3><input disabled></div></div>`;
    const layer = modal.firstElementChild!;
    layer.getBoundingClientRect = () => ({ width: window.innerWidth, height: window.innerHeight }) as DOMRect;
    noteAction();
    document.getElementById('widget')!.append(modal);
    noteAdded(modal);
    expect(openDialogs(document)).toEqual([layer]);
    expect(dialogName(layer)).toBe('Client Secret');
    forgetRecent(); // the same box already on the page before any click is not one (it is not at the top of the page either)
    expect(openDialogs(document)).toEqual([]);
  });

  it('a panel stays one however many rows the page adds after the same click', () => {
    document.body.innerHTML = '<main><button>Add Tag</button><div id="slot"></div><table><tbody id="rows"></tbody></table></main>';
    const panel = document.createElement('section');
    panel.innerHTML = '<h3>Add Booking Provider Tag</h3><label>Name <input></label><button>Add</button>';
    noteAction();
    document.getElementById('slot')!.append(panel);
    noteAdded(panel);
    for (let i = 0; i < 200; i++) {
      const row = document.createElement('tr');
      row.innerHTML = `<td>Tag ${i}</td>`;
      document.getElementById('rows')!.append(row);
      noteAdded(row);
    }
    expect(openDialogs(document)).toContain(panel);
  });

  it('are read once per look at the page (a render asks many times), afresh on the next look', () => {
    document.body.innerHTML = '<div role="dialog" id="one"><p>x</p></div>';
    inOneLook(() => {
      const first = openDialogs(document);
      document.body.insertAdjacentHTML('beforeend', '<div role="dialog" id="two"><p>y</p></div>');
      expect(openDialogs(document)).toEqual(first);
    });
    expect(openDialogs(document).map((d) => d.id)).toEqual(['one', 'two']);
  });

  it('is named by its aria name, else its first heading, else its first line', () => {
    document.body.innerHTML = `
      <div id="a" role="dialog" aria-label="Client Secret"><h2>Other</h2></div>
      <div id="b" role="dialog"><button>×</button><h2>Generate Client Secret?</h2></div>
      <div id="c" role="dialog"><p>Your token</p><p>second</p></div>`;
    expect(dialogName(document.getElementById('a')!)).toBe('Client Secret');
    expect(dialogName(document.getElementById('b')!)).toBe('Generate Client Secret?');
    expect(dialogName(document.getElementById('c')!)).toMatch(/^Your token/);
  });
});

describe('titles without heading elements', () => {
  it('bold words set apart are a title; bold words in a link, a menu, a cell or a clickable box are not', () => {
    document.body.innerHTML = `
      <a href="#/settings/developers"><strong style="font-weight: 700">Developers</strong> API tokens</a>
      <table><tr><td><b style="font-weight: 700">Developers</b></td></tr></table>`;
    expect(locate({ role: 'heading', name: re(/^developers$/i) })).toBeNull();
    document.body.insertAdjacentHTML('beforeend', '<div class="btn" style="font-weight: 700; cursor: pointer">Developers</div>');
    expect(locate({ role: 'heading', name: re(/^developers$/i) })).toBeNull();
    document.body.insertAdjacentHTML('beforeend', '<div id="title" style="font-weight: 700">Developers</div>');
    expect(locate({ role: 'heading', name: re(/^developers$/i) })?.id).toBe('title');
  });
});

describe('words read as a person reads them', () => {
  it('a word at the end of one element is whole, though the next element’s text follows it in the DOM', () => {
    document.body.innerHTML = '<div>Choose an organization</div><div>Submit</div>';
    expect(locate({ text: re(/organizations?\b/i) })?.textContent).toBe('Choose an organization');
    expect(locate({ text: re(/organization$/i) })?.textContent).toBe('Choose an organization');
    // …and the texts of two elements never run together into one word.
    expect(locate({ text: re(/organizationsubmit/i) })).toBeNull();
  });
});

describe('column headers', () => {
  it('a header drawn as its own table right above the rows (a frozen header) names their columns', () => {
    document.body.innerHTML = `
      <div class="grid">
        <div class="grid-header"><table><thead><tr><th>Name</th><th>Status</th><th>ID</th></tr></thead></table></div>
        <div class="grid-content"><table><tbody><tr><td>HeavySet Tech</td><td>Active</td><td id="v">568589504</td></tr></tbody></table></div>
      </div>`;
    expect(headerFor(document.getElementById('v')!)?.textContent).toBe('ID');
    expect(findValue(id, document)).toBe('568589504');
  });

  it('…but not when its columns do not line up with the rows', () => {
    document.body.innerHTML = `
      <table><thead><tr><th>Name</th><th>ID</th></tr></thead></table>
      <table><tbody><tr><td>HeavySet Tech</td><td>Active</td><td id="v">568589504</td></tr></tbody></table>`;
    expect(headerFor(document.getElementById('v')!)).toBeUndefined();
  });

  it('the first header row in the page order names a column, whatever kind of cells it has', () => {
    // A <thead> row of <td>s, then a row of <th>s lower down (found by other queries): the upper one names.
    document.body.innerHTML = `
      <table>
        <thead><tr><td>Tag</td><td>Booking Provider ID</td></tr></thead>
        <tbody><tr><th>Group</th><th>Totals</th></tr><tr><td>HeavySet Tech</td><td id="v">568589504</td></tr></tbody>
      </table>`;
    expect(headerFor(document.getElementById('v')!)?.textContent).toBe('Booking Provider ID');
  });
});

describe('a value’s evidence, and plants a page could use', () => {
  it('a labelled value outranks a bare one of the right shape', () => {
    document.body.innerHTML = `<div role="dialog"><h2>Token generated</h2><p>${OTHER}</p><label for="t">API Token</label><input id="t" readonly value="${TOKEN}"></div>`;
    const found = choose(candidatesFor(token, document, fresh));
    expect(found).toMatchObject({ value: TOKEN });
  });

  it('two different values with the same evidence are not guessed: both are offered', () => {
    document.body.innerHTML = `<div role="dialog"><h2>Tokens</h2><dl><dt>API Token</dt><dd>${TOKEN}</dd><dt>API Token</dt><dd>${OTHER}</dd></dl></div>`;
    expect(choose(candidatesFor(token, document, fresh))).toEqual({ ambiguous: expect.arrayContaining([TOKEN, OTHER]) });
    expect(findValue(token, document, fresh)).toBeNull();
  });

  it('a labelled token hidden from people (aria-hidden, opacity 0, display none) is never taken', () => {
    for (const plant of ['aria-hidden="true"', 'style="opacity: 0"', 'style="display: none"', 'hidden']) {
      document.body.innerHTML = `<div role="dialog"><h2>Token generated</h2><div ${plant}><label for="t">API Token</label><input id="t" readonly value="${TOKEN}"></div></div>`;
      expect(findValue(token, document, fresh), plant).toBeNull();
    }
  });

  it('a token coloured by part (spans joined by plain dots) is read whole, never one part', () => {
    const [head, body, sig] = TOKEN.split('.');
    const coloured = `<span class="mono"><span class="h">${head}</span>.<span class="p">${body}</span>.<span class="s">${sig}</span></span>`;
    // Under the words naming it ("Your new API token") and beside its row header: each part alone
    // has the token's format and the same evidence, so every part stood with the whole; nor are the
    // header cell's words and the value one text ("TokeneyJ…"). (Cells say how browsers lay them out.)
    document.body.innerHTML = `<div role="dialog" aria-labelledby="t"><header id="t"><span>Your new API token</span></header><section><table><tr><th style="display: table-cell">Token</th><td style="display: table-cell">${coloured}</td></tr></table></section></div>`;
    expect(candidatesFor(token, document, fresh).map((c) => c.value)).not.toContain(head);
    expect(findValue(token, document, fresh)).toBe(TOKEN);
    // A word glued to a sentence's closing dot is still the token; pieces in boxes of their own
    // (blocks, flex items) are not one word: no guess at joining them.
    document.body.innerHTML = `<div role="dialog"><h2>Token generated</h2><p>Your new API token is <code>${TOKEN}</code>. Copy it now.</p></div>`;
    expect(findValue(token, document, fresh)).toBe(TOKEN);
    document.body.innerHTML = `<div role="dialog"><h2>Token generated</h2><div style="display: block">${head}.</div><div style="display: block">${body}.</div><div style="display: block">${sig}</div></div>`;
    expect(candidatesFor(token, document, fresh).map((c) => c.value)).not.toContain(TOKEN);
    // Words meeting the value letter to letter are side by side (spaced by CSS), not one word.
    document.body.innerHTML = `<div role="dialog"><h2>Done</h2><p><span>Token</span><span>${TOKEN}</span></p></div>`;
    expect(findValue(token, document, fresh)).toBe(TOKEN);
  });

  it('a masked preview is not a value', () => {
    document.body.innerHTML = `<div role="dialog"><dl><dt>API Token</dt><dd>eyJhbGciOi••••••••c2ln</dd></dl></div>`;
    expect(findValue(token, document, fresh)).toBeNull();
  });

  it('a value labelled as another field is not this one', () => {
    document.body.innerHTML = `<table><thead><tr><th>Name</th><th>Provider ID</th><th>Job ID</th></tr></thead>
      <tbody><tr><td>HeavySet Tech</td><td>—</td><td>77001234</td></tr></tbody></table>`;
    const job: FieldSpec = { ...id, key: 'jobId', label: 'Job ID', capture: { labels: [re(/^job id$/i)] } };
    expect(findValue(id, document, { fields: [id, job] })).toBeNull();
  });

  it('an ID in another row (a decoy tag) is not HeavySet Tech’s; an inactive HeavySet Tech row loses to the active one', () => {
    document.body.innerHTML = `<table><thead><tr><th>Name</th><th>ID</th><th>Status</th></tr></thead><tbody>
      <tr><td>HeavySet Technician Leads</td><td>11112222</td><td>Active</td></tr>
      <tr><td>HeavySet Tech</td><td>33334444</td><td>Archived</td></tr>
      <tr><td>HeavySet Tech</td><td>568589504</td><td>Active</td></tr>
      <tr><td>Angi Leads</td><td>41230077</td><td>Active</td></tr></tbody></table>`;
    expect(findValue(id, document, { fields: [id] })).toBe('568589504');
  });

  it('cards without row markup: the ID in HeavySet Tech’s card (its fields a <dl>), not another card’s', () => {
    const card = (name: string, idValue: string) => `<div class="tagcard"><div class="tc-name">${name}</div><dl><dt>Description</dt><dd>-</dd><dt>Booking Provider ID</dt><dd>${idValue}</dd></dl></div>`;
    const tagId: FieldSpec = { ...id, capture: { labels: [re(/^(booking provider )?id:?$/i)], row: re(/heavyset tech/i) } };
    document.body.innerHTML = `<div class="cards">${card('Angi Leads', '41230077')}${card('HeavySet Tech (old)', '11112222')}${card('HeavySet Tech', '568589504')}</div>`;
    expect(findValue(tagId, document, { fields: [tagId] })).toBe('568589504');
    document.querySelector('.tagcard:last-child')!.remove();
    expect(findValue(tagId, document, { fields: [tagId] })).toBeNull();
  });

  it('a cell’s column title kept for narrow screens and not displayed (a stacked data table) is not part of its text', () => {
    const cell = (title: string, text: string) => `<td><span class="p-column-title">${title}</span>${text}</td>`;
    document.body.innerHTML = `<style>.p-column-title{display:none}</style><table><thead><tr><th>Name</th><th>ID</th></tr></thead><tbody>
      <tr>${cell('Name', 'HeavySet Tech (old)')}${cell('ID', '11112222')}</tr><tr>${cell('Name', 'HeavySet Tech')}${cell('ID', '568589504')}</tr></tbody></table>`;
    const tagId: FieldSpec = { ...id, capture: { labels: [re(/^(booking provider )?id:?$/i)], row: re(/heavyset tech/i) } };
    expect(findValue(tagId, document, { fields: [tagId] })).toBe('568589504');
  });

  it('a row that only contains the name ("HeavySet Tech (old)") is another record: its ID is never taken', () => {
    document.body.innerHTML = `<table><thead><tr><th>Name</th><th>ID</th></tr></thead><tbody>
      <tr><td>HeavySet Tech (old)</td><td>11112222</td></tr><tr><td>Angi Leads</td><td>41230077</td></tr></tbody></table>`;
    expect(candidatesFor(id, document, fresh)).toEqual([]);
  });

  it('a token shown once that was on the page before the person acted is not new', () => {
    document.body.innerHTML = `<div role="dialog"><h2>Your API Token</h2><pre>${TOKEN}</pre></div>`;
    const before = new Set([TOKEN]);
    expect(findValue(token, document, { fields: [token], isNew: (_f, v) => !before.has(v) })).toBeNull();
    expect(findValue(token, document, { fields: [token] })).toBe(TOKEN);
  });

  it('on arrival only labelled values are taken, and never a value shown once', () => {
    document.body.innerHTML = `<div><p>${TOKEN}</p></div><table><thead><tr><th>Name</th><th>ID</th></tr></thead><tbody><tr><td>HeavySet Tech</td><td>568589504</td></tr></tbody></table>`;
    expect(findValue(token, document, { fields: [token, id], onArrival: true })).toBeNull();
    expect(findValue(id, document, { fields: [token, id], onArrival: true })).toBe('568589504');
    const bareDigits = document.createElement('p');
    bareDigits.textContent = '99887766';
    document.body.replaceChildren(bareDigits);
    expect(findValue(id, document, { fields: [id], onArrival: true })).toBeNull();
  });
});
