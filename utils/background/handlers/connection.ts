// The link to HeavySet (options page) and the popup's state.
import { browser } from 'wxt/browser';
import { answer } from '../../messages';
import { QUEUE_ALARM } from '../../heavyset/queue';
import { clearNotices } from '../../stored';
import type { Context } from '../context';
import { buildPopupState } from '../popup-state';
import { linkItem } from '../stores';
import type { Handlers } from './types';

export function connectionHandlers(
  ctx: Context,
): Pick<Handlers, 'options/get' | 'options/save' | 'popup/state' | 'notices/clear' | 'options/disconnect'> {
  return {
    async 'options/get'() {
      const link = await ctx.link.read();
      return answer({
        apiUrl: link.apiUrl,
        engineerEmail: link.engineerEmail,
        connectCodeLastFour: link.codeLastFour,
        connectCodeProblem: link.codeProblem,
        session: link.session,
      });
    },
    'options/save': (request) => ctx.link.save(request),
    async 'popup/state'() {
      const state = await buildPopupState(ctx);
      if (state.session) ctx.refreshServer(state.session.crmConfig.id);
      return answer(state);
    },
    async 'notices/clear'() {
      await clearNotices();
      return answer(null);
    },
    /** Nothing of HeavySet's is left in this browser: the code goes first (no send starts after it),
     *  a send already on its way finishes, then every stored item of the assistant is cleared. */
    async 'options/disconnect'() {
      await linkItem.removeValue();
      await browser.alarms.clear(QUEUE_ALARM);
      await ctx.queue.settled();
      await Promise.all([browser.storage.local.clear(), browser.storage.session.clear()]);
      return answer(null);
    },
  };
}
