// The sandbox ServiceTitan: Developer Portal apps (keys, client ID, secret, tenant approval)
// and the main app's booking provider tags.
import { z } from 'zod';
import type { CrmSideHandler } from './crm-side';
import { jsonAnswer } from './http';
import { digits, lowerAlnum } from './random';
import type { ServerState, ServiceTitanApp } from './state';
import { notFound, parseOr422, validationFailed } from './validation';

const text = (max: number) => z.string().trim().max(max);
const NewApp = z.object({
  name: text(100).min(1, 'Enter the application name.'),
  organization: text(200).min(1, 'Enter the organization.'),
  homepage: text(2048),
  email: text(320),
  description: text(10_000),
  category: text(100),
  credentialsManagement: text(300),
  scopes: z.object({ read: z.array(z.string().max(100)).max(200), write: z.array(z.string().max(100)).max(200) }),
});
const Connect = z.object({ bookingProviderTagId: z.string().regex(/^\d+$/).optional() });
const NewTag = z.object({
  name: text(100).min(1, 'Enter a tag name.'),
  description: text(1000).optional().default(''),
});

/** What the portal shows of an app: never the secret itself. */
function view(app: ServiceTitanApp) {
  const { clientSecret: _secret, ...shown } = app;
  return { ...shown, hasClientSecret: Boolean(app.clientSecret) };
}

function uniqueDigits(length: number, taken: string[]): string {
  for (;;) {
    const id = digits(length);
    if (!taken.includes(id)) return id;
  }
}

export const serviceTitanSide: CrmSideHandler = ({ store, method, segments, body }) => {
  const st = store.state.crm.servicetitan;
  const [first, id, action] = segments;

  if (first === 'tags' && segments.length === 1) {
    if (method === 'GET') return jsonAnswer(200, st.tags);
    if (method === 'POST') {
      const { name, description } = parseOr422(NewTag, body);
      const tag = { id: uniqueDigits(9, st.tags.map((t) => t.id)), name, description };
      st.tags.push(tag);
      store.save();
      return jsonAnswer(201, tag);
    }
  }
  if (first !== 'apps') throw notFound();
  if (segments.length === 1 && method === 'GET') return jsonAnswer(200, st.apps.map(view));
  if (segments.length === 1 && method === 'POST') {
    const fields = parseOr422(NewApp, body);
    const app: ServiceTitanApp = {
      id: uniqueDigits(6, st.apps.map((a) => a.id)),
      ...fields,
      applicationKey: `ak1.${lowerAlnum(26)}`,
      clientId: `cid.${lowerAlnum(25)}`,
      tenantId: st.tenantId,
      allowedByTenant: false,
      createdAt: new Date().toISOString(),
    };
    st.apps.push(app);
    store.save();
    return jsonAnswer(201, view(app));
  }
  const app = st.apps.find((a) => a.id === id);
  if (!app) throw notFound('No app with this id.');
  if (segments.length === 2 && method === 'GET') return jsonAnswer(200, view(app));
  if (segments.length === 3 && method === 'POST' && action === 'secret') {
    // A new secret replaces the previous one: the old one stops verifying.
    app.clientSecret = `cs1.${lowerAlnum(50)}`;
    app.secretGeneratedAt = new Date().toISOString();
    store.save();
    return jsonAnswer(200, { clientSecret: app.clientSecret });
  }
  if (segments.length === 3 && method === 'POST' && action === 'connect') {
    const { bookingProviderTagId } = parseOr422(Connect, body ?? {});
    if (bookingProviderTagId && !st.tags.some((t) => t.id === bookingProviderTagId)) {
      throw validationFailed({ bookingProviderTagId: 'No booking provider tag has this id.' });
    }
    app.allowedByTenant = true;
    if (bookingProviderTagId) app.bookingProviderTagId = bookingProviderTagId;
    store.save();
    return jsonAnswer(200, view(app));
  }
  throw notFound();
};

export function findAppByClientId(state: ServerState, clientId: string): ServiceTitanApp | undefined {
  return state.crm.servicetitan.apps.find((a) => a.clientId === clientId);
}
