// Every playbook against the sandbox pages (as refined-github tests each selector against saved
// pages): the walks of the default sandbox pages and of the independent renderings run once each,
// with the built extension, while a probe in each page (conformance/page-probe.ts) evaluates the
// engine's own locate/holds on every page state they reach, with the guide state the background had
// then. Asserts that every locator written in a playbook (conformance/playbook-parts.ts: targets,
// conditions, `within`s, fill targets, checks, troubles, guards, facts, places, capture specs) found
// an element on at least one page state, and that every page step's `when` and `done` held at least
// once. What never can on our pages is listed below with its reason; a listed one that matches fails
// too (delete its entry). The data-level checks are test/unit/playbook-conformance.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbooks } from '@/utils/crm';
import { renderLocators } from '@/utils/guide/conditions';
import { bundleProbe, CoverageRecorder } from './conformance/coverage';
import { leapStaffWalk, stIntegrationWalk, zohoLookalikeThenConnectedWalk } from './conformance/extra-walks';
import { locatorParts, pageSteps } from './conformance/playbook-parts';
import { extensionHooks } from './variants/extension-probe';
import { allVariants } from './variants/index';
import { openMatrixSession, type MatrixSession } from './variants/matrix-runner';
import { leapMidFlowWalk, leapWalk, stBookingWalk, stConnectionsWalk, stWholeWalk, zohoNoCrmWalk, zohoOrgWalk } from './variants/sandbox-walks';
import type { MarkupVariant } from './variants/types';

/** The default sandbox pages (test/sandbox/sites), walked as the mutations walk them, unmutated, and
 *  into the states only this test needs (conformance/extra-walks.ts). */
const defaultPages: MarkupVariant = {
  id: 'sandbox',
  description: 'The default sandbox pages.',
  sites: [],
  walks: [leapWalk(), leapMidFlowWalk(), leapStaffWalk(), stWholeWalk(), stConnectionsWalk(), stBookingWalk(), stIntegrationWalk(), zohoOrgWalk(), zohoNoCrmWalk(), zohoLookalikeThenConnectedWalk()],
};
const variants = [defaultPages, ...allVariants];

/**
 * Locators (by path, see playbook-parts.ts) and steps ("when:<id>", "done:<id>") that no sandbox
 * page state shows, by CRM, each with why. Keep it short and honest: a page state that shows it
 * is better than an entry here.
 */
const NEVER_ON_OUR_PAGES: Record<string, Record<string, string>> = {
  leap: {},
  servicetitan: {},
  zoho: {},
};

let session: MatrixSession;
let recorder: CoverageRecorder;

beforeAll(async () => {
  recorder = new CoverageRecorder(await bundleProbe(), extensionHooks);
  session = await openMatrixSession(variants, { hooks: recorder.hooks });
});
afterAll(async () => {
  await session?.close();
});

describe('the walks reach their page states', () => {
  for (const variant of variants) {
    for (const walk of variant.walks) {
      const name = `${variant.id}: ${walk.name}`;
      // Once more when a walk stops short (a menu closed by a click elsewhere under load): what it
      // saw before counts, it is what the pages showed; a walk that fails twice fails here.
      it(name, { retry: 1 }, async () => {
        recorder.walk = name;
        const row = await session.run(variant, walk);
        // Only that it got to its end (the matrix judges the card and the captures).
        expect(row.error ?? '', name).toBe('');
        expect(row.completed).toBe(true);
      });
    }
  }
});

describe.each(playbooks.map((p) => [p.name, p] as const))('%s playbook on the sandbox pages', (_name, playbook) => {
  const allowed = NEVER_ON_OUR_PAGES[playbook.crm] ?? {};
  const parts = locatorParts(playbook);

  it('names every locator the engine reads (the collector misses none)', () => {
    const ours = new Set(parts.map((p) => JSON.stringify(p.locator)));
    const engine = new Set(renderLocators(playbook, true).map((l) => JSON.stringify(l)));
    expect([...engine].filter((l) => !ours.has(l))).toEqual([]);
    expect([...ours].filter((l) => !engine.has(l))).toEqual([]);
  });

  it('every locator found an element on some page state', () => {
    const seen = recorder.of(playbook.crm).locators;
    const steps = pageSteps(playbook);
    const c = recorder.of(playbook.crm);
    console.log(
      `${playbook.name}: ${seen.size} of ${parts.length} distinct locators (${parts.reduce((n, p) => n + p.paths.length, 0)} places) matched; ` +
        `${steps.length} page steps: when held for ${c.when.size}, done for ${c.done.size} of ${steps.filter((s) => s.done).length}`,
    );
    const never = parts.filter((p) => !seen.has(p.path) && !allowed[p.path]);
    const words = never.map((p) => `${p.path}${p.paths.length > 1 ? ` (also ${p.paths.length - 1} other place(s))` : ''}: ${JSON.stringify(p.locator)}`);
    expect(words.join('\n'), `${never.length} of ${parts.length} locators never matched`).toBe('');
  });

  it('every page step’s when and done held on some page state', () => {
    const c = recorder.of(playbook.crm);
    const never = pageSteps(playbook).flatMap((step) => [
      ...(!c.when.has(step.id) && !allowed[`when:${step.id}`] ? [`${step.id}: its when never held`] : []),
      ...(step.done && !c.done.has(step.id) && !allowed[`done:${step.id}`] ? [`${step.id}: its done never held`] : []),
    ]);
    expect(never.join('\n')).toBe('');
  });

  it('lists nothing that did show (a stale entry is deleted)', () => {
    const c = recorder.of(playbook.crm);
    const stale = Object.keys(allowed).filter((key) => {
      if (key.startsWith('when:')) return c.when.has(key.slice(5));
      if (key.startsWith('done:')) return c.done.has(key.slice(5));
      return c.locators.has(key) || !parts.some((p) => p.path === key);
    });
    expect(stale).toEqual([]);
  });
});
