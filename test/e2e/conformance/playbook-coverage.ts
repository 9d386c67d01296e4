// The playbook conformance, asserted after the walks that fed its recorder (matrix-renderings.test.ts):
// every locator written in a playbook (playbook-parts.ts: targets, conditions, `within`s, fill targets,
// checks, troubles, guards, facts, places, capture specs) found an element on at least one page state,
// and every page step's `when` and `done` held at least once. What never can on our pages is listed
// below with its reason; a listed one that matches fails too (delete its entry). The data-level checks
// are test/unit/playbook-conformance.test.ts.
import { describe, expect, it } from 'vitest';
import { playbooks } from '@/utils/crm';
import { renderLocators } from '@/utils/guide/conditions';
import type { CoverageRecorder } from './coverage';
import { locatorParts, pageSteps } from './playbook-parts';

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

/** One describe per playbook; `recorder` is read when the tests run (after the walks). */
export function playbookCoverageSuite(recorder: () => CoverageRecorder): void {
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
      const c = recorder().of(playbook.crm);
      const steps = pageSteps(playbook);
      console.log(
        `${playbook.name}: ${c.locators.size} of ${parts.length} distinct locators (${parts.reduce((n, p) => n + p.paths.length, 0)} places) matched; ` +
          `${steps.length} page steps: when held for ${c.when.size}, done for ${c.done.size} of ${steps.filter((s) => s.done).length}`,
      );
      const never = parts.filter((p) => !c.locators.has(p.path) && !allowed[p.path]);
      const words = never.map((p) => `${p.path}${p.paths.length > 1 ? ` (also ${p.paths.length - 1} other place(s))` : ''}: ${JSON.stringify(p.locator)}`);
      expect(words.join('\n'), `${never.length} of ${parts.length} locators never matched`).toBe('');
    });

    it('every page step’s when and done held on some page state', () => {
      const c = recorder().of(playbook.crm);
      const never = pageSteps(playbook).flatMap((step) => [
        ...(!c.when.has(step.id) && !allowed[`when:${step.id}`] ? [`${step.id}: its when never held`] : []),
        ...(step.done && !c.done.has(step.id) && !allowed[`done:${step.id}`] ? [`${step.id}: its done never held`] : []),
      ]);
      expect(never.join('\n')).toBe('');
    });

    it('lists nothing that did show (a stale entry is deleted)', () => {
      const c = recorder().of(playbook.crm);
      const stale = Object.keys(allowed).filter((key) => {
        if (key.startsWith('when:')) return c.when.has(key.slice(5));
        if (key.startsWith('done:')) return c.done.has(key.slice(5));
        return c.locators.has(key) || !parts.some((p) => p.path === key);
      });
      expect(stale).toEqual([]);
    });
  });
}
