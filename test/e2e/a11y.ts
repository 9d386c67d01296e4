// Accessibility checks for the extension's pages, as a person using a keyboard or a screen reader
// meets them: axe-core run inside the page (light and dark colour schemes), Tab presses counted
// to a control, and what holds the focus.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';
import { withCardStandIn } from './support/card';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  /** Where, as CSS selectors, with axe's summary of the first failing node. */
  nodes: string[];
}

/** axe-core's violations of impact serious or critical on the page as it is now, in `scheme`. */
export async function seriousViolations(page: Page, scheme: 'light' | 'dark' = 'light'): Promise<Violation[]> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  // Injected through the debugging protocol: the extension page's CSP refuses a script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
  });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
}

/**
 * axe-core on the assistant's card only (the CRM page around it is not ours), in `scheme`. The card
 * lives in a closed shadow root on <html>, where axe can neither enter nor measure: axe checks its
 * stand-in (support/card.ts → withCardStandIn), the same nodes and style sheet at the same place over
 * the same page. `checked` counts the elements axe measured a text contrast for: a run that could not
 * see the card would measure none.
 */
export async function cardViolations(page: Page, scheme: 'light' | 'dark' = 'light'): Promise<{ violations: Violation[]; checked: number }> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  try {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    const result = await withCardStandIn(page, (standIn) =>
      page.evaluate(async (standIn) => {
        type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
        const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
        const run = await axe.run({ include: [standIn] }, { resultTypes: ['violations', 'passes'] });
        const contrast = run.passes.find((p) => p.id === 'color-contrast');
        return { violations: run.violations, checked: contrast?.nodes.length ?? 0 };
      }, standIn),
    );
    const violations = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`) }));
    return { violations, checked: result.checked };
  } finally {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  }
}

/** Both colour schemes: the violations of each, labelled. */
export async function violationsInBothSchemes(page: Page): Promise<Record<'light' | 'dark', Violation[]>> {
  return { light: await seriousViolations(page, 'light'), dark: await seriousViolations(page, 'dark') };
}

/** The focused element's accessible name as a person hears it (aria-label, else its text). */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Tab presses from where the focus is now until a control named `name` has it (Infinity if never within `max`). */
export async function tabsTo(page: Page, name: string, max = 60): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return presses;
  }
  return Infinity;
}

/** The focused element has a visible focus indicator (an outline or a box shadow). */
export async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

/** Tabs through every stop of the page (until the focus comes back round); the names of those whose
 *  focus is not visible, and how many stops there were. */
export async function stopsWithoutVisibleFocus(page: Page, max = 80): Promise<{ stops: number; invisible: string[] }> {
  const invisible: string[] = [];
  const seen = new Set<string>();
  let outside = 0;
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      el.dataset.tabStop ??= String(document.querySelectorAll('[data-tab-stop]').length);
      return el.dataset.tabStop;
    });
    if (!id) {
      // Past the last stop the focus leaves the page for a moment; the next Tab comes back to the first.
      if (++outside > 3) break;
      continue;
    }
    if (seen.has(id)) break;
    seen.add(id);
    if (!(await focusVisible(page))) invisible.push(await focusedName(page));
  }
  return { stops: seen.size, invisible };
}
