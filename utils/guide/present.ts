// The card's content for the page as it is now: a pure function of the playbook, the page and
// the background's state (the step, its checks and troubles, the facts, the progress).
import type { GuideState } from '../messages';
import type { Locator, Playbook, StepSpec } from './playbook';
import { holds, type ConditionEnv } from './conditions';
import { readFacts } from './facts';
import { progressOf } from './steps';
import type { CheckView, GuideView } from './view';

export interface PageReading {
  step?: StepSpec;
  /** Step ids done on this page now. */
  done: string[];
  /** What the card says; checks and troubles are shown only once stable (no flicker while the page renders). */
  view: Omit<GuideView, 'fill' | 'captures' | 'alerts' | 'guard' | 'proposals' | 'minimised' | 'rings' | 'status' | 'checks' | 'troubles'>;
  checks: CheckView[];
  troubles: { message: string; target?: Locator }[];
}

export function readPage(playbook: Playbook, env: ConditionEnv & { state: GuideState }): PageReading {
  const { step, index, done } = progressOf(playbook, env, env.state.done);
  const troubles = (step?.troubles ?? []).filter((t) => holds(t.when, env)).map((t) => ({ message: t.message, target: t.target }));
  const checks = (step?.checks ?? []).flatMap((c): CheckView[] => {
    if (holds(c.passWhen, env)) return [{ name: c.name, ok: true }];
    if (c.failWhen && holds(c.failWhen, env))
      return [{ name: c.failName ?? c.name, ok: false, message: c.failMessage, ...(c.severity === 'danger' ? { danger: true } : {}) }];
    return [];
  });
  const allDone = new Set([...done, ...env.state.done]);
  return {
    step,
    done,
    checks,
    troubles,
    view: {
      playbookName: playbook.name,
      stepNumber: index + 1,
      stepCount: playbook.steps.length,
      doneCount: playbook.steps.filter((s) => allDone.has(s.id)).length,
      title: step?.title ?? 'All steps done',
      hint: step?.hint ?? 'Everything the guide asks for is done.',
      canFill: !!step?.fill?.length,
      facts: readFacts(playbook.facts, env),
    },
  };
}

/** The wording of a reading, to tell when it last changed. */
export function signatureOf(reading: PageReading): string {
  return JSON.stringify([reading.step?.id, reading.troubles.map((t) => t.message), reading.checks]);
}
