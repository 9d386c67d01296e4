// Connections made by an OAuth consent (Playbook.oauth): started from the popup, followed after
// the provider sends the person back to HeavySet's return page.
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { answer, refuse } from '../../messages';
import { playbookFor } from '../../crm';
import type { Context } from '../context';
import type { Handlers } from './types';

export function oauthHandlers(ctx: Context): Pick<Handlers, 'oauth/start' | 'oauth/returned'> {
  return {
    async 'oauth/start'(request) {
      const linked = await ctx.linked();
      if ('problem' in linked) return refuse(linked.problem);
      const spec = linked.playbook.oauth;
      if (!spec) return refuse(i18n.t('bg.oauth.noConsent', { crm: linked.playbook.name }));
      const region = request.region ?? spec.regions[0]?.value;
      if (region && !spec.regions.some((known) => known.value === region)) return refuse(i18n.t('bg.oauth.unknownRegionPick', { regionLabel: spec.regionLabel, region }));
      const configId = linked.session.crmConfig.id;
      try {
        const { authorizeUrl } = await linked.client.authorize(configId, spec.endpoint, region ? { [spec.regionParam]: region } : {}, crypto.randomUUID());
        await ctx.oauth.started(linked.playbook.crm, configId, region);
        await browser.tabs.create({ url: authorizeUrl });
        return answer({ url: authorizeUrl });
      } catch (error) {
        return refuse(ctx.problemOf(error, linked.playbook));
      }
    },

    async 'oauth/returned'(request) {
      const spec = playbookFor(request.crm)?.oauth;
      if (!spec) return refuse(i18n.t('bg.oauth.noConsentThis'));
      const linked = await ctx.linked(request.crm);
      if ('problem' in linked) return refuse(linked.problem);
      const names = Object.keys(spec.returnParams).filter((name) => name !== 'code');
      const params = Object.fromEntries(Object.entries(request.params).filter(([name]) => names.includes(name)));
      return answer(await ctx.oauth.returned(request.crm, linked.session.crmConfig.id, params));
    },
  };
}
