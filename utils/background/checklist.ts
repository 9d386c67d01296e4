// The checklist as the background sees it: a step is done when the assistant saw it done on a
// CRM page, when its state conditions hold (the engine's own evaluator, with no page: page
// conditions count as not holding), or by hand.
import type { Playbook } from '../guide/playbook';
import { holds, type StateFacts } from '../guide/conditions';
import type { ChecklistItem } from '../messages';
import type { CrmProgress } from './stores';

export function buildChecklist(playbook: Playbook, progress: CrmProgress, facts: Omit<StateFacts, 'oauth'>): ChecklistItem[] {
  return playbook.steps.map((step) => {
    const seen = progress.seen.includes(step.id) || (step.done !== undefined && holds(step.done, { state: facts }));
    const hand = progress.byHand[step.id];
    return {
      id: step.id,
      guideStep: step.guideStep,
      title: step.title,
      place: step.place,
      done: hand ?? seen,
      byHand: hand !== undefined,
    };
  });
}
