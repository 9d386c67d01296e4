// Every locator of a playbook, named by its path in the playbook ("steps.generate-token.target[0]"),
// and its page steps (those with a `when`). Follows the Playbook shape (utils/guide/playbook.ts)
// field by field, knowing no CRM: the conformance (./playbook-coverage.ts, on the walks of ../variants/matrix-renderings.test.ts) runs it in
// Node and, bundled, in the sandbox pages. Cross-checked there against the engine's own list
// (renderLocators with `all`), so a place the engine starts reading locators from is not missed.
import type { Condition, Locator, Playbook } from '../../../utils/guide/playbook';

export interface LocatorPart {
  /** Where it is written: the first path of an identical locator (JSON) names it. */
  path: string;
  /** Every place the same locator (same JSON) is written. */
  paths: string[];
  locator: Locator;
}

export interface PageStep {
  id: string;
  when: Condition;
  /** Absent: ticked by hand (no `done` to hold). */
  done?: Condition;
}

/** Every locator written in the playbook (each alternative of a list, each `within` on its own). */
export function locatorParts(playbook: Playbook): LocatorPart[] {
  const found: { path: string; locator: Locator }[] = [];
  const addLocator = (path: string, loc: Locator | Locator[] | undefined): void => {
    if (!loc) return;
    const list = Array.isArray(loc) ? loc : [loc];
    list.forEach((one, i) => {
      let at = Array.isArray(loc) ? `${path}[${i}]` : path;
      for (let l: Locator | undefined = one; l; l = l.within, at = `${at}.within`) found.push({ path: at, locator: l });
    });
  };
  const addCondition = (path: string, cond: Condition | undefined): void => {
    if (!cond) return;
    if ('present' in cond) addLocator(`${path}.present`, cond.present);
    else if ('absent' in cond) addLocator(`${path}.absent`, cond.absent);
    else if ('checked' in cond) addLocator(`${path}.checked`, cond.checked);
    else if ('all' in cond) cond.all.forEach((c, i) => addCondition(`${path}.all[${i}]`, c));
    else if ('any' in cond) cond.any.forEach((c, i) => addCondition(`${path}.any[${i}]`, c));
    else if ('atLeast' in cond) cond.of.forEach((c, i) => addCondition(`${path}.of[${i}]`, c));
    else if ('not' in cond) addCondition(`${path}.not`, cond.not);
  };
  for (const step of playbook.steps) {
    const at = `steps.${step.id}`;
    addCondition(`${at}.when`, step.when);
    addCondition(`${at}.done`, step.done);
    addLocator(`${at}.target`, step.target);
    step.fill?.forEach((f, i) => addLocator(`${at}.fill[${i}].target`, f.target));
    step.troubles?.forEach((t, i) => {
      addCondition(`${at}.troubles[${i}].when`, t.when);
      addLocator(`${at}.troubles[${i}].target`, t.target);
    });
    step.checks?.forEach((c, i) => {
      addCondition(`${at}.checks[${i}].passWhen`, c.passWhen);
      addCondition(`${at}.checks[${i}].failWhen`, c.failWhen);
    });
    step.guards?.forEach((g, i) => addLocator(`${at}.guards[${i}].click`, g.click));
  }
  playbook.facts?.forEach((fact, i) => {
    addCondition(`facts[${i}].when`, fact.when);
    if ('text' in fact.from) addLocator(`facts[${i}].from.text`, { text: fact.from.text });
  });
  playbook.places?.forEach((place, i) => addCondition(`places[${i}].when`, place.when));
  addCondition('oauth.returnPage', playbook.oauth?.returnPage);
  for (const field of playbook.fields) addLocator(`fields.${field.key}.capture.pageShows`, field.capture?.pageShows);

  const byJson = new Map<string, LocatorPart>();
  for (const { path, locator } of found) {
    const key = JSON.stringify(locator);
    const part = byJson.get(key);
    if (part) part.paths.push(path);
    else byJson.set(key, { path, paths: [path], locator });
  }
  return [...byJson.values()];
}

export function pageSteps(playbook: Playbook): PageStep[] {
  return playbook.steps.flatMap((step) => (step.when ? [{ id: step.id, when: step.when, done: step.done }] : []));
}

/** Does a manifest match pattern (scheme://host/path*) answer this URL? Ports and the fragment are
 *  ignored, as Chrome does. */
export function onPages(pages: string[], url: string): boolean {
  const bare = url.split('#')[0]!.replace(/^(\w+:\/\/[^/:]+):\d+/, '$1');
  return pages.some((pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(bare));
}
