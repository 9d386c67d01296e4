import { defineContentScript } from 'wxt/utils/define-content-script';
import { serviceTitanPlaybook } from '../utils/crm/servicetitan';
import { mountAssistant } from '../components/overlay/mount';

export default defineContentScript({
  matches: serviceTitanPlaybook.pages,
  // The card's styles go into its closed shadow root (mount.tsx); nothing announced to the page.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main: () => mountAssistant(serviceTitanPlaybook),
});
