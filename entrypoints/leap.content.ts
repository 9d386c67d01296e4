import { defineContentScript } from 'wxt/utils/define-content-script';
import { leapPlaybook } from '../utils/crm/leap';
import { runGuide } from '../utils/guide/run';
import '../components/overlay/overlay.css';

export default defineContentScript({
  matches: ['https://www.jobprogress.com/app/*', 'https://jobprogress.com/app/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await runGuide(ctx, leapPlaybook);
  },
});
