// The engine's performance shortcuts keep behaviour: a table change scans its row (the header is
// still found), only changes that can matter re-render the guide, scans skip what cannot hold a value.
import { patternOf as re } from '../../utils/guide/text';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldSpec, Locator, Playbook } from '../../utils/guide/playbook';
import { watchPage } from '../../utils/guide/watch';
import { scopeFor } from '../../utils/guide/watch-scope';
import { fakeLifecycle } from './support/fake-lifecycle';
import { findValue } from '../../utils/guide/capture';
import { valueScopeFilter } from '../../utils/guide/capture-scope';
import { renderLocators } from '../../utils/guide/conditions';
import { locatorWords } from '../../utils/guide/locate';
import { combined, loosened, requiredLiterals } from '../../utils/guide/literals';
import { mutationsMatter } from '../../utils/guide/relevance';
import { matches } from '../../utils/guide/text';
import { leapPlaybook } from '../../utils/crm/leap';
import { serviceTitanPlaybook } from '../../utils/crm/servicetitan';
import { zohoPlaybook } from '../../utils/crm/zoho';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl';
const idField: FieldSpec = {
  key: 'providerId',
  label: 'Provider ID',
  secret: false,
  format: { pattern: re(/^\d{6,}$/), description: 'digits' },
  sendTo: 'settings',
  capture: { labels: [re(/^id$/i)], row: re(/heavyset tech/i) },
};

function jobsTable(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `<tr><td>JOB-${i}</td><td>Customer ${i}</td><td>${i}</td></tr>`).join('');
  return `<h1>Jobs</h1><table><thead><tr><th>Job</th><th>Customer</th><th>ID</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** Runs `change`, then hands back the records a MutationObserver saw for it. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(document, { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributes: true });
  change();
  await new Promise((r) => setTimeout(r, 0));
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen;
}

beforeEach(() => {
  document.body.innerHTML = jobsTable(20);
});

describe('a table change is scoped to its row', () => {
  it('gives the data row for a cell, the whole table for the header row', () => {
    const row = document.querySelectorAll('tbody tr')[5]!;
    expect(scopeFor(row.children[1]!.firstChild!)).toBe(row);
    expect(scopeFor(document.querySelector('th')!)).toBe(document.querySelector('table'));
  });

  it('gives the whole grid for a header row in a table of its own (KendoReact: tied to the rows by aria-colindex only)', () => {
    document.body.innerHTML =
      '<div role="grid"><div class="head"><table role="presentation"><thead role="presentation"><tr role="row"><th role="columnheader" aria-colindex="1">Tag</th><th role="columnheader" aria-colindex="2">ID</th></tr></thead></table></div>' +
      '<div class="body"><table role="presentation"><tbody role="presentation"><tr role="row"><td role="gridcell" aria-colindex="1">HeavySet Tech</td><td role="gridcell" aria-colindex="2">568589504</td></tr></tbody></table></div></div>';
    expect(scopeFor(document.querySelector('th')!.firstChild!)).toBe(document.querySelector('[role=grid]'));
    expect(scopeFor(document.querySelector('td')!.firstChild!)).toBe(document.querySelector('tbody tr'));
  });

  it('still reads a value under its column header when only the new row is scanned', () => {
    const row = document.createElement('tr');
    row.innerHTML = '<td>HeavySet Tech</td><td>—</td><td>568589504</td>';
    document.querySelector('tbody')!.append(row);
    expect(findValue(idField, scopeFor(row))).toBe('568589504');
    const other = document.createElement('tr');
    other.innerHTML = '<td>Angi Leads</td><td>—</td><td>41230077</td>';
    document.querySelector('tbody')!.append(other);
    expect(findValue(idField, scopeFor(other))).toBeNull();
  });
});

describe('which page changes re-render the guide', () => {
  const matter = mutationsMatter(leapPlaybook);

  it('not a table rewriting its cells, adding and dropping rows', async () => {
    const records = await recordsOf(() => {
      const rows = document.querySelectorAll('tbody tr');
      for (let i = 0; i < 10; i++) rows[i]!.children[1]!.textContent = `v${i * 7919}`;
      const tr = document.createElement('tr');
      tr.innerHTML = '<td>JOB-99</td><td>Customer 99</td><td>99</td>';
      document.querySelector('tbody')!.append(tr);
      document.querySelector('tbody tr')!.remove();
    });
    expect(records.length).toBeGreaterThan(10);
    expect(matter(records)).toBe(false);
  });

  it('a dialog added, or removed', async () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    expect(matter(await recordsOf(() => document.body.append(dialog)))).toBe(true);
    expect(matter(await recordsOf(() => dialog.remove()))).toBe(true);
  });

  it('a row that comes to name HeavySet Tech (the check on earlier tokens)', async () => {
    const cell = document.querySelector('tbody td')!;
    expect(matter(await recordsOf(() => (cell.textContent = 'HeavySet Tech')))).toBe(true);
    // …and the text that named it going away again
    expect(matter(await recordsOf(() => (cell.textContent = 'Zapier')))).toBe(true);
  });

  it('a heading or a link a step looks for', async () => {
    const h1 = document.querySelector('h1')!;
    expect(matter(await recordsOf(() => (h1.textContent = 'API Tokens')))).toBe(true);
    const link = document.createElement('a');
    link.href = '#/settings/developers';
    link.textContent = 'Developers';
    expect(matter(await recordsOf(() => document.body.prepend(link)))).toBe(true);
  });

  it('a style that may hide or show anything', async () => {
    const style = document.createElement('style');
    expect(matter(await recordsOf(() => document.head.append(style)))).toBe(true);
  });

  it('a button with no name, when a step looks for one (a pattern that matches the empty text)', async () => {
    for (const name of ['/^$/', ' ']) {
      const looking = mutationsMatter({ steps: [{ id: 'icon', label: 'Press the icon', target: { role: 'button', name } }] } as unknown as Playbook);
      document.body.innerHTML = '<div id="toolbar"></div>';
      const button = document.createElement('button');
      expect(looking(await recordsOf(() => document.getElementById('toolbar')!.append(button)))).toBe(true);
      // …and text changed inside one that has no name now (its name read again)
      expect(looking.around([button])).toBe(true);
    }
  });

  it('groups the locators looking through one selector: a link named "Developers" among other links', async () => {
    const link = document.createElement('a');
    link.href = '#/other';
    link.textContent = 'Reports';
    const row = document.createElement('div');
    row.append(link);
    expect(matter(await recordsOf(() => document.body.append(row)))).toBe(false);
    expect(matter(await recordsOf(() => (link.textContent = 'Developers')))).toBe(true);
  });
});

describe('capture scans skip what cannot hold a value', () => {
  it('a row whose words are neither a label nor a token is skipped; a dialog (even detached) showing one is not', () => {
    const worth = valueScopeFilter(leapPlaybook.fields);
    expect(worth(document.querySelector('tbody tr')!)).toBe(false);
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = `<h3>Your API Token</h3><div><pre>${TOKEN}</pre></div>`;
    expect(worth(dialog)).toBe(true);
    expect(worth(dialog.querySelector('pre')!)).toBe(true);
    const wrapper = document.createElement('section');
    wrapper.append(dialog);
    expect(worth(wrapper)).toBe(true);
    expect(worth(document)).toBe(true);
  });

  it('a text box is always worth a look (its value is not in the text); so is a row under a column named by a label', () => {
    const worth = valueScopeFilter(leapPlaybook.fields);
    const box = document.createElement('div');
    box.innerHTML = '<input readonly>';
    expect(worth(box)).toBe(true);
    expect(valueScopeFilter([idField])(document.querySelector('tbody tr')!)).toBe(true);
    expect(valueScopeFilter([{ ...idField, capture: undefined }])(document.querySelector('tbody tr')!)).toBe(false);
  });
});

describe('the watcher', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('settles for changes that matter only, and scans the changed row', async () => {
    const { lifecycle, invalidate } = fakeLifecycle();
    stop = invalidate;
    const playbook: Playbook = leapPlaybook;
    let settles = 0;
    let moves = 0;
    const scanned: ParentNode[][] = [];
    watchPage(lifecycle, document, {
      scan: (scopes) => void scanned.push(scopes),
      pageChanged: () => settles++,
      matters: mutationsMatter(playbook),
      moved: () => moves++,
    });
    const row = document.querySelectorAll('tbody tr')[3]!;
    row.children[1]!.textContent = 'Customer renamed';
    await new Promise((r) => setTimeout(r, 150));
    expect(settles).toBe(0);
    expect(moves).toBe(1);
    expect(scanned.at(-1)).toEqual([row]);
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    document.body.append(dialog);
    await new Promise((r) => setTimeout(r, 150));
    expect(settles).toBe(1);
  });
});

describe('loosened patterns', () => {
  it('match wherever the anchored one could match inside a longer text', () => {
    expect(matches('Settings Developers Billing', loosened(re(/^developers$/i)))).toBe(true);
    expect(matches('a [^x] b', loosened(re(/[^x] b$/)))).toBe(true);
    expect(matches('JOB-12', loosened(re(/^\+?\s*generate (api )?token$/i)))).toBe(false);
    expect(loosened('Token')).toBe('Token');
    // A group after ^ may open on words \b does not know: they are found too (a superset, never fewer).
    expect(matches('組織を選択 次へ', loosened(re(/^(submit|next|次へ)$/i)))).toBe(true);
  });
});

describe('requiredLiterals: what any match must hold, tested before the pattern', () => {
  it('takes the longest mandatory run of each top-level alternative', () => {
    expect(requiredLiterals('^(\\+|add)?\\s*generate (a )?(new )?(api )?token$')).toEqual(['generate ']);
    expect(requiredLiterals('Developers|API tokens')).toEqual(['developers', 'api tokens']);
    expect(requiredLiterals('tokens?')).toEqual(['token']);
    expect(requiredLiterals('ab{2}cde')).toEqual(['cde']);
  });

  it('takes the words of a mandatory group when an alternative has no run of its own', () => {
    expect(requiredLiterals('(developers?|api( tokens| access)?)')).toEqual(['developer', 'api']);
    // A group's words may be two letters ("ok"); a run outside it still wins when long enough.
    expect(requiredLiterals('(generate|save|ok)( token)?')).toEqual(['generate', 'save', 'ok']);
    expect(requiredLiterals('(?:app|application)s? key')).toEqual([' key']);
    expect(requiredLiterals('(api|token)+')).toEqual(['api', 'token']);
    // A group that may be skipped, a lookaround or a named group holds nothing for sure.
    expect(requiredLiterals('(api|token)?zz')).toBeUndefined();
    expect(requiredLiterals('(api|token){0,2}zz')).toBeUndefined();
    expect(requiredLiterals('(?=token)x')).toBeUndefined();
    expect(requiredLiterals('(?<word>token)x')).toBeUndefined();
  });

  it('gives up where it cannot be sure (short, unknown escapes, unbalanced)', () => {
    expect(requiredLiterals('abc?de')).toBeUndefined();
    expect(requiredLiterals('heavyset|x')).toBeUndefined();
    expect(requiredLiterals('\\u0041pi token')).toBeUndefined();
    expect(requiredLiterals('(api token')).toBeUndefined();
  });

  it('tests a literal\'s longest word: one of a name split across cells, not a common short word', () => {
    const told: string[] = [];
    const [test] = combined([re(/are you sure|heavyset tech/i)], () => void told.push('held'));
    for (const text of ['clare', 'the young', 'heavy', 'tech', 'sure?', 'heavyset', 'are you sure']) {
      const before = told.length;
      test!(text);
      if (told.length > before) told.push(text);
    }
    expect(told.filter((t) => t !== 'held')).toEqual(['sure?', 'heavyset', 'are you sure']);
  });

  it('takes words between any marks ("Acme" of "acme, inc", "Token" of " token"); of short words only, none: every text is told', () => {
    const heldBy = (pattern: RegExp, text: string): boolean => {
      let held = false;
      combined([re(pattern)], () => void (held = true))[0]!(text);
      return held;
    };
    expect(heldBy(/acme, inc/i, 'Acme')).toBe(true);
    expect(heldBy(/new token/i, 'Token')).toBe(true);
    expect(heldBy(/ token/i, 'Token')).toBe(true);
    expect(heldBy(/ab co/i, 'x')).toBe(true);
    expect(heldBy(/acme, inc/i, 'x')).toBe(false);
  });

  it('never turns away a text the patterns match', () => {
    const texts = [
      ...['HeavySet Tech', 'HEAVYSET TECH token', '+ Generate New API Token', 'Developers', 'API Tokens', 'Token Name', 'Settings', 'nothing here', 'heavy set'],
      ...['OK', 'Save', 'My Applications', 'Register an application', 'App Key', 'Client ID', 'Not Connected Yet', 'v123456', 'JOB-12 Roofing'],
      ...['Weiter', 'Akzeptieren', 'No organizations found', 'I allow HeavySet to access', '次へ'],
    ];
    for (const playbook of [leapPlaybook, serviceTitanPlaybook, zohoPlaybook]) {
      const matters = mutationsMatter(playbook);
      for (const text of texts) {
        const plain = renderLocators(playbook, false, true).some((loc) => {
          for (let l: Locator | undefined = loc; l; l = l.within) {
            const p = locatorWords(l);
            if (p !== undefined && matches(text, loosened(p))) return true;
          }
          return false;
        });
        expect(matters.text(text), `${playbook.crm}: ${text}`).toBe(plain);
      }
    }
  });
});
