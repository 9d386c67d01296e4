// Bundled into the sandbox pages by the conformance test (never into the extension): the engine's
// own locate and condition evaluator, asked which of a playbook's locators find something on the
// page as it is, and which steps' `when` and `done` hold.
import { locate } from '../../../utils/guide/locate';
import { holds, renderLocators, type StateFacts } from '../../../utils/guide/conditions';
import type { Locator, Playbook } from '../../../utils/guide/playbook';

/** Every locator a playbook uses, its `within` containers included, as JSON keys. */
export function locatorKeys(playbook: Playbook): string[] {
  return [...new Set(renderLocators(playbook, true).map((loc) => JSON.stringify(loc)))];
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
