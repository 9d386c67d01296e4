// The framework-true renderings' walks without the extension: each completes by hand and the
// simulated CRM issued the values the walk reports (so a matrix failure is the assistant's, not the walk's).
import { afterEach, describe, expect, it } from 'vitest';
import { launchSandboxBrowser } from '../../sandbox/browser';
import { startReferenceServer, type ReferenceServer } from '../../sandbox/server/index';
import { allSites } from '../../sandbox/sites/index';
import type { SandboxSite } from '../../sandbox/sites/types';
import type { Sandbox } from '../harness';
import { leapAngularVariant } from './leap-angular';
import { SEED_SCOPES, serviceTitanAnvilVariant } from './servicetitan-anvil';
import { serverState } from '../harness';
import type { MarkupVariant, VariantWalk, VariantWalkContext } from './types';

const EXPECTED_KEYS: Record<string, RegExp> = {
  apiToken: /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/,
  tenantId: /^\d{6,}$/,
  clientId: /^cid\.[a-z0-9]{25}$/,
  clientSecret: /^cs\d+\.[a-z0-9]{50}$/,
  applicationKey: /^ak1\.[a-z0-9]{25,26}$/,
  bookingProviderId: /^\d{8,9}$/,
};

/** The variant's sites answer their hosts; the default sites keep the hosts no variant site claims. */
function sitesWith(variantSites: SandboxSite[]): SandboxSite[] {
  const taken = new Set(variantSites.flatMap((s) => s.hosts));
  const rest = allSites.map((s) => ({ ...s, hosts: s.hosts.filter((host) => !taken.has(host)) })).filter((s) => s.hosts.length > 0);
  return [...variantSites, ...rest];
}

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function dryRun(variant: MarkupVariant, walk: VariantWalk) {
  const server: ReferenceServer = await startReferenceServer({ quiet: true });
  const browser = await launchSandboxBrowser({ serverUrl: server.url, sites: sitesWith(variant.sites), headless: true });
  cleanup = async () => {
    await browser.close();
    await server.close();
  };
  const sandbox: Sandbox = { server, browser, extensionUrl: () => '', close: () => browser.close() };
  const checkpoints: string[] = [];
  const ctx: VariantWalkContext = {
    sandbox,
    async open(url) {
      const page = await browser.browser.newPage();
      if (walk.viewport) await page.setViewport(walk.viewport);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    // No extension: no card to click; the walk completes by hand.
    cardClick: async () => undefined,
    checkpoint: async (_page, stepId) => {
      checkpoints.push(stepId);
    },
    shot: async () => undefined,
  };
  const started = Date.now();
  const result = await walk.walk(ctx);
  const ms = Date.now() - started;
  return { result, checkpoints, ms, state: await serverState(sandbox) };
}

const variants = [leapAngularVariant, serviceTitanAnvilVariant];

describe('framework-true renderings: walks without the extension', () => {
  for (const variant of variants) {
    for (const walk of variant.walks) {
      it(`${variant.id}: ${walk.name}`, async () => {
        const { result, checkpoints, ms, state } = await dryRun(variant, walk);
        console.log(`${variant.id} / ${walk.viewport ? `${walk.viewport.width}×${walk.viewport.height}` : 'default'}: ${ms} ms, ${checkpoints.length} checkpoints`);
        const keys = Object.keys(result.issued);
        expect(keys.length).toBeGreaterThan(0);
        for (const key of keys) expect(result.issued[key], key).toMatch(EXPECTED_KEYS[key] ?? /^\S+$/);
        if (walk.crm === 'leap') expect(keys).toEqual(['apiToken']);
        else expect(keys).toEqual(expect.arrayContaining(['tenantId', 'clientId', 'clientSecret', 'applicationKey']));
        for (const [key, values] of Object.entries(result.decoys ?? {})) {
          for (const decoy of values) expect(decoy, `decoy ${key}`).not.toBe(result.issued[key]);
        }
        expect(checkpoints.length).toBeGreaterThan(2);
        if (walk.crm === 'servicetitan') {
          // What the person's form produced: exactly the seed's scopes, category and credentials option.
          const app = state.crm.servicetitan.apps.find((a) => a.clientId === result.issued.clientId)!;
          expect(app.scopes).toEqual(SEED_SCOPES);
          expect(app.category).toBe('Web Scheduler');
          expect(app.credentialsManagement).toMatch(/^I, the app developer/);
          expect(app.allowedByTenant).toBe(true);
          const tag = state.crm.servicetitan.tags.find((t) => t.name === 'HeavySet Tech')!;
          expect(app.bookingProviderTagId).toBe(tag.id);
        }
      });
    }
  }
});
