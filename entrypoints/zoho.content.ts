import { defineContentScript } from 'wxt/utils/define-content-script';
import { zohoPlaybook } from '../utils/crm/zoho';
import { mountAssistant } from '../components/overlay/mount';

export default defineContentScript({
  matches: zohoPlaybook.pages,
  // The card's styles go into its closed shadow root (mount.tsx); nothing announced to the page.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main: () => mountAssistant(zohoPlaybook),
});
