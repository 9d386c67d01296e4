// The card's content for the page as it is now: a pure function of the playbook, the page and the
// background's state. On a page that shows a step: that step (its hint, target, checks, troubles).
// On a page that shows none: where the person is and what comes next — never another page's
// targets or troubles.
import type { GuideState } from '../messages';
import type { Locator, Playbook, StepSpec } from './playbook';
import { holds, type ConditionEnv } from './conditions';
import { readFacts } from './facts';
import { progressOf, stepNumber } from './steps';
import type { CheckView, GuideView } from './view';

export interface PageReading {
  /** The step this page shows (undefined: none applies here). */
  step?: StepSpec;
  /** Step ids done on this page now. */
  done: string[];
  /** What the card says; checks and troubles are shown only once stable (no flicker while the page renders). */
  view: Omit<GuideView, 'fill' | 'captures' | 'alerts' | 'guard' | 'proposals' | 'attention' | 'avoid' | 'rings' | 'status' | 'checks' | 'troubles' | 'picking'>;
  checks: CheckView[];
  troubles: { message: string; target?: Locator | Locator[] }[];
}

function checksOf(step: StepSpec, env: ConditionEnv): CheckView[] {
  return (step.checks ?? []).flatMap((c): CheckView[] => {
    if (holds(c.passWhen, env)) return [{ name: c.name, ok: true }];
    if (c.failWhen && holds(c.failWhen, env))
      return [{ name: c.failName ?? c.name, ok: false, message: c.failMessage, ...(c.severity === 'danger' ? { danger: true } : {}) }];
    return [];
  });
}

/** Where the person is, in the playbook's words. */
function placeOf(playbook: Playbook, env: ConditionEnv): string {
  return playbook.places?.find((place) => holds(place.when, env))?.name ?? playbook.name;
}

export function readPage(playbook: Playbook, env: ConditionEnv & { state: GuideState }): PageReading {
  const progress = progressOf(playbook, env, env.state.done);
  const step = progress.current;
  const common = {
    playbookName: playbook.name,
    stepCount: playbook.steps.length,
    doneCount: playbook.steps.filter((s) => progress.done.has(s.id)).length,
    facts: readFacts(playbook.facts, env),
  };
  if (step) {
    return {
      step,
      done: progress.doneHere,
      checks: checksOf(step, env),
      troubles: (step.troubles ?? []).filter((t) => holds(t.when, env)).map((t) => ({ message: t.message, target: t.target })),
      view: { ...common, stepNumber: stepNumber(playbook, step), guideStep: step.guideStep, title: step.title, hint: step.hint, canFill: !!step.fill?.length, canPick: !!step.captures?.length },
    };
  }
  const next = progress.next;
  const where = placeOf(playbook, env);
  // The next step is this page's own when its place is where the person is (its target not in sight yet).
  const here = !!next && (next.when === undefined || sameWords(next.place, where));
  // What this page confirms (a step done here whose check passes): "✓ HeavySet Tech is listed".
  const confirmed = playbook.steps.filter((s) => progress.doneHere.includes(s.id)).flatMap((s) => checksOf(s, env).filter((c) => c.ok));
  return {
    done: progress.doneHere,
    checks: confirmed,
    troubles: [],
    view: {
      ...common,
      stepNumber: stepNumber(playbook, next),
      guideStep: next?.guideStep ?? '',
      // The card words the rest (card.next, card.elsewhere, card.allDone): the engine says what, not how.
      title: next?.title ?? '',
      hint: next && here ? next.hint : '',
      canFill: false,
      canPick: false,
      waiting: { where, ...(next && { next: { place: next.place, here } }) },
      ...(next?.opens && !here ? { link: next.opens } : {}),
    },
  };
}

const sameWords = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** The wording of a reading, to tell when it last changed. */
export function signatureOf(reading: PageReading): string {
  return JSON.stringify([reading.step?.id, reading.view.title, reading.troubles.map((t) => t.message), reading.checks]);
}
