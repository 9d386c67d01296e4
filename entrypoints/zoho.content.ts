import { defineContentScript } from 'wxt/utils/define-content-script';
import { zohoPlaybook } from '../utils/crm/zoho';
import { runGuide } from '../utils/guide/run';
import '../components/overlay/overlay.css';

export default defineContentScript({
  matches: zohoPlaybook.pages,
  cssInjectionMode: 'ui',
  async main(ctx) {
    await runGuide(ctx, zohoPlaybook);
  },
});
