// Evaluates a playbook's conditions against the page and the background's state: the one
// evaluator, for the card on a page and for the popup's checklist (which sees no page).
import type { Condition, Locator, Playbook } from './playbook';
import type { GuideState } from '../messages';
import { locate } from './locate';
import { matches, type TextMatch } from './text';
import { isChecked } from './dom';

/** The facts about the background's state that conditions read (never a value). */
export type StateFacts = Pick<GuideState, 'captured' | 'sent' | 'settingsSaved' | 'verified' | 'oauth'>;

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
  // Captured: the assistant has it, kept here or already at HeavySet.
  if ('captured' in cond) return env.state.captured.includes(cond.captured) || env.state.sent.includes(cond.captured);
  if ('sent' in cond) return env.state.sent.includes(cond.sent);
  if ('settingsSaved' in cond) return env.state.settingsSaved;
  if ('verified' in cond) return env.state.verified;
  if ('all' in cond) return cond.all.every((c) => holds(c, env));
  if ('any' in cond) return cond.any.some((c) => holds(c, env));
  return !holds(cond.not, env);
}

function paramHolds(url: string, cond: { param: string; equals?: string; matches?: TextMatch }): boolean {
  let value: string | null;
  try {
    value = new URL(url).searchParams.get(cond.param);
  } catch {
    return false;
  }
  if (value === null) return false;
  if (cond.equals !== undefined && value !== cond.equals) return false;
  return cond.matches === undefined || matches(value, cond.matches);
}

/** Every locator the guide's view reads on each render (steps, troubles, checks, targets, facts). */
export function renderLocators(playbook: Playbook): Locator[] {
  const out: Locator[] = [];
  const addLocator = (loc: Locator | undefined): void => {
    for (let l = loc; l; l = l.within) out.push(l);
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
    for (const t of [step.target ?? []].flat()) addLocator(t);
    for (const f of step.fill ?? []) for (const t of [f.target].flat()) addLocator(t);
    for (const t of step.troubles ?? []) {
      addCondition(t.when);
      addLocator(t.target);
    }
    for (const c of step.checks ?? []) {
      addCondition(c.passWhen);
      addCondition(c.failWhen);
    }
  }
  for (const fact of playbook.facts ?? []) {
    addCondition(fact.when);
    if ('text' in fact.from) addLocator({ text: fact.from.text });
  }
  addCondition(playbook.oauth?.returnPage);
  return out;
}
