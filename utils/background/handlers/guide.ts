// The guide's memory: what the card needs to know of the background (never a value), the steps
// seen done on the pages or ticked by hand, the values "Fill for me" types, popup drafts.
import { i18n } from '#i18n';
import { answer, refuse, type GuideState } from '../../messages';
import { playbookFor } from '../../crm';
import type { Context } from '../context';
import { draftsItem, readProgress, updateProgress, valueDraftsItem, VALUE_DRAFT_PREFIX } from '../stores';
import { fillValuesOf } from '../popup-state';
import { pressMemory } from '../presses';
import type { Handlers } from './types';

export function guideHandlers(ctx: Context): Pick<Handlers, 'guide/state' | 'guide/pressed' | 'guide/done' | 'checklist/tick' | 'fill/set' | 'draft/set'> {
  const presses = pressMemory();
  return {
    async 'guide/state'(request, from) {
      const playbook = playbookFor(request.crm);
      if (!playbook) return refuse(i18n.t('bg.notSupported'));
      const link = await ctx.link.read();
      const configId = link.session?.crmConfig.id;
      const [known, progress] = await Promise.all([ctx.knowledge(request.crm, configId), readProgress(request.crm)]);
      const state: GuideState = {
        captured: known.captured,
        unsent: known.unsent,
        rejected: known.rejected,
        proposed: known.entries.flatMap((e) => (e.proposed ? [{ field: e.field, held: e.lastFour, proposed: e.proposed.lastFour }] : [])),
        sent: known.sent,
        done: [...progress.seen, ...Object.entries(progress.byHand).filter(([, done]) => done).map(([id]) => id)],
        settingsSaved: known.settingsSaved,
        verified: known.verified,
        fillValues: fillValuesOf(playbook, link.engineerEmail, progress),
      };
      if (playbook.oauth && configId) state.oauth = await ctx.oauth.view(playbook, configId);
      if (from && presses.pressedBefore(from)) state.pressedBefore = true;
      return answer(state);
    },
    async 'guide/pressed'(_request, from) {
      if (from) presses.pressed(from);
      return answer(null);
    },
    async 'guide/done'(request) {
      await updateProgress(request.crm, (progress) => {
        progress.seen = [...new Set([...progress.seen, ...request.stepIds])];
      });
      return answer(null);
    },
    async 'checklist/tick'(request) {
      await updateProgress(request.crm, (progress) => {
        progress.byHand[request.stepId] = request.done;
      });
      return answer(null);
    },
    async 'fill/set'(request) {
      await updateProgress(request.crm, (progress) => {
        progress.fill[request.key] = request.value.trim();
      });
      return answer(null);
    },
    async 'draft/set'(request) {
      const item = request.key.startsWith(VALUE_DRAFT_PREFIX) ? valueDraftsItem : draftsItem;
      const drafts = { ...(await item.getValue()) };
      if (request.value === null || request.value === undefined) delete drafts[request.key];
      else drafts[request.key] = request.value;
      await item.setValue(drafts);
      return answer(null);
    },
  };
}
