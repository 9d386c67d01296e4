import { defineContentScript } from 'wxt/utils/define-content-script';
import { zohoPlaybook } from '../utils/crm/zoho';
import { mountAssistant } from '../components/overlay/mount';
import '../components/overlay/overlay.css';

export default defineContentScript({
  matches: zohoPlaybook.pages,
  cssInjectionMode: 'ui',
  main: (ctx) => mountAssistant(ctx, zohoPlaybook),
});
