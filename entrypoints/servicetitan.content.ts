import { defineContentScript } from 'wxt/utils/define-content-script';
import { SERVICETITAN_PAGES } from '../utils/crm/pages';
import { mountAssistant } from '../components/overlay/mount';

export default defineContentScript({
  matches: SERVICETITAN_PAGES,
  // The card's styles go into its closed shadow root (mount.tsx); nothing announced to the page.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main: () => mountAssistant('servicetitan'),
});
