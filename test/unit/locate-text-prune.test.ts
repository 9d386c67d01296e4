// Anchored text searches (^…$) skip subtrees whose text cannot hold the match: the first scan of a
// large page reads a big table once, not once per cell, and still finds what a person reads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { byText } from '../../utils/guide/locate-text';
import { patternOf as re } from '../../utils/guide/text';

function page(rows: number, cell = (i: number) => `Customer ${i}`): string {
  const body = Array.from({ length: rows }, (_, i) => `<tr><td>JOB-${i}</td><td>${cell(i)}</td><td>${i} Main Street</td></tr>`).join('');
  return `<main><h1>Jobs</h1><div><span>API Token</span></div><table><tbody>${body}</tbody></table></main>`;
}

/** Counts the search's own textContent reads of the table's cells while `run` runs (not the
 *  reads the DOM implementation makes inside an ancestor's textContent). */
function cellReads(run: () => void): number {
  let reads = 0;
  let nested = 0;
  for (const el of document.querySelectorAll('*')) {
    let owner: object | null = el;
    while (owner && !Object.getOwnPropertyDescriptor(owner, 'textContent')) owner = Object.getPrototypeOf(owner) as object | null;
    const get = Object.getOwnPropertyDescriptor(owner!, 'textContent')!.get!;
    Object.defineProperty(el, 'textContent', {
      configurable: true,
      get() {
        if (nested === 0 && el.tagName === 'TD') reads++;
        nested++;
        try {
          return get.call(el) as string;
        } finally {
          nested--;
        }
      },
    });
  }
  run();
  return reads;
}

beforeEach(() => {
  document.body.innerHTML = page(300);
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('anchored text search on a large page', () => {
  it('finds the heading without reading the cells of a table that lacks the words', () => {
    let found: Element[] = [];
    const reads = cellReads(() => (found = byText(re(/^api token$/i), document)));
    expect(found.map((el) => el.textContent)).toEqual(['API Token']);
    expect(reads).toBe(0);
  });

  it('still finds the words in a cell, reading only the rows that hold them', () => {
    document.body.innerHTML = page(300, (i) => (i === 150 ? 'HeavySet Tech' : `Customer ${i}`));
    let found: Element[] = [];
    const reads = cellReads(() => (found = byText(re(/^heavyset tech$/i), document)));
    expect(found.map((el) => el.textContent)).toEqual(['HeavySet Tech']);
    expect(reads).toBeLessThan(10);
  });

  it('finds words split across elements as a person reads them', () => {
    document.body.innerHTML = '<table><tbody><tr><td><b>Client</b> <i>ID</i></td></tr></tbody></table>';
    expect(byText(re(/^client id$/i), document).map((el) => el.tagName)).toEqual(['TD']);
  });
});
