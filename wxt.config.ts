import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// One build for every use: the store, the tests and the demo. Loopback http is accepted
// at run time by the options page (sandbox), not by a separate build.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })] }),
  manifest: {
    name: 'HeavySet Setup Assistant',
    description:
      'Guides the connection of Leap CRM, ServiceTitan and Zoho to HeavySet Tech and sends the captured credentials safely.',
    permissions: ['storage', 'alarms'],
    // The HeavySet API answers CORS for extension origins, so it needs no host permission;
    // loopback is listed for the sandbox and local development.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: 'HeavySet Setup Assistant' },
  },
});
