import { defineContentScript } from 'wxt/utils/define-content-script';
import { serviceTitanPlaybook } from '../utils/crm/servicetitan';
import { mountAssistant } from '../components/overlay/mount';
import '../components/overlay/overlay.css';

export default defineContentScript({
  matches: serviceTitanPlaybook.pages,
  cssInjectionMode: 'ui',
  main: (ctx) => mountAssistant(ctx, serviceTitanPlaybook),
});
