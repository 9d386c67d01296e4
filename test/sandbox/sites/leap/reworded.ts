// Leap the day after a redesign: the Developers page is called "Integrations", its tokens "Access
// keys" and its button "Create access key" (same markup otherwise). The bundled playbook does not
// recognise this page; a signed playbook update does (test/e2e/playbook-update.test.ts).
import type { SandboxSite } from '../types';
import { leapSite } from './index';

const REWORDINGS: [string, string][] = [
  ["'<div><h1>Developers</h1><h2 class=\"page-subheading\">Public API Tokens</h2>'", "'<div><h1>Integrations</h1><h2 class=\"page-subheading\">Access keys</h2>'"],
  ["icon('plus') + 'Generate Token</button>'", "icon('plus') + 'Create access key</button>'"],
  ["title: 'Developers',", "title: 'Integrations',"],
];

export const leapRewordedSite: SandboxSite = {
  ...leapSite,
  serve(request) {
    const response = leapSite.serve(request);
    if (!response || request.url.pathname !== '/app/assets/app.js') return response;
    let body = response.body;
    for (const [from, to] of REWORDINGS) {
      if (!body.includes(from)) throw new Error(`The Leap sandbox no longer contains ${from}: update the reworded variant.`);
      body = body.replace(from, to);
    }
    return { ...response, body };
  },
};
