// The mutation generator does what each kind says (a kind that silently changed nothing would make
// its matrix walks pass for nothing): on Leap's Developers page and its token dialogs, without the
// extension, each variant's DOM is checked for its kinds' shape. One tab at a time: a tab in the
// background gets no animation frames, and late values come in frames.
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationKind } from '../../sandbox/renderings/mutations/index';
import { launchSandboxBrowser, type SandboxBrowser } from '../../sandbox/browser';
import { startReferenceServer, type ReferenceServer } from '../../sandbox/server/index';
import { allSites } from '../../sandbox/sites/index';
import { clickText, sleep, typeByLabel, waitForText, waitForTextGone } from '../person';
import { mutationVariants } from './index';
import { MUTATION_PLANS } from './mutations';

const HELP = 'A name that tells you later which application uses this token.';
const SHOWN_ONCE = /only be shown once/i;

/** What the page shows, read in the page (the assistant is not loaded here). */
interface Facts {
  aria: number;
  dialogRole: boolean;
  modalPosition: string | null;
  modalTitleTag: string | null;
  tables: number;
  gridRows: string[];
  records: number;
  cards: number;
  labels: number;
  wrappingLabels: number;
  /** Labels of the token name's box (in the dialog): 0 when only words beside it name it. */
  nameLabels: number;
  namedByPlaceholder: boolean;
  buttonsShown: number;
  spanButtons: number;
  linkButtons: number;
  pre: string | null;
  headings: string[];
  texts: string[];
}

const READ_FACTS = `(() => {
  const shown = (e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const page = [...document.body.querySelectorAll('*')].filter((e) => !e.closest('heavyset-assistant'));
  const modal = document.querySelector('.modal-content') && document.querySelector('.modal-content').closest('.modal');
  const title = document.querySelector('.modal-title');
  const name = [...document.querySelectorAll('input')].find((i) => i.getAttribute('placeholder') === 'Token Name');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue.trim()) texts.push(n.nodeValue.trim());
  return {
    aria: page.filter((e) => !e.closest('[data-mutation]')).reduce((n, e) => n + [...e.attributes].filter((a) => a.name === 'role' || a.name.startsWith('aria-')).length, 0),
    dialogRole: !!document.querySelector('[role=dialog], [aria-modal]'),
    modalPosition: modal ? getComputedStyle(modal).position : null,
    modalTitleTag: title ? title.tagName : null,
    tables: document.querySelectorAll('table').length,
    gridRows: [...document.querySelectorAll('[role=grid] > [role=row]')].map((r) => getComputedStyle(r).display),
    records: document.querySelectorAll('dl').length,
    cards: document.querySelectorAll('[data-mutation=card]').length,
    labels: document.querySelectorAll('label').length,
    wrappingLabels: [...document.querySelectorAll('label')].filter((l) => l.querySelector('input, select, textarea')).length,
    nameLabels: ([...document.querySelectorAll('input')].find((i) => i.closest('form') && !i.readOnly) || { labels: [] }).labels.length,
    namedByPlaceholder: !!name && name.getAttribute('aria-label') === 'Token Name',
    buttonsShown: [...document.querySelectorAll('button')].filter(shown).length,
    spanButtons: [...document.querySelectorAll('span[role=button]')].filter(shown).length,
    linkButtons: [...document.querySelectorAll('a[data-mutation=button]')].filter(shown).length,
    pre: document.querySelector('pre') ? document.querySelector('pre').textContent : null,
    headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName + ' ' + h.textContent.trim()),
    texts,
  };
})()`;

// Samples the token field's value on every frame from the moment it is added (values-late).
const SAMPLE_TOKEN_FIELD = `(() => {
  window.__tokenSamples = [];
  new MutationObserver(() => {
    const field = [...document.querySelectorAll('input')].find((i) => i.readOnly && !i.__sampled);
    if (!field) return;
    field.__sampled = true;
    let frames = 0;
    const sample = () => {
      window.__tokenSamples.push(field.value);
      if (++frames < 8) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }).observe(document, { childList: true, subtree: true });
})()`;

interface Seen {
  list: Facts;
  nameForm: Facts;
  token: Facts;
  samples: string[];
  /** ms from the token showing until its dialog was gone (nothing clicked). */
  goneAfter?: number;
}

async function walk(page: Page, kinds: MutationKind[]): Promise<Seen> {
  await page.goto('https://www.jobprogress.com/app/#/settings/developers', { waitUntil: 'load' });
  await waitForText(page, 'Created By');
  const list = (await page.evaluate(READ_FACTS)) as Facts;
  await clickText(page, 'Generate Token');
  await waitForText(page, HELP);
  const nameForm = (await page.evaluate(READ_FACTS)) as Facts;
  await typeByLabel(page, 'Token Name', 'HeavySet Tech');
  await clickText(page, 'Generate Token', { near: HELP });
  await waitForText(page, SHOWN_ONCE);
  const shownAt = Date.now();
  await sleep(200);
  const token = (await page.evaluate(READ_FACTS)) as Facts;
  const samples = (await page.evaluate('window.__tokenSamples')) as string[];
  let goneAfter: number | undefined;
  if (kinds.includes('dialog-autoclose')) {
    await waitForTextGone(page, SHOWN_ONCE, 4_000);
    goneAfter = Date.now() - shownAt;
  }
  return { list, nameForm, token, samples, goneAfter };
}

const countAll = (facts: Facts, text: string) => facts.texts.filter((t) => t === text).length;

/** What each kind must have done, in the facts seen. */
const EXPECT: Record<MutationKind, (seen: Seen) => void> = {
  'no-aria': (s) => {
    for (const facts of [s.list, s.nameForm, s.token]) expect(facts.aria).toBe(0);
  },
  'dialog-div': (s) => {
    expect(s.token.dialogRole).toBe(false);
    expect(s.token.modalPosition).toBe('fixed');
    expect(s.token.modalTitleTag).toBe('DIV');
  },
  'dialog-inline': (s) => {
    expect(s.token.dialogRole).toBe(false);
    expect(s.token.modalPosition).toBe('static');
  },
  'dialog-autoclose': (s) => {
    expect(s.goneAfter).toBeGreaterThan(700);
    expect(s.goneAfter).toBeLessThan(3_000);
  },
  headings: (s) => {
    expect(s.list.headings.some((h) => /^H[2-6] /.test(h) && /Developers|API Access/.test(h))).toBe(true);
    expect(s.list.headings.some((h) => h.startsWith('H1 Developers'))).toBe(false);
  },
  'tables-grid': (s) => {
    expect(s.list.tables).toBe(0);
    expect(s.list.gridRows.length).toBeGreaterThan(1);
    expect(new Set(s.list.gridRows)).toEqual(new Set(['contents']));
  },
  'tables-dl': (s) => {
    expect(s.list.tables).toBe(0);
    expect(s.list.records).toBeGreaterThan(1);
  },
  'tables-cards': (s) => {
    expect(s.list.tables).toBe(0);
    expect(s.list.cards).toBeGreaterThan(1);
  },
  'labels-wrap': (s) => {
    expect(s.nameForm.wrappingLabels).toBe(s.nameForm.labels);
    expect(s.nameForm.nameLabels).toBe(1);
  },
  'labels-sibling': (s) => {
    expect(s.nameForm.labels).toBe(0);
    expect(s.nameForm.nameLabels).toBe(0);
    expect(countAll(s.nameForm, 'Token Name')).toBeGreaterThan(0);
  },
  'labels-aria': (s) => {
    expect(s.nameForm.labels).toBe(0);
    expect(s.nameForm.namedByPlaceholder).toBe(true);
  },
  'buttons-span': (s) => {
    expect(s.nameForm.buttonsShown).toBe(0);
    expect(s.nameForm.spanButtons).toBeGreaterThan(2);
  },
  'buttons-link': (s) => {
    expect(s.nameForm.buttonsShown).toBe(0);
    expect(s.nameForm.linkButtons).toBeGreaterThan(2);
  },
  'values-late': (s) => {
    expect(s.samples[0]).toBe('');
    expect(s.samples.at(-1)).toMatch(/^eyJ/);
  },
  'values-pre': (s) => {
    expect(s.token.pre).toMatch(/^\n\s+eyJ\S+\n\s*$/);
  },
};

let browser: SandboxBrowser;
let idle: ReferenceServer;
const testable = MUTATION_PLANS.filter((plan) => plan.kinds.length);

beforeAll(async () => {
  idle = await startReferenceServer({ quiet: true });
  browser = await launchSandboxBrowser({ serverUrl: idle.url, sites: allSites, headless: true, variants: mutationVariants });
});
afterAll(async () => {
  await browser?.close();
  await idle?.close();
});

describe('markup mutations: each kind changes the page as it says (Leap, no extension)', () => {
  for (const plan of testable) {
    it(`${plan.id}: ${plan.kinds.join(', ')}`, { timeout: 60_000 }, async () => {
      const server = await startReferenceServer({ quiet: true });
      const page = await browser.newPage(undefined, { variant: plan.id, serverUrl: server.url });
      try {
        await page.evaluateOnNewDocument(SAMPLE_TOKEN_FIELD);
        const seen = await walk(page, plan.kinds);
        const words = plan.words?.leap ?? {};
        for (const kind of plan.kinds) EXPECT[kind](seen);
        // Reworded: the page shows the new words, never the old ones.
        for (const [from, to] of Object.entries(words)) {
          const all = [seen.list, seen.nameForm, seen.token];
          expect(all.some((f) => countAll(f, from) > 0)).toBe(false);
          expect(all.some((f) => countAll(f, to) > 0)).toBe(true);
        }
      } finally {
        await page.close();
        await server.close();
      }
    });
  }
});
