// Leap rendered by AngularJS + angular-ui-bootstrap + Bootstrap 3 (test/sandbox/renderings/leap-angular),
// and what a person does on it, by what they see.
import type { Page } from 'puppeteer';
import { leapAngularSite } from '../../sandbox/renderings/leap-angular/index';
import { callSandbox } from '../../sandbox/server/testing';
import { serverState } from '../harness';
import { clickText, fillIfNeeded, press, waitForTextGone, waitForVisibleText, waitUntilLoaded } from '../person-actions';
import type { MarkupVariant, VariantWalkContext, WalkResult } from './types';

/** The Leap playbook's step ids (utils/crm/leap.ts) where the walks check the card. */
const STEP = {
  openDevelopers: 'open-developers',
  generateToken: 'generate-token',
  nameToken: 'name-token',
  captureToken: 'capture-token',
} as const;

const TOKEN_NAME = 'HeavySet Tech';

/** Generate Token → name it (the card's Fill for me, then by hand if still needed) → Generate → Copy to Clipboard. */
async function generateToken(ctx: VariantWalkContext, page: Page): Promise<void> {
  await waitUntilLoaded(page);
  await waitForVisibleText(page, 'Public API Tokens');
  await ctx.checkpoint(page, STEP.generateToken);
  await press(page, 'button', 'Generate Token');
  await waitForVisibleText(page, 'Token Name');
  await ctx.checkpoint(page, STEP.nameToken);
  await ctx.cardClick(page, 'Fill for me');
  await fillIfNeeded(page, 'Token Name', TOKEN_NAME);
  await press(page, 'button', 'Generate');
  await waitForVisibleText(page, 'Copy to Clipboard');
  await ctx.checkpoint(page, STEP.captureToken);
  await ctx.shot(page, 'leap-angular-token-shown');
  await press(page, 'button', 'Copy to Clipboard');
  await waitForTextGone(page, 'Copy to Clipboard');
}

/** The newest active "HeavySet Tech" token the backend holds. */
async function issuedToken(ctx: VariantWalkContext, before: Set<string>): Promise<string> {
  const tokens = (await serverState(ctx.sandbox)).crm.leap.tokens.filter((t) => t.name === TOKEN_NAME && !t.revoked && !before.has(t.id));
  const token = tokens.at(-1);
  if (!token) throw new Error('Leap issued no new HeavySet Tech token');
  return token.token;
}

async function tokenIds(ctx: VariantWalkContext): Promise<Set<string>> {
  return new Set((await serverState(ctx.sandbox)).crm.leap.tokens.map((t) => t.id));
}

export const leapAngularVariant: MarkupVariant = {
  id: 'leap-angular-ui-bootstrap',
  description: 'JobProgress as AngularJS 1.8 + angular-ui-bootstrap + Bootstrap 3 render it: hash routes, a uib-dropdown profile menu, a $uibModal without an accessible name, the token in an ng-model read-only input',
  sites: [leapAngularSite],
  walks: [
    {
      crm: 'leap',
      name: 'profile menu → Settings → Developers → Generate Token in a $uibModal, Copy to Clipboard closes it',
      async walk(ctx): Promise<WalkResult> {
        const before = await tokenIds(ctx);
        const page = await ctx.open('https://www.jobprogress.com/app/');
        await waitForVisibleText(page, 'Dashboard');
        await ctx.checkpoint(page, STEP.openDevelopers);
        await clickText(page, 'Dana Whitfield');
        await press(page, 'link', 'Settings');
        await waitForVisibleText(page, 'Company Information');
        await ctx.checkpoint(page, STEP.openDevelopers);
        await press(page, 'link', 'Developers');
        await generateToken(ctx, page);
        return { issued: { apiToken: await issuedToken(ctx, before) } };
      },
    },
    {
      crm: 'leap',
      name: 'an earlier HeavySet Tech token is listed; entered at #/settings/developers without www; 1024×640',
      viewport: { width: 1024, height: 640 },
      async walk(ctx): Promise<WalkResult> {
        const earlier = await callSandbox(ctx.sandbox.server, 'POST', '/sandbox/crm/leap/tokens', { name: TOKEN_NAME });
        if (earlier.status !== 201) throw new Error(`could not prepare the earlier token: ${earlier.status}`);
        const before = await tokenIds(ctx);
        const page = await ctx.open('https://jobprogress.com/app/#/settings/developers');
        await generateToken(ctx, page);
        return { issued: { apiToken: await issuedToken(ctx, before) }, decoys: { apiToken: [earlier.body.token as string] } };
      },
    },
  ],
};
