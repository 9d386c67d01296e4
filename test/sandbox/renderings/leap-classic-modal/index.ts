// Leap (JobProgress) rendered the classic way: no ARIA, clickable divs, a link styled as the Generate
// Token button, a home-made modal (a fixed box over a dimmed backdrop, no role) whose token field is
// filled by script, labelled "Access Token", closing itself right after "Copy to Clipboard".
import { fileSite, LEAP_HOSTS } from '../serve';

export const leapClassicModalSites = [
  fileSite({
    crm: 'leap',
    hosts: LEAP_HOSTS,
    dir: new URL('.', import.meta.url),
    routes: { '/app/': 'app.html', '/app/index.html': 'app.html', '/app/classic.js': 'classic.js', '/app/classic.css': 'classic.css' },
  }),
];

/** The off-screen API docs' example token: never a value to capture. */
export const LEAP_CLASSIC_EXAMPLE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJleGFtcGxlIiwibmFtZSI6IkRvY3MifQ.RXhhbXBsZU9ubHlfTm90QVJlYWxUb2tlbl9EbzBOb3RVc2U';
