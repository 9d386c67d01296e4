// Leap backend preparation and what it issued, for the variants' Leap walks.
import { serverState, type Sandbox } from '../../harness';
import { callSandbox } from '../../../sandbox/server/testing';

const SEEDED_TOKEN_IDS = ['1001', '1002'];

/**
 * The token list as a fresh account shows it (tokens of other walks on this backend revoked), plus
 * an earlier "HeavySet Tech" token when asked (someone generated one before and lost it).
 * Returns the ids present before the walk and the earlier token's value.
 */
export async function prepareLeap(s: Sandbox, options: { earlierHeavySetToken?: boolean } = {}): Promise<{ before: Set<string>; earlier?: string }> {
  for (const token of (await serverState(s)).crm.leap.tokens) {
    if (!token.revoked && !SEEDED_TOKEN_IDS.includes(token.id)) await mustCall(s, 'POST', `/sandbox/crm/leap/tokens/${token.id}/revoke`, {});
  }
  let earlier: string | undefined;
  if (options.earlierHeavySetToken) earlier = (await mustCall(s, 'POST', '/sandbox/crm/leap/tokens', { name: 'HeavySet Tech' })).token as string;
  return { before: new Set((await serverState(s)).crm.leap.tokens.map((t) => t.id)), earlier };
}

/** The one token Leap issued since `before` (the walk generated it). */
export async function issuedToken(s: Sandbox, before: Set<string>): Promise<string> {
  const fresh = (await serverState(s)).crm.leap.tokens.filter((t) => !before.has(t.id));
  if (fresh.length !== 1) throw new Error(`Leap issued ${fresh.length} tokens during the walk, not one`);
  return fresh[0]!.token;
}

export async function mustCall(s: Sandbox, method: string, path: string, body?: unknown) {
  const answer = await callSandbox(s.server, method, path, body);
  if (answer.status >= 300) throw new Error(`${method} ${path} → ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}
