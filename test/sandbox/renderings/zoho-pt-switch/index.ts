// Zoho Accounts' OAuth pages in Brazilian Portuguese as a newer single-page design renders them: the
// organization chooser a searchable combobox (input role=combobox, a listbox that exists only while
// open, typing filters) with a link-styled "Continuar" (aria-disabled until chosen); the consent a
// toggle switch (button role=switch, its words a sibling <span> tied by aria-labelledby), scopes as
// <details> groups, "Aceitar" a div role=button that only shows an inline error while the switch is
// off. `sandbox_account`: single, multi (two organizations), nocrm.
import { zohoConsentSite } from '../serve';

export const zohoPtSwitchSites = [
  zohoConsentSite(new URL('.', import.meta.url), 'consent.html', {
    '/oauth/v2/assets/app.7c1e2f.css': 'app.css',
    '/oauth/v2/assets/app.7c1e2f.js': 'app.js',
  }),
];
