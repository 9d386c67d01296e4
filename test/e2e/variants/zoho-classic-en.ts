// Zoho consent in English without ARIA: a div Submit on the org picker, consent words in a sibling span.
import { zohoClassicEnSites } from '../../sandbox/renderings/zoho-classic-en/index';
import { clickText, setChecked, waitForText } from '../person';
import { ZOHO_STEPS } from './steps';
import type { MarkupVariant } from './types';
import { connected, consentUrl, leaveWithout, refused } from './walks/zoho';

const CONSENT = 'I allow HeavySet Tech to access the above data from my Zoho account';

export const zohoClassicEn: MarkupVariant = {
  id: 'zoho-classic-en',
  description: 'Zoho consent in English without ARIA: organization picker rows and its Submit are divs; the consent checkbox’s words are a sibling <span>, not a label; the no-CRM page’s "Back to app" is a div.',
  sites: zohoClassicEnSites,
  walks: [
    {
      crm: 'zoho',
      name: 'EU, three organizations: Production picked, Submit (a div), tick, Accept',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'eu', 'multi'));
        await waitForText(page, 'Choose an organization');
        await ctx.checkpoint(page, ZOHO_STEPS.chooseOrg.id);
        await clickText(page, 'Production');
        await clickText(page, 'Submit');
        await waitForText(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await setChecked(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.accept.id);
        await clickText(page, 'Accept');
        return connected(ctx.sandbox, page, 'eu');
      },
    },
    {
      crm: 'zoho',
      name: 'US, one organization: the person rejects',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'us', 'single'));
        await waitForText(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await leaveWithout(ctx, page, 'Reject');
        return refused(ctx.sandbox, page, 'access_denied');
      },
    },
    {
      crm: 'zoho',
      name: 'India, an account without Zoho CRM: Back to app (error=no_org)',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'in', 'nocrm'));
        await waitForText(page, 'No Zoho CRM account found');
        await ctx.checkpoint(page, ZOHO_STEPS.noOrg.id);
        await leaveWithout(ctx, page, 'Back to app');
        return refused(ctx.sandbox, page, 'no_org');
      },
    },
  ],
};
