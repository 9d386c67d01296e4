// Leap (JobProgress) as a Vue 2 / Element-UI SPA renders it: el-menu, an el-dropdown under the avatar
// whose menu is appended to <body>, el-table (the header row in a table of its own, the rows in
// another), buttons as <div class="el-button"> without a role, an el-dialog for the token's name,
// then the new token in an el-drawer sliding in from the right (an el-descriptions table:
// "Access Token" in a <th>, the value in the <td> coloured by JWT part: three <span>s joined by plain dots) and an el-notification toast.
// `leapElementAlertSites`: the same app where the token comes in an Element MessageBox ($alert),
// inside the sentence of its message; `leapElementNotifySites`: in a toast ($notify, duration 0).
import { fileSite, LEAP_HOSTS } from '../serve';

const site = (app: string) =>
  fileSite({
    crm: 'leap',
    hosts: LEAP_HOSTS,
    dir: new URL('.', import.meta.url),
    routes: { '/app/': app, '/app/index.html': app, '/app/element.js': 'element.js', '/app/element.css': 'element.css' },
  });

export const leapElementDrawerSites = [site('app.html')];
export const leapElementAlertSites = [site('app-alert.html')];
export const leapElementNotifySites = [site('app-notify.html')];
