// Zoho's consent pages in French as plain forms (same URL, client_id and structure): the org picker
// is a <select> with <input type=button value="Valider">, the consent a <label> wrapping its
// checkbox, "Accepter" an <input type=submit>, "Refuser", "Retour à l'application" on the no-CRM page.
import { zohoConsentSite } from '../serve';

export const zohoFormFrSites = [
  zohoConsentSite(new URL('.', import.meta.url), 'consent.html', { '/oauth/v2/fr/fr.css': 'fr.css', '/oauth/v2/fr/fr.js': 'fr.js' }),
];
