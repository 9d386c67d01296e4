// Bundled (esbuild, IIFE) and run in a sandbox page's main world before its own scripts, on every
// document: while the page lives (each time it changes, every 400 ms, and when the test asks), it evaluates the
// engine's own locate/holds (the code the card runs) for the playbook whose pages these are, with
// the guide state the background has for that CRM at that moment, and reports to the test what is
// new: the locators that found an element, the page steps whose `when` / `done` held.
import { playbooks } from '../../../utils/crm/index';
import { locate } from '../../../utils/guide/locate';
import { holds, type StateFacts } from '../../../utils/guide/conditions';
import { locatorParts, onPages, pageSteps } from './playbook-parts';

export interface ProbeHits {
  locators: string[];
  when: string[];
  done: string[];
}

/** What the test answers for a CRM: the background's guide state (none: not asked) and what was already seen. */
export interface ProbeContext {
  state: StateFacts | null;
  seen: ProbeHits;
  /** Everything of this CRM was seen: this page has nothing left to evaluate for it. */
  complete?: boolean;
}

declare global {
  interface Window {
    __conformanceContext?: (crm: string) => Promise<ProbeContext>;
    __conformanceReport?: (crm: string, hits: ProbeHits) => Promise<void>;
    __conformance?: { round(): Promise<void> };
  }
}

/** At most one evaluation per this long while the page keeps changing. */
const THROTTLE_MS = 150;
/** And one at least this often: the guide state changes without the page changing (a capture,
 *  HeavySet's answer), and the card's own changes are in a closed shadow root no observer sees. */
const TICK_MS = 400;

const complete = new Set<string>();
const parts = new Map(playbooks.map((p) => [p.crm, { locators: locatorParts(p), steps: pageSteps(p) }]));

async function round(): Promise<void> {
  const url = location.href;
  for (const playbook of playbooks) {
    if (!onPages(playbook.pages, url) || !window.__conformanceContext || !window.__conformanceReport) continue;
    if (complete.has(playbook.crm)) continue;
    const { state, seen, complete: all } = await window.__conformanceContext(playbook.crm);
    if (all) {
      complete.add(playbook.crm);
      continue;
    }
    const mine = parts.get(playbook.crm)!;
    const hits: ProbeHits = { locators: [], when: [], done: [] };
    for (const part of mine.locators) if (!seen.locators.includes(part.path) && locate(part.locator, document)) hits.locators.push(part.path);
    if (state) {
      const env = { page: { root: document, url }, state };
      for (const step of mine.steps) {
        if (!seen.when.includes(step.id) && holds(step.when, env)) hits.when.push(step.id);
        if (step.done && !seen.done.includes(step.id) && holds(step.done, env)) hits.done.push(step.id);
      }
    }
    if (hits.locators.length || hits.when.length || hits.done.length) await window.__conformanceReport(playbook.crm, hits);
  }
}

let running: Promise<void> | undefined;
let again = false;
/** One round at a time; a change during a round asks for one more after it. */
function run(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = round()
    .catch(() => undefined)
    .finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule();
      }
    });
  return running;
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  if (timer === undefined) {
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, THROTTLE_MS);
  }
}

if (window.top === window) {
  // The test's own round (a checkpoint): after the one under way, so that it sees the page as it is now.
  window.__conformance = {
    async round() {
      while (running) await running;
      await run();
    },
  };
  const start = () => {
    new MutationObserver(schedule).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    setInterval(schedule, TICK_MS);
    schedule();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
