// Evaluates a playbook's conditions against the page and the background's state.
import type { Condition } from './playbook';
import type { GuideState } from '../messages';
import { locate } from './locate';

export interface ConditionEnv {
  root: ParentNode;
  url: string;
  state: GuideState;
}

export function holds(cond: Condition, env: ConditionEnv): boolean {
  if ('present' in cond) return locate(cond.present, env.root) !== null;
  if ('absent' in cond) return locate(cond.absent, env.root) === null;
  if ('url' in cond) {
    cond.url.lastIndex = 0;
    return cond.url.test(env.url);
  }
  if ('captured' in cond) return env.state.captured.includes(cond.captured);
  if ('sent' in cond) return env.state.sent.includes(cond.sent);
  if ('settingsSaved' in cond) return env.state.settingsSaved;
  if ('verified' in cond) return env.state.verified;
  if ('all' in cond) return cond.all.every((c) => holds(c, env));
  if ('any' in cond) return cond.any.some((c) => holds(c, env));
  return !holds(cond.not, env);
}
