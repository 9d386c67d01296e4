// What the consent page shows for one `/oauth/v2/auth` request: parsed from the query with zod,
// or the error Zoho would show instead of the consent.
import { z } from 'zod';
import { type ZohoDataCentre } from './data-centres';
import { describeScopes, type ScopeGroup } from './scopes';

export const HEAVYSET_ZOHO_CLIENT_ID = '1000.43ZTRRY4BWJYTZSL03CM4FVBUWOVKI';
export const HEAVYSET_APP_NAME = 'HeavySet Tech';
export const SIGNED_IN_USER = 'admin@acmeroofing.com';
export const SANDBOX_ORGS = [
  { name: 'Acme Roofing', id: '60012345678' },
  { name: 'Acme Roofing (Test)', id: '60087654321' },
] as const;

const AuthQuery = z.object({
  client_id: z.string().trim().min(1),
  response_type: z.literal('code'),
  redirect_uri: z.url({ protocol: /^https?$/ }),
  scope: z.string().trim().min(1),
  state: z.string().optional(),
  access_type: z.enum(['offline', 'online']).optional(),
  prompt: z.string().optional(),
  /** Sandbox only: how many CRM organizations the signed-in user has in this data centre. */
  sandbox_orgs: z.enum(['0', '1', '2']).default('1'),
  /** Sandbox only: the name a look-alike (non-HeavySet) client shows. */
  sandbox_app_name: z.string().trim().min(1).max(80).default(HEAVYSET_APP_NAME),
  error: z.string().optional(),
});

export interface ConsentModel {
  view: 'consent' | 'orgs' | 'no_org';
  appName: string;
  user: string;
  dataCentre: ZohoDataCentre;
  accountsServer: string;
  redirectUri: string;
  state?: string;
  scopes: ScopeGroup[];
}

export type AuthPage = { ok: true; model: ConsentModel } | { ok: false; error: string };

// The first problem, in the words of Zoho's own error page.
const ERROR_BY_FIELD: Record<string, string> = {
  client_id: 'Invalid Client',
  response_type: 'Invalid Response Type',
  redirect_uri: 'Invalid Redirect Uri',
  scope: 'Invalid OAuth Scope',
};

export function readAuthRequest(url: URL, dataCentre: ZohoDataCentre): AuthPage {
  const parsed = AuthQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    return { ok: false, error: ERROR_BY_FIELD[field] ?? 'Invalid Request' };
  }
  const query = parsed.data;
  const noOrg = query.sandbox_orgs === '0' || query.error === 'no_org';
  return {
    ok: true,
    model: {
      view: noOrg ? 'no_org' : query.sandbox_orgs === '2' ? 'orgs' : 'consent',
      // The registered client always shows its registered name; anything else shows what it claims.
      appName: query.client_id === HEAVYSET_ZOHO_CLIENT_ID ? HEAVYSET_APP_NAME : query.sandbox_app_name,
      user: SIGNED_IN_USER,
      dataCentre,
      accountsServer: `https://${dataCentre.accountsHost}`,
      redirectUri: query.redirect_uri,
      state: query.state,
      scopes: describeScopes(query.scope),
    },
  };
}
