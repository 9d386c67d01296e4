// Zoho's consent pages in English without ARIA: the organization picker's rows and Submit are divs,
// the consent checkbox's words are a sibling <span>, "Back to app" on the no-CRM page is a div.
// `sandbox_account` in the query says who is signed in: single (default), multi, nocrm.
import { zohoConsentSite } from '../serve';

export const zohoClassicEnSites = [
  zohoConsentSite(new URL('.', import.meta.url), 'consent.html', { '/oauth/v2/static/classic.css': 'classic.css', '/oauth/v2/static/classic.js': 'classic.js' }),
];
