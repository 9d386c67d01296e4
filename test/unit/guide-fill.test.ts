import { beforeEach, describe, expect, it } from 'vitest';
import type { FillItem } from '../../utils/guide/playbook';
import { fillHere as fillForMe } from './support/fill';

beforeEach(() => {
  document.body.innerHTML = `<form>
    <label for="name">Application Name</label><input id="name">
    <label for="home">Homepage</label><input id="home" value="">
    <label for="cat">App Category</label><select id="cat"><option value="">Choose</option><option value="ws">Web Scheduler</option><option value="o">Other</option></select>
    <label><input type="checkbox" id="read"> Read: Bookings</label>
    <label><input type="checkbox" id="tenants" checked> Tenants</label>
    <label for="other">Description</label><input id="other" value="keep me">
    <div role="combobox" aria-label="Email Address" aria-controls="emails" tabindex="0">Pick one</div>
    <ul role="listbox" id="emails" hidden><li role="option">a@x.test</li><li role="option">ops@heavyset.tech</li></ul>
    <button type="submit">Create App</button>
  </form>`;
  const combo = document.querySelector('[role=combobox]')!;
  const list = document.getElementById('emails')!;
  combo.addEventListener('click', () => list.removeAttribute('hidden'));
  list.addEventListener('click', (e) => {
    const option = (e.target as Element).closest('[role=option]')!;
    for (const o of list.children) o.setAttribute('aria-selected', String(o === option));
    combo.textContent = option.textContent;
    list.setAttribute('hidden', '');
  });
});

const items: FillItem[] = [
  { name: 'Application Name', target: { label: 'Application Name' }, value: { text: 'HeavySet Tech' } },
  { name: 'Homepage', target: { label: 'Homepage' }, value: { setting: 'homepage' } },
  { name: 'App Category', target: { label: 'App Category' }, value: { choose: 'Web Scheduler' } },
  { name: 'Read: Bookings', target: { label: 'Read: Bookings' }, value: { check: true } },
  { name: 'Email Address', target: { role: 'combobox', name: 'Email Address' }, value: { choose: 'ops@heavyset.tech' } },
  { name: 'Missing thing', target: { label: 'Nothing like it' }, value: { text: 'x' } },
];

describe('fillForMe', () => {
  it('fills the way frameworks notice, is idempotent and touches nothing else', async () => {
    const events: string[] = [];
    const name = document.getElementById('name') as HTMLInputElement;
    name.addEventListener('input', (e) => events.push(`input:${(e.target as HTMLInputElement).value}:${e.bubbles}`));
    name.addEventListener('change', () => events.push('change'));
    let submitted = false;
    document.querySelector('form')!.addEventListener('submit', (e) => {
      submitted = true;
      e.preventDefault();
    });

    const first = await fillForMe(items, { homepage: 'https://heavyset.tech' });
    expect(first.filled).toEqual(['Application Name', 'Homepage', 'App Category', 'Read: Bookings', 'Email Address']);
    expect(first.missed.map((m) => m.name)).toEqual(['Missing thing']);
    expect(events).toEqual(['input:HeavySet Tech:true', 'change']);
    expect((document.getElementById('home') as HTMLInputElement).value).toBe('https://heavyset.tech');
    expect((document.getElementById('cat') as HTMLSelectElement).value).toBe('ws');
    expect((document.getElementById('read') as HTMLInputElement).checked).toBe(true);
    expect(document.querySelector('[role=combobox]')!.textContent).toBe('ops@heavyset.tech');
    // Untouched: fields not in the items, and no submit.
    expect((document.getElementById('tenants') as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('other') as HTMLInputElement).value).toBe('keep me');
    expect(submitted).toBe(false);

    const second = await fillForMe(items, { homepage: 'https://heavyset.tech' });
    expect(second.filled).toEqual([]);
    expect(second.unchanged).toHaveLength(5);
    expect((document.getElementById('read') as HTMLInputElement).checked).toBe(true);
    expect(events).toHaveLength(2);
  });

  it('reports a setting without a value and an unknown option as missed, with the element to highlight', async () => {
    const result = await fillForMe(
      [
        { name: 'Homepage', target: { label: 'Homepage' }, value: { setting: 'homepage' } },
        { name: 'App Category', target: { label: 'App Category' }, value: { choose: 'Plumbing' } },
      ],
      {},
    );
    expect(result.missed.map((m) => [m.name, m.element?.id])).toEqual([
      ['Homepage', 'home'],
      ['App Category', 'cat'],
    ]);
  });
});

describe('a home-made drop-down (divs, no roles)', () => {
  beforeEach(() => {
    document.body.innerHTML = `<div class="row"><div class="lab">Restriction by booking_provider for Bookings</div>
      <div class="ctl"><div class="dd" style="cursor: pointer"><span>Select...</span>
        <div class="dd-list" hidden><div class="dd-opt">Angi Leads</div><div class="dd-opt">HeavySet Tech (old)</div><div class="dd-opt">HeavySet Tech</div></div></div></div></div>`;
    const dd = document.querySelector('.dd')!;
    const list = document.querySelector('.dd-list')!;
    dd.addEventListener('click', () => list.toggleAttribute('hidden'));
    for (const opt of document.querySelectorAll('.dd-opt'))
      opt.addEventListener('click', (e) => {
        e.stopPropagation();
        dd.querySelector('span')!.textContent = opt.textContent;
        list.setAttribute('hidden', '');
      });
  });

  it('is found by the words before it and filled by clicking the exact choice', async () => {
    const item: FillItem = { name: 'Restriction', target: { label: '/restriction by booking.?provider/i' }, value: { choose: '/^heavyset tech$/i' } };
    const result = await fillForMe([item], {}, document);
    expect(result.filled).toEqual(['Restriction']);
    expect(document.querySelector('.dd span')!.textContent).toBe('HeavySet Tech');
  });

  it('words with no clickable thing after them are not a control', async () => {
    (document.querySelector('.dd') as HTMLElement).style.cursor = 'auto';
    const result = await fillForMe([{ name: 'Restriction', target: { label: '/restriction by booking.?provider/i' }, value: { choose: '/^heavyset tech$/i' } }], {}, document);
    expect(result.missed.map((m) => m.name)).toEqual(['Restriction']);
  });
});

describe('a scopes list of div rows under a div header (no grid markup; both boxes of a row share one id)', () => {
  // Laid out as a browser would: the header's words over their columns, each row on its own line.
  const at = (el: Element, box: [number, number, number, number]) => {
    const [left, top, width, height] = box;
    el.getBoundingClientRect = () => ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;
  };
  beforeEach(() => {
    const row = (name: string) =>
      `<div class="row"><div class="col-7"><label for="${name}">${name}</label></div><div class="col-2"><input type="checkbox" id="${name}"></div><div class="col-3"><input type="checkbox" id="${name}"></div></div>`;
    document.body.innerHTML = `<fieldset><label>API Scopes</label>
      <div class="row"><div class="col-7">API Endpoint</div><div class="col-2">Read</div><div class="col-3">Write</div></div>
      ${row('Booking Provider Tags')}${row('Bookings')}${row('Jobs')}</fieldset>`;
    const rows = [...document.querySelectorAll('fieldset > .row')];
    rows.forEach((r, i) => {
      const top = 100 + 36 * i;
      at(r.children[0]!.firstElementChild ?? r.children[0]!, [20, top, 120, 20]);
      at(r.children[1]!, [600, top, 160, 20]);
      at(r.children[2]!, [760, top, 240, 20]);
      const boxes = r.querySelectorAll('input');
      if (boxes[0]) at(boxes[0], [740, top + 3, 14, 14]);
      if (boxes[1]) at(boxes[1], [873, top + 3, 14, 14]);
    });
  });

  const scope = (kind: 'Read' | 'Write', name: string): FillItem => ({
    name: `${kind} ${name}`,
    target: [
      { role: 'checkbox', name: `/^${kind}:? ${name}$/i` },
      { cell: { row: `/^${name}$/i`, column: `/^${kind}\\b/i` }, control: 'checkbox' },
    ],
    value: { check: true },
  });

  it('ticks the box where the row’s name and the column’s header cross', async () => {
    const result = await fillForMe([scope('Read', 'Bookings'), scope('Write', 'Bookings'), scope('Write', 'Jobs')], {});
    expect(result.missed).toEqual([]);
    const ticked = [...document.querySelectorAll<HTMLInputElement>('input')].map((b) => `${b.id}:${b.checked ? 1 : 0}`);
    expect(ticked).toEqual(['Booking Provider Tags:0', 'Booking Provider Tags:0', 'Bookings:1', 'Bookings:1', 'Jobs:0', 'Jobs:1']);
  });

  it('a row name never stands for another (Bookings is not Booking Provider Tags), and a column no header names finds nothing', async () => {
    const result = await fillForMe([scope('Read', 'Booking'), { ...scope('Read', 'Jobs'), target: [{ cell: { row: '/^Jobs$/i', column: '/^Delete\\b/i' }, control: 'checkbox' }] }], {});
    expect(result.missed.map((m) => m.name)).toEqual(['Read Booking', 'Read Jobs']);
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
  });
});

describe('the alignment fallback never guesses (a review’s cases)', () => {
  const at = (el: Element, [left, top, width, height]: [number, number, number, number]) => {
    el.getBoundingClientRect = () => ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;
  };
  const cell = (row: string, column: string): FillItem => ({ name: `${column} ${row}`, target: { cell: { row: `/^${row}$/i`, column: `/^${column}\\b/i` }, control: 'checkbox' }, value: { check: true } });

  it('a grid that names the column and has no box in that row: missed, not the box next door', async () => {
    document.body.innerHTML = `<table><thead><tr><th>Scope</th><th>Read</th><th>Write</th><th>Delete</th></tr></thead>
      <tbody><tr><td>Contacts</td><td><input type="checkbox"></td><td><input type="checkbox" id="w"></td><td></td></tr></tbody></table>`;
    const result = await fillForMe([cell('Contacts', 'Delete')], {});
    expect(result.missed.map((m) => m.name)).toEqual(['Delete Contacts']);
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('a div row without a box under the column: missed, not the neighbour column’s box', async () => {
    document.body.innerHTML = `<div id="head"><div id="h-read">Read</div><div id="h-write">Write</div></div>
      <div class="row"><div><label>Contacts</label></div><div><input type="checkbox" id="r"></div><div></div></div>`;
    at(document.getElementById('h-read')!, [600, 60, 160, 20]);
    at(document.getElementById('h-write')!, [760, 60, 240, 20]);
    at(document.querySelector('label')!, [20, 100, 120, 20]);
    at(document.getElementById('r')!, [740, 103, 14, 14]);
    const result = await fillForMe([cell('Contacts', 'Write')], {});
    expect(result.missed.map((m) => m.name)).toEqual(['Write Contacts']);
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('the same words elsewhere on the line (a side list) do not stand for the row there', async () => {
    document.body.innerHTML = `<aside><ul><li id="side">Jobs</li></ul></aside>
      <section><div id="head"><div id="h-write">Write</div></div>
      <div class="row"><div><label id="inv">Invoices</label></div><div><input type="checkbox" id="invoices-w"></div></div></section>`;
    at(document.getElementById('side')!, [0, 100, 120, 20]);
    at(document.getElementById('inv')!, [200, 100, 120, 20]);
    at(document.getElementById('h-write')!, [760, 60, 240, 20]);
    at(document.getElementById('invoices-w')!, [873, 103, 14, 14]);
    const result = await fillForMe([cell('Jobs', 'Write')], {});
    expect(result.missed.map((m) => m.name)).toEqual(['Write Jobs']);
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
  });
});
