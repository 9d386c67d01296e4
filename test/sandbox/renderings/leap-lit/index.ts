// Leap (JobProgress) as a Lit web-components app on a Shoelace-style kit renders it, by hand in plain
// JS (no build step, no Lit or Shoelace package): the whole app in OPEN shadow roots, nested — <jp-app>
// (top bar, the avatar's jp-dropdown / jp-menu with Settings) → <jp-settings-view> (side nav of
// jp-nav-items, Developers) → <jp-developers-panel> (the tokens in a <jp-table> whose <table> is in its
// own shadow root, masked previews "••••1a2b"; Generate Token) → <jp-dialog> (overlay + `part=panel`
// role=dialog aria-modal aria-labelledby, body `<slot>`, `footer` slot) holding the Token Name
// <jp-input> (label + native input inside its shadow root, value a property written back on each
// render), then the new token once in a read-only <jp-input> (value set as a property).
// How the token is copied depends on the host, one per walk:
// - www.jobprogress.com: a "Copy to Clipboard" button that copies and closes the dialog at once;
// - jobprogress.com: an icon-only jp-copy-button in the input's suffix (aria-label "Copy"), then Done.
import { fileSite } from '../serve';

const site = (hosts: string[], page: string) =>
  fileSite({
    crm: 'leap',
    hosts,
    dir: new URL('.', import.meta.url),
    routes: {
      '/app/': page,
      '/app/index.html': page,
      '/app/assets/index-3f9c2d1a.js': 'jp-app.js',
      '/app/assets/kit-8b41e7c0.js': 'jp-kit.js',
      '/app/assets/index-a71d0c52.css': 'jp-theme.css',
    },
  });

export const leapLitSites = [site(['www.jobprogress.com'], 'app.html'), site(['jobprogress.com'], 'app-copy-button.html')];
