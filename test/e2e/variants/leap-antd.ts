// Leap as an Ant Design v5 (React) app renders it: Sider Menu, hover Dropdown under the avatar
// (portaled), Settings Tabs, a Table, a portaled Modal with a React-controlled Form input, the new
// token in a second Modal: `Typography.Paragraph code copyable` on www.jobprogress.com, a read-only
// `Input.Password` with a Copy button on jobprogress.com.
import { leapAntdSites } from '../../sandbox/renderings/leap-antd/index';
import { clickText, typeByLabel, visibleTexts, waitForText, waitForTextGone } from '../person';
import { LEAP_STEPS } from './steps';
import type { Page } from 'puppeteer';
import type { MarkupVariant, VariantWalkContext } from './types';
import { issuedToken, prepareLeap } from './walks/leap';

const ONCE = /will not be shown again/;
const MASKED = /•{4}[0-9a-f]{4}/;
/** antd's zoom-in of a Modal (0.2 s): the person reads it once it has settled. */
const ZOOM_MS = 300;

/** On Developers: Generate Token, the "Generate Token" modal named (Fill for me, then as a person checks it), Generate. */
async function generateNamedToken(ctx: VariantWalkContext, page: Page): Promise<void> {
  await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
  await clickText(page, 'Generate Token');
  await waitForText(page, 'Give the token a name');
  await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
  await ctx.cardClick(page, 'Fill for me');
  await typeByLabel(page, 'Token Name', 'HeavySet Tech');
  await clickText(page, 'Generate');
}

export const leapAntd: MarkupVariant = {
  id: 'leap-antd',
  description: 'JobProgress as an Ant Design v5 (React) app renders it (reproduced): Layout with a dark Sider Menu (role=menu/menuitem), the avatar’s hover Dropdown portaled to <body> (kept hidden once closed), Settings as Tabs (role=tablist/tab), a Table of tokens with masked previews "••••1a2b", Generate Token → portaled Modal (.ant-modal-root, mask + wrap, role=dialog aria-labelledby) with a Form "Token Name" (label[for], React-controlled input with value tracking) → Modal "API Token Generated" showing the token in a Typography.Paragraph code copyable (www) or a read-only Input.Password with eye toggle and Copy (no www); message toasts.',
  sites: leapAntdSites,
  walks: [
    {
      crm: 'leap',
      name: 'dashboard → avatar dropdown (hover, portaled) → Settings → Developers tab → Generate Token modal → token in Typography code copyable, Done',
      async walk(ctx) {
        const { before } = await prepareLeap(ctx.sandbox);
        const page = await ctx.open('https://www.jobprogress.com/app/#/dashboard');
        await waitForText(page, 'Good morning, Jane. 3 appointments today.');
        await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
        await clickText(page, 'Jane Cooper');
        await clickText(page, 'Settings');
        await waitForText(page, 'Users & Roles');
        await clickText(page, 'Developers');
        await waitForText(page, 'QuickBooks sync');
        await generateNamedToken(ctx, page);
        await waitForText(page, ONCE);
        await new Promise((r) => setTimeout(r, ZOOM_MS));
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-antd-token-code');
        await clickText(page, 'Done');
        await waitForTextGone(page, ONCE);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) } };
      },
    },
    {
      crm: 'leap',
      name: 'Developers opened directly (jobprogress.com, 1024×640) with an earlier "HeavySet Tech" token; token in a read-only Input.Password, Copy, Escape',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const page = await ctx.open('https://jobprogress.com/app/#/settings/developers');
        await waitForText(page, 'HeavySet Tech');
        const masked = await visibleTexts(page, MASKED);
        await generateNamedToken(ctx, page);
        await waitForText(page, ONCE);
        await new Promise((r) => setTimeout(r, ZOOM_MS));
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-antd-token-password');
        await clickText(page, 'Copy');
        await waitForText(page, 'Copied to clipboard');
        await page.keyboard.press('Escape');
        await waitForTextGone(page, ONCE);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...masked, earlier!] } };
      },
    },
  ],
};
