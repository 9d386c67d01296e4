// ServiceTitan as Chakra UI v2 renders it: chakra-* classes beside Emotion's css-xxxx hashes,
// Modals / AlertDialogs / Drawers in a div.chakra-portal at the end of <body> (overlay, content
// container, section.chakra-modal__content[role=dialog][aria-modal], the page aria-hidden, focus
// locked), real <table class="chakra-table">s, FormControls with <label for>, a Menu whose list is
// in the DOM (hidden) from the start, Tabs, toasts; the Client Secret in an InputGroup (read-only
// password input + "Show"), the Application Key in a Code element with a copy IconButton.
import { fileSite, ST_APP_HOSTS, ST_PORTAL_HOSTS } from '../serve';

const dir = new URL('.', import.meta.url);
const assets = { '/static/chakra.css': 'chakra.css', '/static/chakra-kit.js': 'chakra-kit.js', '/static/emotion-styles.js': 'emotion-styles.js' };

export const stChakraSites = [
  fileSite({ crm: 'servicetitan', hosts: ST_PORTAL_HOSTS, dir, routes: { ...assets, '/': 'portal.html', '/static/portal.js': 'portal.js' }, pagesUnder: [{ prefix: '/custom/my-apps', file: 'portal.html' }] }),
  fileSite({ crm: 'servicetitan', hosts: ST_APP_HOSTS, dir, routes: { ...assets, '/': 'go.html', '/static/go.js': 'go.js' } }),
];
