// Zoho consent with organizations as radio cards and a consent box tied to its words only by aria-describedby.
import { zohoCardsDescribedSites } from '../../sandbox/renderings/zoho-cards-described/index';
import { clickText, setChecked, waitForText } from '../person';
import { ZOHO_STEPS } from './steps';
import type { MarkupVariant } from './types';
import { connected, consentUrl, leaveWithout, refused } from './walks/zoho';

const CONSENT = 'I allow HeavySet Tech to access the above data from my Zoho account';

export const zohoCardsDescribed: MarkupVariant = {
  id: 'zoho-cards-described',
  description: 'Zoho consent with the organizations as radio cards (a visually hidden radio inside each <label> card: "Production / Acme Roofing / Org ID …"), "Which organization?" and a "Next" button; the consent checkbox has no label: its words are a <span> shown before it, tied only by aria-describedby; Accept an <input type=submit value="Accept"> of a form, Deny an <input type=button>; no-CRM page "Go back to HeavySet Tech".',
  sites: zohoCardsDescribedSites,
  walks: [
    {
      crm: 'zoho',
      name: 'Japan, three organizations: the Production card, Next, tick (words only described), Accept (input submit)',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'jp', 'multi'));
        await waitForText(page, 'Which organization?');
        await ctx.checkpoint(page, ZOHO_STEPS.chooseOrg.id);
        await clickText(page, 'Acme Roofing', { near: 'Production' });
        await clickText(page, 'Next');
        await waitForText(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await setChecked(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.accept.id);
        await clickText(page, 'Accept');
        return connected(ctx.sandbox, page, 'jp');
      },
    },
    {
      crm: 'zoho',
      name: 'Canada, an account without Zoho CRM (1024×640): "Go back to HeavySet Tech" (error=no_org)',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'ca', 'nocrm'));
        await waitForText(page, 'No CRM organization');
        await ctx.checkpoint(page, ZOHO_STEPS.noOrg.id);
        await leaveWithout(ctx, page, 'Go back to HeavySet Tech');
        return refused(ctx.sandbox, page, 'no_org');
      },
    },
  ],
};
