// "Pick on page", loaded on demand: the content script imports this file (a web-accessible resource
// of the CRM pages) when the person asks to pick a value (utils/guide/picker-loader.ts). It runs in
// the content script's world and leaves the function there.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPicking } from '../utils/guide/picker';
import { PICK_GLOBAL } from '../utils/guide/picker-loader';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PICK_GLOBAL] = startPicking;
});
