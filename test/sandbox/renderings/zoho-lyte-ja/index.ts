// Zoho's consent pages in Japanese, in the DOM habits of Zoho's Lyte UI framework: custom elements
// in light DOM (<lyte-button> around a <button> with <lyte-yield>, <lyte-checkbox> whose words sit in
// a sibling <span>, <lyte-dropdown> whose <lyte-drop-box> is appended to <body>), no ARIA roles.
import { zohoConsentSite } from '../serve';

export const zohoLyteJaSites = [
  zohoConsentSite(new URL('.', import.meta.url), 'consent.html', { '/oauth/v2/res/lyte-ja.css': 'lyte-ja.css', '/oauth/v2/res/lyte-ja.js': 'lyte-ja.js' }),
];
