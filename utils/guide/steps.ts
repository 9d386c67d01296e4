// Which step of the playbook this page shows, and which steps are done.
import type { Playbook, StepSpec } from './playbook';
import { holds, type ConditionEnv } from './conditions';

/** First page step whose `when` holds and whose `done` does not. */
export function currentStep(playbook: Playbook, env: ConditionEnv): StepSpec | undefined {
  return playbook.steps.find((step) => step.when && holds(step.when, env) && !(step.done && holds(step.done, env)));
}

/** Steps whose `done` holds now (steps without `done` are ticked by hand elsewhere). */
export function doneSteps(playbook: Playbook, env: ConditionEnv): string[] {
  return playbook.steps.filter((step) => step.done && holds(step.done, env)).map((step) => step.id);
}

/** Where the person is in the guide: the step shown, else the first one not done (here or as
 *  the background remembers: `doneElsewhere`). */
export function progressOf(
  playbook: Playbook,
  env: ConditionEnv,
  doneElsewhere: readonly string[] = [],
): { step?: StepSpec; index: number; done: string[] } {
  const done = doneSteps(playbook, env);
  const step = currentStep(playbook, env) ?? playbook.steps.find((s) => !done.includes(s.id) && !doneElsewhere.includes(s.id));
  return { step, index: step ? playbook.steps.indexOf(step) : playbook.steps.length - 1, done };
}
