// Values: captured on a page, typed or pasted in the popup, revealed, removed.
import { i18n } from '#i18n';
import { answer, refuse, type Reply, type Stored } from '../../messages';
import type { CrmType } from '../../heavyset/contract';
import { playbookFor } from '../../crm';
import { checkValue } from '../../guide/values';
import type { VaultEntry } from '../../vault';
import type { Context } from '../context';
import type { Handlers } from './types';


export function valueHandlers(
  ctx: Context,
): Pick<Handlers, 'capture' | 'value/set' | 'value/reveal' | 'value/delete' | 'value/decide' | 'values/bind' | 'values/discard'> {
  async function store(crm: CrmType, field: string, raw: string, source: string, how: VaultEntry['how'], rank?: number): Promise<Reply<Stored>> {
    const playbook = playbookFor(crm);
    if (!playbook) return refuse(i18n.t('bg.notSupported'));
    if (playbook.fields.find((f) => f.key === field)?.readOnly)
      return refuse(i18n.t('bg.values.readOnly'));
    const checked = checkValue(playbook.fields, field, raw);
    // Typed or pasted: what to do next (the card words a page's own refusals).
    if (!checked.ok) return refuse(how === 'page' || checked.looksLike ? checked.problem : `${checked.problem} ${i18n.t('bg.values.retype')}`, checked.looksLike);
    const binding = await ctx.binding(crm);
    // A page never replaces a value silently: a different one waits for the person's choice —
    // unless HeavySet found the held one wrong (refused, or its Verify check failed): the new one is the fix.
    const heldRejected = how === 'page' && (await ctx.knowledge(crm, binding.configId ?? undefined)).rejected.includes(field);
    const onChange = how === 'page' && !heldRejected ? 'ask' : 'replace';
    const stored = await ctx.vault.put({ binding, crm, field, value: checked.value, source, how, rank, onChange });
    return answer(stored);
  }

  return {
    capture: (request) => store(request.crm, request.field, request.value, request.source, request.picked ? 'picked' : 'page', request.rank),
    'value/set': (request) => store(request.crm, request.field, request.value, 'Entered in the assistant', request.how),
    async 'value/reveal'(request) {
      const { configId } = await ctx.binding(request.crm);
      const held = await ctx.vault.value(configId, request.crm, request.field);
      return held === undefined ? refuse(i18n.t('bg.values.nothingToReveal')) : answer(held.value);
    },
    async 'value/decide'(request) {
      const { configId } = await ctx.binding(request.crm);
      await ctx.vault.decide(configId, request.crm, request.field, request.use);
      return answer(null);
    },
    async 'values/bind'(request) {
      const binding = await ctx.binding(request.crm);
      if (binding.configId === null) return refuse(i18n.t('bg.values.saveCodeFirst'));
      await ctx.vault.bind(request.crm, { ...binding, configId: binding.configId });
      return answer(null);
    },
    async 'values/discard'(request) {
      await ctx.vault.remove(request.configId, request.crm);
      if (request.configId) await ctx.queue.forget(request.configId, request.crm);
      return answer(null);
    },
    async 'value/delete'(request) {
      const { configId } = await ctx.binding(request.crm);
      await ctx.vault.remove(configId, request.crm, request.field);
      if (configId) await ctx.queue.forget(configId, request.crm, request.field);
      return answer(null);
    },
  };
}
