// Zoho's consent pages with organizations as radio cards (a hidden native radio inside each card,
// the card's words its only label), the consent checkbox with no label at all: its words sit in a
// separate <span> elsewhere in the row, tied to the box only by aria-describedby; Accept an
// <input type=submit value="Accept"> inside a <form>. `sandbox_account`: single, multi, nocrm.
import { zohoConsentSite } from '../serve';

export const zohoCardsDescribedSites = [
  zohoConsentSite(new URL('.', import.meta.url), 'consent.html', { '/oauth/v2/static/cards.css': 'cards.css', '/oauth/v2/static/cards.js': 'cards.js' }),
];
