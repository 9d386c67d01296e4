// Zoho's consent pages in German with rich ARIA (same URL, client_id and structure as English):
// a radiogroup org picker with a "Weiter" link-button, a span role=checkbox named by its sibling
// text, "Akzeptieren" / "Ablehnen", "Zurück zur App" on the no-CRM page.
import { zohoConsentSite } from '../serve';

export const zohoAriaDeSites = [
  zohoConsentSite(new URL('.', import.meta.url), 'consent.html', { '/oauth/v2/res/de.css': 'de.css', '/oauth/v2/res/de.js': 'de.js' }),
];
