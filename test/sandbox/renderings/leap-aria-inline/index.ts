// Leap rendered with rich ARIA: a menu button under the profile name, landmarks, a labelled native
// <dialog> for the token name; the new token shown inline under "Generate Token" as "API Token" in a
// CSS grid of sibling divs; token cards with truncated previews; an aria-hidden sample request.
import { fileSite, LEAP_HOSTS } from '../serve';

export const leapAriaInlineSites = [
  fileSite({
    crm: 'leap',
    hosts: LEAP_HOSTS,
    dir: new URL('.', import.meta.url),
    routes: { '/app/': 'app.html', '/app/index.html': 'app.html', '/app/leap-next.js': 'leap-next.js', '/app/leap-next.css': 'leap-next.css' },
  }),
];

/** The aria-hidden sample request's bearer token (visible, but an example). */
export const LEAP_NEXT_SAMPLE_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzYW1wbGUifQ.c2FtcGxlLXNpZ25hdHVyZS1ub3QtcmVhbA';
