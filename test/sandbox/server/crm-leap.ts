// The sandbox Leap CRM: public API tokens (Settings → Developers) and its stages/result options.
import { z } from 'zod';
import type { CrmSideHandler } from './crm-side';
import { jsonAnswer } from './http';
import { leapApiToken } from './random';
import type { LeapToken, ServerState } from './state';
import { notFound, parseOr422 } from './validation';

const NewToken = z.object({ name: z.string().trim().min(1, 'Enter a token name.').max(100) });

const view = ({ id, name, createdAt }: LeapToken) => ({ id, name, createdAt });

export const leapSide: CrmSideHandler = ({ store, method, segments, body }) => {
  const leap = store.state.crm.leap;
  const [first, id, action] = segments;
  if (first === 'options' && segments.length === 1 && method === 'GET') return jsonAnswer(200, leap.options);
  if (first !== 'tokens') throw notFound();
  if (segments.length === 1 && method === 'GET') return jsonAnswer(200, leap.tokens.filter((t) => !t.revoked).map(view));
  if (segments.length === 1 && method === 'POST') {
    const { name } = parseOr422(NewToken, body);
    const nextId = String(Math.max(1000, ...leap.tokens.map((t) => Number(t.id))) + 1);
    const token: LeapToken = { id: nextId, name, createdAt: new Date().toISOString(), token: leapApiToken(nextId, name), revoked: false };
    leap.tokens.push(token);
    store.save();
    return jsonAnswer(201, { ...view(token), token: token.token });
  }
  if (segments.length === 3 && action === 'revoke' && method === 'POST') {
    const token = leap.tokens.find((t) => t.id === id && !t.revoked);
    if (!token) throw notFound('No active token with this id.');
    token.revoked = true;
    store.save();
    return jsonAnswer(200, { ...view(token), revoked: true });
  }
  throw notFound();
};

export type LeapTokenCheck = 'accepted' | 'revoked' | 'unknown';

export function checkLeapToken(state: ServerState, value: string): LeapTokenCheck {
  const token = state.crm.leap.tokens.find((t) => t.token === value);
  if (!token) return 'unknown';
  return token.revoked ? 'revoked' : 'accepted';
}
