import { defineContentScript } from 'wxt/utils/define-content-script';
import { serviceTitanPlaybook } from '../utils/crm/servicetitan';
import { runGuide } from '../utils/guide/run';
import '../components/overlay/overlay.css';

export default defineContentScript({
  matches: ['https://developer.servicetitan.io/*', 'https://go.servicetitan.com/*', 'https://integration.servicetitan.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await runGuide(ctx, serviceTitanPlaybook);
  },
});
