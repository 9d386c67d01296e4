// Zoho: the consent URL HeavySet issues (as the HeavySet platform or the popup's Connect Zoho would
// open it) and the outcome of the redirect back to HeavySet, for the variants' Zoho walks.
import type { Page } from 'puppeteer';
import { serverState, type Sandbox } from '../../harness';
import { clickText, sleep, waitForText } from '../../person';
import { callApi } from '../../../sandbox/server/testing';
import { ZOHO_DATA_CENTRES, type ZohoLocation } from '../../../sandbox/server/zoho-data-centres';
import type { VariantWalkContext, WalkResult } from '../types';

/** Who is signed in at Zoho: one CRM organization, several (the picker), or none (no_org). */
export type ZohoAccount = 'single' | 'multi' | 'nocrm';

export async function consentUrl(s: Sandbox, location: ZohoLocation, account: ZohoAccount): Promise<string> {
  const answer = await callApi(s.server, 'POST', `/v1/crm-configs/${s.server.configIds.zoho}/zoho/authorize`, { code: s.server.codes.zoho, body: { location } });
  if (answer.status !== 200) throw new Error(`authorize → ${answer.status} ${JSON.stringify(answer.body)}`);
  return `${answer.body.authorizeUrl as string}&sandbox_account=${account}`;
}

const zohoConnection = async (s: Sandbox) => (await serverState(s)).configs[s.server.configIds.zoho]!.connection;

/** The redirect reached HeavySet, which now holds the three fields of this data centre. */
export async function connected(s: Sandbox, page: Page, location: ZohoLocation): Promise<WalkResult> {
  await waitForText(page, 'Zoho CRM connected to HeavySet Tech', 15_000);
  const connection = await zohoConnection(s);
  const dc = ZOHO_DATA_CENTRES[location];
  const heavysetSet = {
    refreshToken: connection.refreshToken?.value ?? '',
    apiDomain: connection.apiDomain?.value ?? '',
    accountsDomain: connection.accountsDomain?.value ?? '',
  };
  if (heavysetSet.apiDomain !== `https://${dc.apiHost}` || heavysetSet.accountsDomain !== `https://${dc.accountsHost}` || !heavysetSet.refreshToken) {
    throw new Error(`HeavySet holds ${heavysetSet.apiDomain || 'no API domain'} / ${heavysetSet.accountsDomain || 'no accounts domain'}, not the ${dc.label} data centre's`);
  }
  return { issued: {}, heavysetSet };
}

/** The redirect carried an error (Reject, no CRM organization): HeavySet holds nothing. */
export async function refused(s: Sandbox, page: Page, error: 'access_denied' | 'no_org'): Promise<WalkResult> {
  await waitForText(page, 'Zoho CRM was not connected', 15_000);
  if (new URL(page.url()).searchParams.get('error') !== error) throw new Error(`the redirect carried ${page.url()}, not error=${error}`);
  if ((await zohoConnection(s)).refreshToken) throw new Error('HeavySet holds a refresh token after a refused consent');
  return { issued: {}, heavysetSet: {} };
}

/**
 * Presses a button that leaves the consent page without a grant (Reject, Back to app). If the page
 * stays (the assistant asked first, e.g. "Reject anyway?"), the person confirms on the card.
 */
export async function leaveWithout(ctx: VariantWalkContext, page: Page, button: string): Promise<void> {
  const before = page.url();
  await clickText(page, button);
  for (let waited = 0; waited < 1_500 && page.url() === before; waited += 100) await sleep(100);
  if (page.url() === before) await ctx.cardClick(page, /^(continue|yes|reject anyway|confirm)$/i);
}
