// The OAuth return page in the content script: the card's status there, and the follower of
// HeavySet's answer (entrypoints/oauth-return.ts) loaded from the extension on that page only, so
// the content scripts of the pages that never are one stay small.
import { i18n } from '#i18n';
import type { GuideState } from '../messages';
import type { GuideView } from './view';
import { loadExtensionModule } from './extension-module';
import type { followOAuthReturn, OAuthReturnDeps } from './oauth-return';

export const OAUTH_RETURN_GLOBAL = '__heavysetOAuthReturn';
export type FollowOAuthReturn = typeof followOAuthReturn;

export const loadOAuthReturn = (): Promise<FollowOAuthReturn> => loadExtensionModule<FollowOAuthReturn>('/oauth-return.js', OAUTH_RETURN_GLOBAL);

/** Follows HeavySet after the return once the follower is loaded; says so when it cannot be. */
export async function followReturn(load: () => Promise<FollowOAuthReturn>, deps: OAuthReturnDeps): Promise<void> {
  const follow = await load().catch(() => undefined);
  if (follow) return follow(deps);
  deps.alert(i18n.t('card.updated'));
  deps.changed();
}

/** The card's status on the return page: connected, failed, or HeavySet still awaited. */
export function oauthStatus(oauth: GuideState['oauth'], onReturnPage: boolean): GuideView['status'] {
  if (!onReturnPage || !oauth) return undefined;
  const tone = oauth.state === 'connected' ? 'ok' : oauth.state === 'failed' ? 'danger' : 'wait';
  return { tone, text: oauth.message };
}
