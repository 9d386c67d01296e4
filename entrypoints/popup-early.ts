// A classic script in the popup's <head>: it runs while the page is parsed and starts reading the
// popup's snapshot, which the popup's modules (loaded and run only after) then find already read.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from '../utils/popup-early-read';

export default defineUnlistedScript(startEarlyRead);
