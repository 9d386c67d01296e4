// Does the backend agree with what a walk says the CRM issued? (The dry run's check: a walk that
// returns values the sandbox never issued, or misses one, would make the matrix meaningless.)
import type { ServerState } from '../../sandbox/server/state';
import type { CrmName, WalkResult } from './types';

/** The fields the assistant may hold per CRM (Zoho's are set by HeavySet itself, never captured). */
export const FIELDS: Record<CrmName, string[]> = {
  leap: ['apiToken'],
  servicetitan: ['tenantId', 'clientId', 'clientSecret', 'applicationKey', 'bookingProviderId'],
  zoho: ['refreshToken', 'apiDomain', 'accountsDomain'],
};

/** Problems found (empty: the backend issued exactly these values, and they are live). */
export function issuedProblems(crm: CrmName, result: WalkResult, state: ServerState, configIds: Record<CrmName, string>): string[] {
  const problems: string[] = [];
  const issued = result.issued;
  if (crm !== 'zoho' && Object.keys(issued).length === 0) problems.push('the walk says nothing was issued');
  const unknown = Object.keys(issued).filter((f) => crm === 'zoho' || !FIELDS[crm].includes(f));
  if (unknown.length) problems.push(`unknown fields ${unknown.join(', ')} in issued`);
  if (crm === 'leap') {
    const token = state.crm.leap.tokens.find((t) => t.token === issued.apiToken);
    if (!token || token.revoked || token.name !== 'HeavySet Tech') problems.push('apiToken is not a live "HeavySet Tech" token of the sandbox');
  }
  if (crm === 'servicetitan') {
    const st = state.crm.servicetitan;
    const app = st.apps.filter((a) => a.name === 'HeavySet Tech').pop();
    const tag = st.tags.filter((t) => t.name === 'HeavySet Tech').pop();
    const check = (field: string, ok: boolean, problem: string) => {
      if (issued[field] !== undefined && !ok) problems.push(problem);
    };
    check('tenantId', issued.tenantId === st.tenantId, 'tenantId is not the sandbox tenant');
    check('clientId', issued.clientId === app?.clientId, 'clientId is not the HeavySet Tech app’s');
    check('applicationKey', issued.applicationKey === app?.applicationKey, 'applicationKey is not the HeavySet Tech app’s');
    check('clientSecret', issued.clientSecret === app?.clientSecret, 'clientSecret is not the app’s current secret');
    check('bookingProviderId', issued.bookingProviderId === tag?.id, 'bookingProviderId is not the "HeavySet Tech" tag');
    if (issued.clientSecret && !app?.allowedByTenant) problems.push('a secret was issued but the tenant has not allowed the app');
    if (issued.bookingProviderId && app?.bookingProviderTagId !== issued.bookingProviderId) problems.push('the app is not restricted to the issued booking provider');
  }
  if (crm === 'zoho') {
    const connection = state.configs[configIds.zoho]?.connection ?? {};
    for (const [field, value] of Object.entries(result.heavysetSet ?? {})) {
      if (connection[field]?.value !== value) problems.push(`HeavySet does not hold the ${field} the walk reports`);
    }
  }
  for (const [field, values] of Object.entries(result.decoys ?? {})) {
    if (issued[field] !== undefined && values.includes(issued[field])) problems.push(`${field} is also listed as a decoy`);
  }
  return problems;
}
