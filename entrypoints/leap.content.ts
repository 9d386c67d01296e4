import { defineContentScript } from 'wxt/utils/define-content-script';
import { leapPlaybook } from '../utils/crm/leap';
import { mountAssistant } from '../components/overlay/mount';
import '../components/overlay/overlay.css';

export default defineContentScript({
  matches: leapPlaybook.pages,
  cssInjectionMode: 'ui',
  main: (ctx) => mountAssistant(ctx, leapPlaybook),
});
