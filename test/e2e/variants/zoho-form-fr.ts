// Zoho consent in French as plain forms: a <select> org picker with <input type=button>, a wrapping label.
import { zohoFormFrSites } from '../../sandbox/renderings/zoho-form-fr/index';
import { chooseByLabel, clickText, setChecked, waitForText } from '../person';
import { ZOHO_STEPS } from './steps';
import type { MarkupVariant } from './types';
import { connected, consentUrl, leaveWithout, refused } from './walks/zoho';

const CONSENT = 'J’autorise HeavySet Tech à accéder aux données ci-dessus depuis mon compte Zoho';

export const zohoFormFr: MarkupVariant = {
  id: 'zoho-form-fr',
  description: 'Zoho consent in French as plain forms: the org picker a <select> ("Production — …", "Sandbox — …", "Développeur — …") with <input type=button value="Valider">; the consent a <label> wrapping its checkbox; "Accepter" an <input type=submit>, "Refuser" an <input type=button>; "Retour à l’application".',
  sites: zohoFormFrSites,
  walks: [
    {
      crm: 'zoho',
      name: 'Australia, three organizations: Production chosen in a <select>, Valider, cocher, Accepter',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'au', 'multi'));
        await waitForText(page, 'Sélectionnez une organisation');
        await ctx.checkpoint(page, ZOHO_STEPS.chooseOrg.id);
        await chooseByLabel(page, 'Organisation', /^Production — Acme Roofing/);
        await clickText(page, 'Valider');
        await waitForText(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await setChecked(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.accept.id);
        await clickText(page, 'Accepter');
        return connected(ctx.sandbox, page, 'au');
      },
    },
    {
      crm: 'zoho',
      name: 'China, one organization: cocher, Accepter',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'cn', 'single'));
        await waitForText(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await setChecked(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.accept.id);
        await clickText(page, 'Accepter');
        return connected(ctx.sandbox, page, 'cn');
      },
    },
    {
      crm: 'zoho',
      name: 'United Kingdom, one organization (1024×640): the person refuses (Refuser)',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'uk', 'single'));
        await waitForText(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await leaveWithout(ctx, page, 'Refuser');
        return refused(ctx.sandbox, page, 'access_denied');
      },
    },
  ],
};
