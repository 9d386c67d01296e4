// Values: captured on a page, typed or pasted in the popup, revealed, removed.
import { answer, refuse, type Reply, type Stored } from '../../messages';
import type { CrmType } from '../../heavyset/contract';
import { playbookFor } from '../../crm';
import { checkValue } from '../../guide/values';
import type { VaultEntry } from '../../vault';
import type { Context } from '../context';
import type { Handlers } from './types';

export function valueHandlers(ctx: Context): Pick<Handlers, 'capture' | 'value/set' | 'value/reveal' | 'value/delete'> {
  async function store(crm: CrmType, field: string, raw: string, source: string, how: VaultEntry['how']): Promise<Reply<Stored>> {
    const playbook = playbookFor(crm);
    if (!playbook) return refuse('This CRM is not supported by this version of the assistant.');
    if (playbook.fields.find((f) => f.key === field)?.readOnly)
      return refuse('HeavySet sets this value itself: it is never captured or typed here.');
    const checked = checkValue(playbook.fields, field, raw);
    if (!checked.ok) return refuse(checked.problem, checked.looksLike);
    const stored = await ctx.vault.put({ crm, field, value: checked.value, source, how });
    if (stored.outcome === 'stored') await ctx.queue.forget(crm, field);
    return answer(stored);
  }

  return {
    capture: (request) => store(request.crm, request.field, request.value, request.source, 'page'),
    'value/set': (request) => store(request.crm, request.field, request.value, 'Entered in the assistant', request.how),
    async 'value/reveal'(request) {
      const value = await ctx.vault.value(request.crm, request.field);
      return value === undefined ? refuse('Nothing to reveal: the value was sent (and purged) or has expired.') : answer(value);
    },
    async 'value/delete'(request) {
      await ctx.vault.remove(request.crm, request.field);
      await ctx.queue.forget(request.crm, request.field);
      return answer(null);
    },
  };
}
