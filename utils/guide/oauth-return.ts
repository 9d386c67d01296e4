// The OAuth return page: the background is told (only the parameters the playbook names — the
// grant code, and anything else, is never read, kept or sent), then its state is read again
// while HeavySet is awaited.
import type { GuideState } from '../messages';
import type { Ask, Lifecycle } from './ports';
import type { OAuthSpec, Playbook } from './playbook';

/** While HeavySet is awaited after an OAuth redirect, the state is read again this often. */
export const OAUTH_POLL_MS = 2_000;

export function returnedParams(url: string, spec: Pick<OAuthSpec, 'returnParams'>): Record<string, string> {
  let search: URLSearchParams;
  try {
    search = new URL(url).searchParams;
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  for (const name of Object.keys(spec.returnParams)) {
    if (name === 'code') continue;
    const value = search.get(name);
    if (value !== null) out[name] = value.slice(0, 300);
  }
  return out;
}

export interface OAuthReturnDeps {
  playbook: Playbook & { oauth: OAuthSpec };
  url: string;
  ask: Ask;
  lifecycle: Lifecycle;
  now(): number;
  /** Reads the background's state again; resolves to it. */
  refresh(): Promise<GuideState>;
  /** The state changed: render. */
  changed(): void;
  alert(message: string): void;
}

/** Reports the return, then follows HeavySet until the connection is no longer awaited. */
export async function followOAuthReturn(deps: OAuthReturnDeps): Promise<void> {
  const { playbook } = deps;
  const spec = playbook.oauth;
  const answer = await deps.ask({ type: 'oauth/returned', crm: playbook.crm, params: returnedParams(deps.url, spec) });
  if (!answer.ok) deps.alert(answer.problem);
  let state = await deps.refresh();
  deps.changed();
  const until = deps.now() + (spec.waitSeconds + 30) * 1000;
  const poll = (): void => {
    if (state.oauth?.state !== 'waiting' || deps.now() > until) return;
    deps.lifecycle.setTimeout(() => {
      void deps.refresh().then((fresh) => {
        state = fresh;
        deps.changed();
        poll();
      });
    }, OAUTH_POLL_MS);
  };
  poll();
}
