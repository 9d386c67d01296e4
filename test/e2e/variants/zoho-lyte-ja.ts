// Zoho consent in Japanese, rendered in the habits of Zoho's Lyte UI: custom elements, a portaled drop-box, no ARIA.
import type { Page } from 'puppeteer';
import { zohoLyteJaSites } from '../../sandbox/renderings/zoho-lyte-ja/index';
import { clickText, setChecked, waitForText } from '../person';
import { ZOHO_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import { connected, consentUrl, leaveWithout, refused } from './walks/zoho';

const CONSENT = 'HeavySet Tech が私の Zoho アカウントから上記のデータにアクセスすることを許可します';

/** The consent page: tick the box (its words beside the component), then 承認する. */
async function tickAndAccept(ctx: VariantWalkContext, page: Page, shot: string): Promise<void> {
  await waitForText(page, CONSENT);
  await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
  await ctx.shot(page, `${shot}-allow`);
  await setChecked(page, CONSENT);
  await ctx.checkpoint(page, ZOHO_STEPS.accept.id);
  await ctx.shot(page, `${shot}-accept`);
  await clickText(page, '承認する');
}

export const zohoLyteJa: MarkupVariant = {
  id: 'zoho-lyte-ja',
  description: 'Zoho consent in Japanese in Lyte UI markup, no ARIA: the org picker a <lyte-dropdown> ("組織を選択") whose <lyte-drop-box> of <lyte-drop-item>s is appended to <body>, "次へ" a <lyte-button> (inner <button> with <lyte-yield><span>); the consent box a <lyte-checkbox> (label > invisible input + drawn span) whose words are a sibling <span> outside it; "承認する" / "拒否する" <lyte-button>s; no-CRM page "Zoho CRM の組織が見つかりません" with "アプリに戻る".',
  sites: zohoLyteJaSites,
  walks: [
    {
      crm: 'zoho',
      name: 'Europe, one organization: tick the lyte-checkbox (words in a sibling span), 承認する',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'eu', 'single'));
        await tickAndAccept(ctx, page, 'zoho-lyte-ja-one');
        return connected(ctx.sandbox, page, 'eu');
      },
    },
    {
      crm: 'zoho',
      name: 'Australia, three organizations (1024×640): lyte-dropdown (drop-box in <body>), 次へ, tick, 承認する',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'au', 'multi'));
        await waitForText(page, '組織を選択してください');
        await ctx.checkpoint(page, ZOHO_STEPS.chooseOrg.id);
        await ctx.shot(page, 'zoho-lyte-ja-multi-choose-org');
        await clickText(page, '組織を選択');
        await clickText(page, 'Acme Roofing', { near: /本番環境/ });
        await clickText(page, '次へ');
        await tickAndAccept(ctx, page, 'zoho-lyte-ja-multi');
        return connected(ctx.sandbox, page, 'au');
      },
    },
    {
      crm: 'zoho',
      name: 'India, one organization: the person refuses (拒否する)',
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'in', 'single'));
        await waitForText(page, CONSENT);
        await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
        await ctx.shot(page, 'zoho-lyte-ja-refuse-allow');
        await leaveWithout(ctx, page, '拒否する');
        return refused(ctx.sandbox, page, 'access_denied');
      },
    },
    {
      crm: 'zoho',
      name: 'Japan, an account without Zoho CRM (1024×640): "Zoho CRM の組織が見つかりません", アプリに戻る (error=no_org)',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const page = await ctx.open(await consentUrl(ctx.sandbox, 'jp', 'nocrm'));
        await waitForText(page, 'Zoho CRM の組織が見つかりません');
        await ctx.checkpoint(page, ZOHO_STEPS.noOrg.id);
        await leaveWithout(ctx, page, 'アプリに戻る');
        return refused(ctx.sandbox, page, 'no_org');
      },
    },
  ],
};
