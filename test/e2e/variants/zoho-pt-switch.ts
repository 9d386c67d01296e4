// Zoho consent in Brazilian Portuguese, a newer single-page design: a searchable combobox for the
// organization, a link-styled "Continuar", the consent a toggle switch named by a sibling span.
import { zohoPtSwitchSites } from '../../sandbox/renderings/zoho-pt-switch/index';
import { clickText, setChecked, sleep, typeByLabel, waitForText } from '../person';
import { ZOHO_STEPS } from './steps';
import type { MarkupVariant } from './types';
import { connected, consentUrl, leaveWithout, refused } from './walks/zoho';

const CONSENT = 'Permito que HeavySet Tech acesse os dados acima';

export const zohoPtSwitch: MarkupVariant = {
  id: 'zoho-pt-switch',
  description: 'Zoho consent in Brazilian Portuguese (lang=pt-BR), single-page design: the org chooser a searchable combobox ("Organização", input role=combobox whose listbox of options — name, Produção/Sandbox chip, "Edição: Enterprise", "Centro de dados: …" — exists only while open; typing filters), "Continuar" an <a href="#" class="btn"> aria-disabled until chosen; the consent a button role=switch named by a sibling <span> (aria-labelledby) "Permito que HeavySet Tech acesse os dados acima", scopes as <details>, "Aceitar" / "Rejeitar" div role=button in a sticky bar, Aceitar only showing "Ative a permissão para continuar" while the switch is off; no-CRM page "Nenhuma organização do Zoho CRM", "Voltar ao aplicativo".',
  sites: zohoPtSwitchSites,
  walks: [
    {
      crm: 'zoho',
      name: 'United States, two organizations: search "acme" in the combobox, Acme Roofing (Produção), Continuar (a link), switch on, Aceitar',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'us', 'multi'));
        await waitForText(page, 'Escolha uma organização');
        await ctx.checkpoint(page, ZOHO_STEPS.chooseOrg.id);
        await ctx.shot(page, 'zoho-pt-switch-multi-choose-org');
        await typeByLabel(page, 'Organização', 'acme');
        await waitForText(page, 'Edição: Enterprise');
        await ctx.shot(page, 'zoho-pt-switch-multi-list-open');
        await clickText(page, 'Acme Roofing', { near: 'Produção' });
        await waitForText(page, 'Acme Roofing · Produção');
        await clickText(page, 'Continuar');
        await waitForText(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await ctx.shot(page, 'zoho-pt-switch-multi-allow');
        await setChecked(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.accept.id);
        await ctx.shot(page, 'zoho-pt-switch-multi-accept');
        await clickText(page, 'Aceitar');
        return connected(ctx.sandbox, page, 'us');
      },
    },
    {
      crm: 'zoho',
      name: 'Europe, one organization (1024×640): Aceitar first ("Ative a permissão para continuar"), switch on, Aceitar',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'eu', 'single'));
        await waitForText(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await ctx.shot(page, 'zoho-pt-switch-one-allow');
        // The person presses Aceitar before the switch, as the button does not look disabled.
        await clickText(page, 'Aceitar');
        await waitForText(page, 'Ative a permissão para continuar');
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await ctx.shot(page, 'zoho-pt-switch-one-error');
        await setChecked(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.accept.id);
        await ctx.shot(page, 'zoho-pt-switch-one-accept');
        await clickText(page, 'Aceitar');
        return connected(ctx.sandbox, page, 'eu');
      },
    },
    {
      crm: 'zoho',
      name: 'India, an account without Zoho CRM: "Nenhuma organização do Zoho CRM", Voltar ao aplicativo (error=no_org)',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'in', 'nocrm'));
        await waitForText(page, 'Nenhuma organização do Zoho CRM');
        // The person reads the warning before the card: while the page said "Carregando…" the card showed a
        // passing "Next: Use a Zoho account that has Zoho CRM", which a checkpoint read at once would take for the step.
        await sleep(1_000);
        await ctx.checkpoint(page, ZOHO_STEPS.noOrg.id);
        await ctx.shot(page, 'zoho-pt-switch-no-org');
        await leaveWithout(ctx, page, 'Voltar ao aplicativo');
        return refused(ctx.sandbox, page, 'no_org');
      },
    },
  ],
};
