// Zoho consent in German with rich ARIA: radiogroup picker, span role=checkbox named by sibling text.
import { zohoAriaDeSites } from '../../sandbox/renderings/zoho-aria-de/index';
import { clickText, setChecked, waitForText } from '../person';
import { ZOHO_STEPS } from './steps';
import type { MarkupVariant } from './types';
import { connected, consentUrl, leaveWithout, refused } from './walks/zoho';

const CONSENT = 'Ich erlaube HeavySet Tech, auf die oben genannten Daten aus meinem Zoho-Konto zuzugreifen';

export const zohoAriaDe: MarkupVariant = {
  id: 'zoho-aria-de',
  description: 'Zoho consent in German with rich ARIA: the org picker a radiogroup of native radios in labels ("Produktion", "Sandbox", "Entwickler") with a "Weiter" link-button; the consent box a span role=checkbox named by its sibling text via aria-labelledby; "Akzeptieren" aria-disabled until ticked; "Ablehnen"; "Zurück zur App".',
  sites: zohoAriaDeSites,
  walks: [
    {
      crm: 'zoho',
      name: 'Japan, one organization (1024×640): ankreuzen, Akzeptieren',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'jp', 'single'));
        await waitForText(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await setChecked(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.accept.id);
        await clickText(page, 'Akzeptieren');
        return connected(ctx.sandbox, page, 'jp');
      },
    },
    {
      crm: 'zoho',
      name: 'Canada, three organizations: Produktion, Weiter (a link), ankreuzen, Akzeptieren',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'ca', 'multi'));
        await waitForText(page, 'Organisation auswählen');
        await ctx.checkpoint(page, ZOHO_STEPS.chooseOrg.id);
        await clickText(page, 'Produktion');
        await clickText(page, 'Weiter');
        await waitForText(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await setChecked(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.accept.id);
        await clickText(page, 'Akzeptieren');
        return connected(ctx.sandbox, page, 'ca');
      },
    },
    {
      crm: 'zoho',
      name: 'Saudi Arabia, no Zoho CRM: Zurück zur App (error=no_org)',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'sa', 'nocrm'));
        await waitForText(page, 'Kein Zoho CRM-Konto gefunden');
        await ctx.checkpoint(page, ZOHO_STEPS.noOrg.id);
        await leaveWithout(ctx, page, 'Zurück zur App');
        return refused(ctx.sandbox, page, 'no_org');
      },
    },
  ],
};
