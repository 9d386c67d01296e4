// Bundled into the sandbox pages by the conformance test (never into the extension): the engine's
// own locate and condition evaluator, asked which of a playbook's locators find something on the
// page as it is, and which steps' `when` and `done` hold.
import { locate } from '../../../utils/guide/locate';
import { holds, type StateFacts } from '../../../utils/guide/conditions';
import type { Condition, Locator, Playbook } from '../../../utils/guide/playbook';

/** Every locator a playbook uses, its `within` containers included, as JSON keys. */
export function locatorKeys(playbook: Playbook): string[] {
  const out = new Set<string>();
  const addLocator = (loc: Locator | undefined): void => {
    for (let l = loc; l; l = l.within) out.add(JSON.stringify(l));
  };
  const addCondition = (cond: Condition | undefined): void => {
    if (!cond) return;
    if ('present' in cond) addLocator(cond.present);
    else if ('absent' in cond) addLocator(cond.absent);
    else if ('checked' in cond) addLocator(cond.checked);
    else if ('all' in cond) cond.all.forEach(addCondition);
    else if ('any' in cond) cond.any.forEach(addCondition);
    else if ('not' in cond) addCondition(cond.not);
  };
  for (const step of playbook.steps) {
    addCondition(step.when);
    addCondition(step.done);
    for (const target of [step.target ?? []].flat()) addLocator(target);
    for (const fill of step.fill ?? []) for (const target of [fill.target].flat()) addLocator(target);
    for (const trouble of step.troubles ?? []) {
      addCondition(trouble.when);
      addLocator(trouble.target);
    }
    for (const check of step.checks ?? []) {
      addCondition(check.passWhen);
      addCondition(check.failWhen);
    }
    for (const guard of step.guards ?? []) addLocator(guard.click);
  }
  for (const field of playbook.fields)
    for (const rule of field.capture) {
      addLocator(rule.within);
      addLocator(rule.pageShows);
    }
  for (const fact of playbook.facts ?? []) addCondition(fact.when);
  addCondition(playbook.oauth?.returnPage);
  return [...out];
}

export interface ProbeResult {
  url: string;
  locators: string[];
  when: string[];
  done: string[];
}

function run(playbook: Playbook, state: StateFacts): ProbeResult {
  const env = { page: { root: document, url: location.href }, state };
  return {
    url: location.href,
    locators: locatorKeys(playbook).filter((key) => locate(JSON.parse(key) as Locator, document) !== null),
    when: playbook.steps.filter((s) => s.when && holds(s.when, env)).map((s) => s.id),
    done: playbook.steps.filter((s) => s.done && holds(s.done, env)).map((s) => s.id),
  };
}

(globalThis as unknown as { __heavysetProbe: typeof run }).__heavysetProbe = run;
