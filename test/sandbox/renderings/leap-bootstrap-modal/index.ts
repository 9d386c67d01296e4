// Leap as its AngularJS / ui-bootstrap / Bootstrap 3 app renders it, reproduced by hand: navbar
// dropdown, list-group settings menu, striped table with asterisk-masked tails, a uib modal with a
// labelled field and an <input type=submit>, the token in a <pre> under "Your new API token";
// "Copy to Clipboard" closes the modal at once. Decoys: a hidden session JWT and a hidden old token.
import { fileSite, LEAP_HOSTS } from '../serve';

export const leapBootstrapModalSites = [
  fileSite({
    crm: 'leap',
    hosts: LEAP_HOSTS,
    dir: new URL('.', import.meta.url),
    routes: { '/app/': 'app.html', '/app/index.html': 'app.html', '/app/scripts/bs3-app.js': 'bs3-app.js', '/app/styles/bs3.css': 'bs3.css' },
  }),
];

/** JWT-looking strings the page holds but never shows as a new token. */
export const LEAP_BS3_HIDDEN_TOKENS = [
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZXNzaW9uIjoid2ViIiwidWlkIjo0MTd9.U2Vzc2lvbkNvb2tpZU5vdEFuQXBpVG9rZW4xMjM0NQ',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5OTkiLCJuYW1lIjoiT2xkIn0.T2xkUmV2b2tlZFRva2VuU2hvd25Jbkhpc3Rvcnk',
];
