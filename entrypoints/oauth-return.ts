// The OAuth return page's follower, loaded on demand: a content script imports this file (a
// web-accessible resource) on HeavySet's return page only (utils/guide/oauth-return-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { followOAuthReturn } from '../utils/guide/oauth-return';
import { OAUTH_RETURN_GLOBAL } from '../utils/guide/oauth-return-loader';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[OAUTH_RETURN_GLOBAL] = followOAuthReturn;
});
