// The link to HeavySet (options page) and the popup's state.
import { answer } from '../../messages';
import { clearNotices } from '../../stored';
import type { Context } from '../context';
import { buildPopupState } from '../popup-state';
import type { Handlers } from './types';

export function connectionHandlers(ctx: Context): Pick<Handlers, 'options/get' | 'options/save' | 'popup/state' | 'notices/clear'> {
  return {
    async 'options/get'() {
      const link = await ctx.link.read();
      return answer({ apiUrl: link.apiUrl, engineerEmail: link.engineerEmail, connectCodeLastFour: link.codeLastFour, session: link.session });
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
  };
}
