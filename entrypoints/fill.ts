// "Fill for me", loaded on demand: the content script imports this file (a web-accessible resource
// of the CRM pages) when the person clicks the button, so the filling code is not in every content
// script (utils/guide/fill-loader.ts). It runs in the content script's world and leaves the function there.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fillForCard } from '../utils/guide/fill';
import { FILL_GLOBAL } from '../utils/guide/fill-loader';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[FILL_GLOBAL] = fillForCard;
});
