// The sandbox Zoho: the consent page asks for a grant code, the OAuth redirect lands on
// /sandbox/zoho/callback, which "exchanges" it and fills the config's three connection fields.
import { z } from 'zod';
import { writeConnectionField } from './config-writes';
import type { CrmSideHandler } from './crm-side';
import { escapeHtml, jsonAnswer } from './http';
import { hex } from './random';
import type { ServerState } from './state';
import type { Store } from './store';
import { notFound, parseOr422 } from './validation';
import {
  HEAVYSET_ZOHO_CLIENT_ID,
  ZOHO_DATA_CENTRES,
  ZOHO_LOCATIONS,
  ZOHO_SCOPES,
  type ZohoLocation,
} from './zoho-data-centres';

const AUTHORIZE_MINUTES = 10;
export const CALLBACK_PATH = '/sandbox/zoho/callback';

const NewGrant = z.object({ state: z.string().min(1).max(200), location: z.enum(ZOHO_LOCATIONS) });

export const zohoSide: CrmSideHandler = ({ store, method, segments, body }) => {
  const zoho = store.state.crm.zoho;
  if (segments.join('/') === 'options' && method === 'GET') return jsonAnswer(200, { modules: zoho.modules });
  if (segments.join('/') === 'codes' && method === 'POST') {
    const { state, location } = parseOr422(NewGrant, body);
    const code = `1000.${hex(32)}.${hex(32)}`;
    const expiresAt = new Date(Date.now() + AUTHORIZE_MINUTES * 60_000).toISOString();
    zoho.grants[code] = { state, location, expiresAt, used: false };
    store.save();
    return jsonAnswer(201, { code });
  }
  throw notFound();
};

export const AuthorizeBody = z.object({ location: z.enum(ZOHO_LOCATIONS).optional() }).strict();

export function startZohoAuthorization(
  state: ServerState,
  configId: string,
  location: ZohoLocation,
  serverUrl: string,
): { authorizeUrl: string; expiresAt: string } {
  const nonce = hex(32);
  const expiresAt = new Date(Date.now() + AUTHORIZE_MINUTES * 60_000).toISOString();
  state.crm.zoho.authorizations[nonce] = { configId, location, expiresAt };
  const query = [
    `client_id=${HEAVYSET_ZOHO_CLIENT_ID}`,
    'response_type=code',
    'access_type=offline',
    'prompt=consent',
    `scope=${ZOHO_SCOPES}`,
    `redirect_uri=${encodeURIComponent(serverUrl + CALLBACK_PATH)}`,
    `state=${nonce}`,
  ].join('&');
  return { authorizeUrl: `https://${ZOHO_DATA_CENTRES[location].accountsHost}/oauth/v2/auth?${query}`, expiresAt };
}

function page(title: string, heading: string, lines: string[]): string {
  const paragraphs = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
  <body>
    <h1>${escapeHtml(heading)}</h1>
    ${paragraphs}
  </body>
</html>`;
}

function failure(reason: string): { status: number; html: string } {
  return {
    status: 400,
    html: page('Zoho connection failed — HeavySet Tech', 'Zoho CRM was not connected', [
      reason,
      'Go back to the HeavySet Setup Assistant and press Connect Zoho again, then accept on the Zoho page (Steps 4–6).',
    ]),
  };
}

/** GET /sandbox/zoho/callback?code&location&accounts-server&state → HTML page. */
export function zohoCallback(store: Store, query: URLSearchParams): { status: number; html: string } {
  const zoho = store.state.crm.zoho;
  const zohoError = query.get('error');
  if (zohoError) {
    return failure(
      zohoError === 'access_denied'
        ? 'Zoho says access was denied: the permissions were not accepted.'
        : `Zoho answered with the error "${zohoError}".`,
    );
  }
  const code = query.get('code') ?? '';
  const nonce = query.get('state') ?? '';
  const grant = zoho.grants[code];
  const authorization = zoho.authorizations[nonce];
  const now = Date.now();
  if (!grant || grant.used || Date.parse(grant.expiresAt) < now) {
    return failure('The authorization code is unknown, already used or expired.');
  }
  if (!authorization || grant.state !== nonce || Date.parse(authorization.expiresAt) < now) {
    return failure('This authorization request is unknown or expired (the state does not match).');
  }
  const location = (query.get('location') ?? grant.location) as ZohoLocation;
  const dc = ZOHO_DATA_CENTRES[location];
  if (!dc || location !== grant.location) {
    return failure('The data centre in the redirect does not match the one the code was issued for.');
  }
  const accountsServer = query.get('accounts-server');
  if (accountsServer && accountsServer.replace(/\/+$/, '') !== `https://${dc.accountsHost}`) {
    return failure(`The accounts server ${accountsServer} does not belong to the ${dc.label} data centre.`);
  }
  const config = store.state.configs[authorization.configId];
  if (!config || config.crmType !== 'zoho') return failure('The HeavySet CRM config of this request no longer exists.');

  grant.used = true;
  delete zoho.authorizations[nonce];
  const refreshToken = `1000.${hex(32)}.${hex(32)}`;
  zoho.refreshTokens.push(refreshToken);
  const at = new Date(now).toISOString();
  writeConnectionField(config, 'refreshToken', refreshToken, at);
  writeConnectionField(config, 'apiDomain', `https://${dc.apiHost}`, at);
  writeConnectionField(config, 'accountsDomain', `https://${dc.accountsHost}`, at);
  store.save();
  return {
    status: 200,
    html: page('Zoho CRM connected — HeavySet Tech', 'Zoho CRM connected to HeavySet Tech', [
      `Data centre: ${dc.label} (${dc.accountsHost}).`,
      'The Refresh Token, API Domain and Accounts Domain are saved. You can close this tab and go back to the HeavySet Setup Assistant.',
    ]),
  };
}
