// Evaluates a playbook's conditions against the page and the background's state: the one
// evaluator, for the card on a page and for the popup's checklist (which sees no page).
import type { Condition, Locator, Playbook } from './playbook';
import type { GuideState } from '../messages';
import { locate } from './locate';
import { matches, type TextMatch } from './text';
import { isChecked } from './dom';
import { urlOf } from './hosts';

/** The facts about the background's state that conditions read (never a value). */
export type StateFacts = Pick<GuideState, 'captured' | 'sent' | 'settingsSaved' | 'verified' | 'oauth'> & Partial<Pick<GuideState, 'unsent' | 'rejected'>>;

export interface ConditionEnv {
  /** The page, when there is one: without it every page condition counts as not holding. */
  page?: { root: ParentNode; url: string };
  state: StateFacts;
}

export function holds(cond: Condition, env: ConditionEnv): boolean {
  const page = env.page;
  if ('present' in cond) return !!page && locate(cond.present, page.root) !== null;
  if ('absent' in cond) return !!page && locate(cond.absent, page.root) === null;
  if ('url' in cond) return !!page && matches(page.url, cond.url);
  if ('param' in cond) return !!page && paramHolds(page.url, cond);
  if ('checked' in cond) return !!page && isChecked(locate(cond.checked, page.root));
  if ('oauth' in cond) return (env.state.oauth?.state ?? 'idle') === cond.oauth;
  const { state } = env;
  // Captured: the assistant has it, kept here or already at HeavySet, and Verify did not reject it.
  if ('captured' in cond) return (state.captured.includes(cond.captured) || state.sent.includes(cond.captured)) && !state.rejected?.includes(cond.captured);
  if ('sent' in cond) return state.sent.includes(cond.sent);
  if ('unsent' in cond) return !!state.unsent?.includes(cond.unsent);
  if ('rejected' in cond) return !!state.rejected?.includes(cond.rejected);
  if ('atLeast' in cond) return cond.of.filter((c) => holds(c, env)).length >= cond.atLeast;
  if ('settingsSaved' in cond) return env.state.settingsSaved;
  if ('verified' in cond) return env.state.verified;
  if ('all' in cond) return cond.all.every((c) => holds(c, env));
  if ('any' in cond) return cond.any.some((c) => holds(c, env));
  return !holds(cond.not, env);
}

function paramHolds(url: string, cond: { param: string; equals?: string; matches?: TextMatch }): boolean {
  const value = urlOf(url)?.searchParams.get(cond.param);
  if (value === null || value === undefined) return false;
  if (cond.equals !== undefined && value !== cond.equals) return false;
  return cond.matches === undefined || matches(value, cond.matches);
}

/** Every locator the guide's view reads on each render (steps, troubles, checks, targets, facts);
 *  with `all`, also the guards' and the capture specs' (what a conformance test must find). Each is
 *  followed by the containers it is looked for `within`, unless `withoutContainers`. */
export function renderLocators(playbook: Playbook, all = false, withoutContainers = false): Locator[] {
  const out: Locator[] = [];
  const addLocator = (loc: Locator | Locator[] | undefined): void => {
    for (const one of [loc ?? []].flat()) for (let l: Locator | undefined = one; l; l = withoutContainers ? undefined : l.within) out.push(l);
  };
  const addCondition = (cond: Condition | undefined): void => {
    if (!cond) return;
    if ('present' in cond) addLocator(cond.present);
    else if ('absent' in cond) addLocator(cond.absent);
    else if ('checked' in cond) addLocator(cond.checked);
    else if ('all' in cond) cond.all.forEach(addCondition);
    else if ('any' in cond) cond.any.forEach(addCondition);
    else if ('atLeast' in cond) cond.of.forEach(addCondition);
    else if ('not' in cond) addCondition(cond.not);
  };
  for (const step of playbook.steps) {
    addCondition(step.when);
    addCondition(step.done);
    addLocator(step.target);
    for (const f of step.fill ?? []) addLocator(f.target);
    for (const t of step.troubles ?? []) {
      addCondition(t.when);
      addLocator(t.target);
    }
    for (const c of step.checks ?? []) {
      addCondition(c.passWhen);
      addCondition(c.failWhen);
    }
    if (all) for (const g of step.guards ?? []) addLocator(g.click);
  }
  for (const fact of playbook.facts ?? []) {
    addCondition(fact.when);
    if ('text' in fact.from) addLocator({ text: fact.from.text });
  }
  for (const place of playbook.places ?? []) addCondition(place.when);
  addCondition(playbook.oauth?.returnPage);
  if (all) for (const field of playbook.fields) addLocator(field.capture?.pageShows);
  return out;
}
