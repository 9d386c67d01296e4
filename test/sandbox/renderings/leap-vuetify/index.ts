// Leap (JobProgress) as a Vue 3 + Vuetify 3 SPA renders it (reproduced by hand, no Vue or Vuetify
// code): v-app layout, a v-navigation-drawer (temporary under 1280 px, as Vuetify's `mobile`
// breakpoint makes it), a v-app-bar whose avatar v-menu is teleported to .v-overlay-container at the
// end of <body>, a v-data-table of tokens (masked previews), a v-dialog for the token's name (a
// v-text-field whose DOM value Vue writes back from the model on each re-render), then the new token
// once in a read-only v-text-field of a second v-dialog (value set as a property), a copy icon button
// (aria-label only) and a v-snackbar "Token copied".
import { fileSite, LEAP_HOSTS } from '../serve';

export const leapVuetifySites = [
  fileSite({
    crm: 'leap',
    hosts: LEAP_HOSTS,
    dir: new URL('.', import.meta.url),
    routes: { '/app/': 'app.html', '/app/index.html': 'app.html', '/app/js/app.js': 'vuetify-app.js', '/app/css/app.css': 'vuetify.css' },
  }),
];
