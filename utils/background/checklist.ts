// The checklist as the background sees it: a step is done when the assistant saw it done on
// a CRM page, when its state facts hold (captured, sent, saved, verified), or by hand.
import type { Condition, Playbook } from '../guide/playbook';
import type { ChecklistItem, GuideState } from '../messages';
import type { CrmProgress } from './stores';

type StateFacts = Pick<GuideState, 'captured' | 'sent' | 'settingsSaved' | 'verified'>;

/** Page facts are unknown here and count as not holding. */
export function stateHolds(condition: Condition, facts: StateFacts): boolean {
  if ('captured' in condition) return facts.captured.includes(condition.captured) || facts.sent.includes(condition.captured);
  if ('sent' in condition) return facts.sent.includes(condition.sent);
  if ('settingsSaved' in condition) return facts.settingsSaved;
  if ('verified' in condition) return facts.verified;
  if ('all' in condition) return condition.all.every((c) => stateHolds(c, facts));
  if ('any' in condition) return condition.any.some((c) => stateHolds(c, facts));
  if ('not' in condition) return !stateHolds(condition.not, facts);
  return false;
}

export function buildChecklist(playbook: Playbook, progress: CrmProgress, facts: StateFacts): ChecklistItem[] {
  return playbook.steps.map((step) => {
    const seen = progress.seen.includes(step.id) || (step.done !== undefined && stateHolds(step.done, facts));
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
