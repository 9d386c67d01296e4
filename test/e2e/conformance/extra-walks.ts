// Walks of the default sandbox pages into states the matrix's walks never reach, only so that the
// playbooks' words for them are tried on a page (../variants/matrix-renderings.test.ts): an account without
// admin access, the integration environment, a tenant that has not authorized the app yet, a
// look-alike consent page, the return page once HeavySet holds the connection.
import { waitForOverlay } from '../harness';
import { clickText, setChecked, waitForText } from '../person';
import { consentUrl as lookalikeConsentUrl } from '../walks/zoho';
import { LEAP_STEPS, ST_STEPS, ZOHO_STEPS } from '../variants/steps';
import type { VariantWalk } from '../variants/types';
import { heavySetAppId, PORTAL, prepareServiceTitan, serviceTitanOutcome } from '../variants/walks/servicetitan';
import { connected, consentUrl } from '../variants/walks/zoho';

/** Leap's Settings as a staff user (the sandbox's user switch): no Developers entry, the card says why. */
export function leapStaffWalk(): VariantWalk {
  return {
    crm: 'leap',
    name: 'Settings as a staff user (no admin access: no Developers entry), then as the admin',
    async walk(ctx) {
      const page = await ctx.open('https://www.jobprogress.com/app/#/settings');
      await page.evaluate(() => localStorage.setItem('leap.sandbox.user', 'staff'));
      await page.reload({ waitUntil: 'load' });
      await waitForOverlay(page, /lacks admin access/, 10_000);
      await clickText(page, 'Admin');
      await waitForText(page, 'Developers');
      await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
      return { issued: {} };
    },
  };
}

/** ServiceTitan: "Developer login" first (the integration environment's banner), signed out, then
 *  production, at App Connections before the tenant authorized the app (the "Not allowed" dot). */
export function stIntegrationWalk(): VariantWalk {
  return {
    crm: 'servicetitan',
    name: 'Developer login (integration environment), Sign out, production: App Connections before the tenant authorization',
    async walk(ctx) {
      await prepareServiceTitan(ctx.sandbox, { done: 'app' });
      const portal = await ctx.open(`${PORTAL}/signin`);
      await waitForText(portal, 'Developer login');
      await clickText(portal, 'Developer login');
      await waitForText(portal, 'You are signed in to the integration environment');
      await ctx.checkpoint(portal, ST_STEPS.portalSignIn.id);
      await clickText(portal, 'Sign out');
      await clickText(portal, 'Login as Production Environment User');
      await waitForText(portal, 'My Apps');
      await portal.goto(`${PORTAL}/custom/my-apps/${await heavySetAppId(ctx.sandbox)}/connections`, { waitUntil: 'load' });
      await waitForText(portal, 'Not allowed');
      await ctx.checkpoint(portal, ST_STEPS.generateSecret.id);
      return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId']);
    },
  };
}

/** Zoho: a consent page of another client_id calling itself HeavySet Tech (the card warns), then
 *  HeavySet's own, accepted, and the return page until the card says HeavySet holds the connection. */
export function zohoLookalikeThenConnectedWalk(): VariantWalk {
  const consent = 'I allow HeavySet Tech to access the above data from my Zoho account';
  return {
    crm: 'zoho',
    name: 'a look-alike consent page (another client_id), then HeavySet’s: tick, Accept, the return page until connected',
    async walk(ctx) {
      const fake = await ctx.open(lookalikeConsentUrl(ctx.sandbox, 'accounts.zoho.com', { client_id: '1000.LOOKALIKE0000000000000000000000', sandbox_app_name: 'HeavySet Tech' }));
      await waitForOverlay(fake, /ANOTHER app/, 10_000);
      await fake.close();
      const page = await ctx.open(`${await consentUrl(ctx.sandbox, 'us', 'single')}&sandbox_orgs=1`);
      await waitForText(page, consent);
      await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
      await setChecked(page, consent);
      await ctx.checkpoint(page, ZOHO_STEPS.accept.id);
      await clickText(page, 'Accept');
      const outcome = await connected(ctx.sandbox, page, 'us');
      await waitForOverlay(page, /Connected: HeavySet has the Refresh Token/, 20_000);
      return outcome;
    },
  };
}
