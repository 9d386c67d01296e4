// Does the backend agree with what a walk says the CRM issued? (The dry run's check: a walk that
// returns values the sandbox never issued, or misses one, would make the matrix meaningless.)
import type { ServerState } from '../../sandbox/server/state';
import type { CrmName, WalkResult } from './types';

export const FIELDS: Record<CrmName, string[]> = {
  leap: ['apiToken'],
  servicetitan: ['tenantId', 'clientId', 'clientSecret', 'applicationKey', 'bookingProviderId'],
  zoho: [],
};

/** Problems found (empty: the backend issued exactly these values, and they are live). */
export function issuedProblems(crm: CrmName, result: WalkResult, state: ServerState, configIds: Record<CrmName, string>): string[] {
  const problems: string[] = [];
  const issued = result.issued;
  const missing = FIELDS[crm].filter((f) => !issued[f]);
  if (missing.length) problems.push(`no ${missing.join(', ')} in issued`);
  if (crm === 'leap') {
    const token = state.crm.leap.tokens.find((t) => t.token === issued.apiToken);
    if (!token || token.revoked || token.name !== 'HeavySet Tech') problems.push('apiToken is not a live "HeavySet Tech" token of the sandbox');
  }
  if (crm === 'servicetitan') {
    const st = state.crm.servicetitan;
    const app = st.apps.find((a) => a.clientId === issued.clientId);
    if (issued.tenantId !== st.tenantId) problems.push('tenantId is not the sandbox tenant');
    if (!app) problems.push('clientId belongs to no app');
    else {
      if (app.name !== 'HeavySet Tech') problems.push(`clientId belongs to "${app.name}"`);
      if (app.applicationKey !== issued.applicationKey) problems.push('applicationKey is not the app’s');
      if (app.clientSecret !== issued.clientSecret) problems.push('clientSecret is not the app’s current secret');
      if (!app.allowedByTenant) problems.push('the tenant has not allowed the app');
      if (app.bookingProviderTagId !== issued.bookingProviderId) problems.push('the app is not restricted to the issued booking provider');
    }
    const tag = st.tags.find((t) => t.id === issued.bookingProviderId);
    if (!tag || tag.name !== 'HeavySet Tech') problems.push('bookingProviderId is not the "HeavySet Tech" tag');
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
