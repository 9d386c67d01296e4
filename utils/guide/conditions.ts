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
  if ('param' in cond) return paramHolds(env.url, cond);
  if ('checked' in cond) return isChecked(locate(cond.checked, env.root));
  if ('oauth' in cond) return (env.state.oauth?.state ?? 'idle') === cond.oauth;
  if ('captured' in cond) return env.state.captured.includes(cond.captured);
  if ('sent' in cond) return env.state.sent.includes(cond.sent);
  if ('settingsSaved' in cond) return env.state.settingsSaved;
  if ('verified' in cond) return env.state.verified;
  if ('all' in cond) return cond.all.every((c) => holds(c, env));
  if ('any' in cond) return cond.any.some((c) => holds(c, env));
  return !holds(cond.not, env);
}

function paramHolds(url: string, cond: { param: string; equals?: string; matches?: RegExp }): boolean {
  let value: string | null;
  try {
    value = new URL(url).searchParams.get(cond.param);
  } catch {
    return false;
  }
  if (value === null) return false;
  if (cond.equals !== undefined && value !== cond.equals) return false;
  if (cond.matches) {
    cond.matches.lastIndex = 0;
    return cond.matches.test(value);
  }
  return true;
}

function isChecked(el: Element | null): boolean {
  if (!el) return false;
  if ('checked' in el && typeof el.checked === 'boolean') return el.checked;
  return el.getAttribute('aria-checked') === 'true';
}
