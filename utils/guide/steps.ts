// Which step this page shows, and which steps are done. The current step is the one the page
// shows (its `when` holds and it is not done), never the first undone step of the guide: when no
// step applies here, the card says where the person is and what comes next. Evidence of a step
// marks the steps it `requires` done.
import type { Playbook, StepSpec } from './playbook';
import { holds, type ConditionEnv } from './conditions';

export interface Progress {
  /** The step this page shows, if any. */
  current?: StepSpec;
  /** The next step not done after what this page shows done (shown, without its page targets,
   *  when no step applies here). */
  next?: StepSpec;
  /** Steps done: seen done here, remembered by the background, or required by a step shown or done. */
  done: Set<string>;
  /** Steps whose `done` holds on this page now (reported to the background). */
  doneHere: string[];
}

/** Steps whose `done` holds now (steps without `done` are ticked by hand elsewhere). */
export function doneSteps(playbook: Playbook, env: ConditionEnv): string[] {
  return playbook.steps.filter((step) => step.done && holds(step.done, env)).map((step) => step.id);
}

/** The page step whose `when` holds and whose `done` does not (on this page, now: a step done
 *  before that is undone again — a rejected token — shows again). */
export function currentStep(playbook: Playbook, env: ConditionEnv): StepSpec | undefined {
  return playbook.steps.find((step) => step.when && holds(step.when, env) && !(step.done && holds(step.done, env)));
}

/** Adds, transitively, the steps required by these. */
function withRequired(playbook: Playbook, ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const add = (id: string): void => {
    if (out.has(id)) return;
    out.add(id);
    for (const required of playbook.steps.find((s) => s.id === id)?.requires ?? []) add(required);
  };
  for (const id of ids) add(id);
  return out;
}

export function progressOf(playbook: Playbook, env: ConditionEnv, doneElsewhere: readonly string[] = []): Progress {
  const doneHere = doneSteps(playbook, env);
  const done = withRequired(playbook, [...doneHere, ...doneElsewhere]);
  const current = currentStep(playbook, env);
  // A step the page shows means what it requires is done (its own `done` does not hold: it is not).
  if (current) for (const id of withRequired(playbook, current.requires ?? [])) done.add(id);
  // Forward from what this page shows done (a person entering mid-guide goes on from here; an
  // earlier step missed comes up once the ones after it are done), else the first not done.
  const furthest = Math.max(-1, ...doneHere.map((id) => playbook.steps.findIndex((s) => s.id === id)));
  const next = current ? undefined : (playbook.steps.find((s, i) => i > furthest && !done.has(s.id)) ?? playbook.steps.find((s) => !done.has(s.id)));
  return { current, next, done, doneHere };
}

/** "Step 5 of 23": the position of a step in the guide, one numbering for card and checklist. */
export function stepNumber(playbook: Playbook, step: StepSpec | undefined): number {
  return step ? playbook.steps.indexOf(step) + 1 : playbook.steps.length;
}
