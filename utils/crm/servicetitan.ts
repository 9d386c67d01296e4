// ServiceTitan: ../shared/seeds/servicetitan-setup-guide.txt (25 steps) as data. The Developer
// Portal (developer.servicetitan.io) registers the app and shows its credentials; the main app
// (go.servicetitan.com) holds the booking provider tag and the tenant's authorization. Screens are
// recognised by several signals, words with their synonyms (ServiceTitan's own docs say "New Apps"
// or "+ New App", "View/Modify" for "Read/Write", "View Connections", "Not Connected Yet"), and
// what one screen shows implies the steps before it (a connected tenant row: app, tag, consent).
import { patternOf as re } from '../guide/text';
import type { Condition, FillItem, Locator, Playbook } from '../guide/playbook';
import { SERVICETITAN_MAIN_APP_PAGES, SERVICETITAN_PAGES, SERVICETITAN_PORTAL_PAGES } from './pages';

const APP = re(/heavyset tech/i);
/** A row named exactly so: "HeavySet Tech (old)" is another tag. */
const APP_NAME = re(/^heavyset tech$/i);
/** Where each value shows: the Developer Portal (production), the main app. Never the integration environment. */
const PORTAL_PAGES = SERVICETITAN_PORTAL_PAGES;
const MAIN_APP_PAGES = SERVICETITAN_MAIN_APP_PAGES;
const PORTAL = 'https://developer.servicetitan.io/custom/my-apps/';
const MAIN_APP = 'https://go.servicetitan.com/';
const APP_WORD = '(app|application)s?';

// Developer Portal
const signInButton: Locator = { role: 'button', name: re(/login as production( environment)?( user)?|production environment (user|login)|sign in (to|as) production/i) };
const integrationBanner: Locator = { text: re(/(signed in to|you are in|using) the integration environment/i) };
const onIntegration: Condition = { any: [{ present: integrationBanner }, { url: re(/^https:\/\/integration\.servicetitan\.com\//) }] };
const signOutButton: Locator = { role: 'button', name: re(/^(sign|log) ?out$/i) };
const onPortal: Condition = { url: re(/^https:\/\/developer\.servicetitan\.io\//) };
const onGo: Condition = { url: re(/^https:\/\/go\.servicetitan\.com\//) };
const myAppsLink: Locator = { role: 'link', name: re(new RegExp(`^(my |your )?${APP_WORD}$`, 'i')) };
const myAppsHeading: Locator = { role: 'heading', name: re(new RegExp(`^(my |your )?(registered )?${APP_WORD}$`, 'i')) };
const loading: Locator = { text: re(/^loading\b/i) };
const newAppButton: Locator = { role: 'button', name: re(new RegExp(`^\\+?\\s*(add )?(new|create|register)( an?| a new)? ${APP_WORD}$`, 'i')) };
const newAppHeading: Locator = {
  role: 'heading',
  name: re(new RegExp(`^((new|create|register)( an?| a new)?( new)? ${APP_WORD}|${APP_WORD.replace('s?', '')} (details|registration))$`, 'i')),
};
/** The form by the labels it shows, whatever its heading says. An app that exists shows its Application
 *  Key: that form (the same fields) is its Edit view, never a new app's. */
const newAppForm: Condition = {
  all: [
    { absent: { label: re(/^(application|app) key\b/i) } },
    {
      any: [
        { present: newAppHeading },
        {
          atLeast: 3,
          of: [
            { present: { label: re(/^organi[sz]ation\b/i) } },
            { present: { label: re(/^home ?page\b/i) } },
            { present: { label: re(/^(application|app) category\b/i) } },
            { present: { label: re(/^(application|app) name\b/i) } },
            { present: { text: re(/^api scopes$/i) } },
            { present: { label: re(/^e-?mail( address)?\b/i) } },
          ],
        },
      ],
    },
  ],
};
const createAppButton: Locator = { role: 'button', name: re(new RegExp(`^(create|register|save|submit)( the)?( ${APP_WORD})?$`, 'i')) };
const appRow: Locator = { rowContaining: APP_NAME };
const onMyApps: Condition = { all: [{ present: myAppsHeading }, { absent: loading }, { not: newAppForm }] };
const appListed: Condition = { all: [onMyApps, { present: appRow }] };
const viewConnections: Locator = { role: 'link', name: re(/^(view |app |tenant )?connections?$/i), within: appRow };
const editLink: Locator = { role: 'link', name: re(new RegExp(`^(edit|view details|details|manage)( ${APP_WORD})?$`, 'i')), within: appRow };
const connectionsHeading: Locator = { role: 'heading', name: re(/^((app|tenant|view) )?connections$/i) };
const onConnections: Condition = {
  any: [
    { present: connectionsHeading },
    { atLeast: 2, of: [{ present: { text: re(/^allowed by tenant$/i) } }, { present: { text: re(/^client id$/i) } }, { present: { text: re(/^tenant( \/ network)? id$/i) } }] },
  ],
};
const editHeading: Locator = { role: 'heading', name: re(new RegExp(`^(edit ${APP_WORD}|${APP_WORD.replace('s?', '')} details)\\b`, 'i')) };
const onEdit: Condition = { any: [{ all: [{ present: editHeading }, { not: newAppForm }] }, { present: { label: re(/^(application|app) key\b/i) } }] };
const anyDialog: Locator = { role: 'dialog' };
const generateButton: Locator = { role: 'button', name: re(/^(re)?generate( (client )?secret)?$|^(new|create) (client )?secret$/i) };
const confirmDialog: Locator = { role: 'dialog', name: re(/generate (a |the )?(new )?(client )?secret|are you sure|confirm/i) };
const yesContinue: Locator = { role: 'button', name: re(/^(yes,? )?continue$|^yes$|^(yes,? )?generate$/i), within: confirmDialog };
// Named by aria, else by its first heading; with neither, by its first line (after a "×" close button).
const secretDialog: Locator = { role: 'dialog', name: re(/^((×|✕) ?)?(your |new )?client secret\b/i) };
const allowedDot: Locator = { role: 'img', name: re(/^allowed( by tenant)?$/i) };
/** The dot may be a bare element named only by its tooltip, a badge's words, or a connected row with its Generate button. */
const allowed: Condition = {
  any: [
    { present: allowedDot },
    { present: { text: re(/^allowed( by tenant)?$/i), within: { css: 'td,[role=gridcell],[role=cell],dd' } } },
    { present: { css: ':is([title^="allowed" i],[aria-label^="allowed" i],[data-tooltip^="allowed" i]):not(th,[role=columnheader])' } },
  ],
};
const notAllowed: Condition = {
  any: [
    { present: { role: 'img', name: re(/not allowed|disallowed/i) } },
    { present: { text: re(/^(not allowed|disallowed|not connected( yet)?|pending)\b/i) } },
    { present: { css: '[title^="not allowed" i],[aria-label^="not allowed" i],[title^="disallowed" i],[aria-label^="disallowed" i]' } },
  ],
};
/** The app's own pages name it (breadcrumb, subtitle, its Application Name box): another app's look-alike page does not. */
const appNamed: Locator[] = [{ text: APP }, { value: APP_NAME }];

// Main app
const settingsLink: Locator = { role: 'link', name: re(/^settings$/i) };
const bookingProvidersLink: Locator = { role: 'link', name: re(/^booking providers?( tags)?$/i) };
const bookingProvidersHeading: Locator = { role: 'heading', name: re(/^booking providers?( tags)?$/i) };
const onBookingProviders: Condition = { any: [{ present: bookingProvidersHeading }, { url: re(/booking-?providers?/i) }] };
const addTagButton: Locator = { role: 'button', name: re(/^\+?\s*(add|new|create)( booking provider)? tag$/i) };
const addTagDialog: Locator = { role: 'dialog', name: re(/\b(add|new|create) (booking provider )?tag/i) };
const tagNameField: Locator = { label: re(/^(tag )?name\b/i), within: addTagDialog };
const tagAddButton: Locator = { role: 'button', name: re(/^(add|save|create)( tag)?$/i), within: addTagDialog };
const tagRow: Locator = { rowContaining: APP_NAME };
/** The tag exists: its row on the Booking Providers page (My Apps has a row of that name too). */
const tagListed: Condition = { all: [onBookingProviders, { present: tagRow }] };
const apiAppsLink: Locator = { role: 'link', name: re(/^api (application|app) access$|^api apps?$/i) };
const apiAppsHeading: Locator = { role: 'heading', name: re(/^api (application|app) access$|^(connected )?api (apps|applications)$/i) };
const onApiApps: Condition = { any: [{ present: apiAppsHeading }, { url: re(/api-?apps?|api-application-access/i) }] };
const connectNewAppButton: Locator = { role: 'button', name: re(new RegExp(`^\\+?\\s*connect (a )?(new )?${APP_WORD}$`, 'i')) };
// The app picker and the terms: dialogs, or (older screens) the page itself turning into them,
// titled the same way.
const PICKER_TITLE = re(new RegExp(`^(connect (a )?(new )?${APP_WORD}|(select|choose) (an? )?${APP_WORD}|available ${APP_WORD})$`, 'i'));
const pickerDialog: Locator = { role: 'dialog', name: PICKER_TITLE };
const pickerShown: Condition = { any: [{ present: pickerDialog }, { all: [{ present: { role: 'heading', name: PICKER_TITLE } }, { absent: anyDialog }] }] };
const pickerItem: Locator[] = [{ rowContaining: APP, within: pickerDialog }, { rowContaining: APP }];
const CONNECT_WORD = re(/^(connect|select|choose)$/i);
const pickerConnect: Locator[] = [
  { role: 'button', name: CONNECT_WORD, within: { rowContaining: APP, within: pickerDialog } },
  { role: 'button', name: CONNECT_WORD, within: { rowContaining: APP } },
  { role: 'link', name: CONNECT_WORD, within: { rowContaining: APP } },
];
const pickerLoaded: Locator = { text: re(/(applications|apps) (registered|available)|no (applications|apps) (are )?available/i) };
const CONNECT_TITLE = re(/^(connect|authori[sz]e|allow) heavyset tech|terms|restriction/i);
const connectDialog: Locator = { role: 'dialog', name: CONNECT_TITLE };
/** The terms: titled so, or any dialog (or page) asking for the booking restriction. */
const connectShown: Condition = {
  any: [
    { present: connectDialog },
    { all: [{ present: anyDialog }, { present: { label: re(/restriction by booking.?provider/i), within: anyDialog } }] },
    { all: [{ present: { role: 'heading', name: re(/^(connect|authori[sz]e|allow) heavyset tech$/i) } }, { absent: anyDialog }] },
  ],
};
const RESTRICTION = re(/restriction by booking.?provider/i);
const restrictionSelect: Locator[] = [{ label: RESTRICTION, within: connectDialog }, { label: RESTRICTION }];
const heavySetOption: Locator = { role: 'option', name: re(/^heavyset tech$/i), within: connectDialog };
const anyOption: Locator = { role: 'option', within: connectDialog };
const optionsLoading: Locator = { role: 'option', name: re(/^loading/i), within: connectDialog };
const ACCEPT = re(/^(i )?(accept|agree)( (and|&) connect)?$/i);
const acceptButton: Locator[] = [{ role: 'button', name: ACCEPT, within: connectDialog }, { role: 'button', name: ACCEPT }];
const connectedRow: Locator = { rowContaining: re(/heavyset tech.*\b(connected|active|enabled)\b/i) };

const haveBookingId: Condition = { captured: 'bookingProviderId' };
const haveSecret: Condition = { captured: 'clientSecret' };
const haveAppKey: Condition = { captured: 'applicationKey' };
const tenantAuthorized: Condition = {
  // The main app's connected apps list it; rows elsewhere saying "Active" (My Apps, the booking
  // provider tags) are of the app or the tag, not of the tenant's connection.
  any: [{ all: [onGo, onApiApps, { present: connectedRow }, { absent: { text: re(/^not connected( yet)?$/i) } }] }, { all: [onPortal, onConnections, allowed] }],
};
/** The app exists: its own pages show it. */
const APP_MADE = ['admin-account', 'portal-sign-in', 'open-my-apps', 'new-app', 'new-app-form', 'app-listed'];

const READ_SCOPES = ['Bookings', 'Customers', 'Leads', 'Appointments', 'Jobs', 'Campaigns', 'Business Units', 'Technicians'];
const WRITE_SCOPES = ['Bookings', 'Customers', 'Leads', 'Appointments', 'Jobs'];
const COLUMN = { Read: '(read|view)', Write: '(write|modify)' } as const;
/** A box named "Read Bookings", else the bare box in row "Bookings" × column "Read" (or "View":
 *  older docs), the seed's Figure 6. Rows match whole names: "Jobs" is never "Job Types". */
const scope = (kind: 'Read' | 'Write', name: string): FillItem => ({
  name: `${kind} ${name}`,
  target: [
    { role: 'checkbox', name: re(new RegExp(`^${COLUMN[kind]}:? ${name}$|^${name}:? ${COLUMN[kind]}$`, 'i')) },
    { cell: { row: re(new RegExp(`^${name}$`, 'i')), column: re(new RegExp(`^${COLUMN[kind]}\\b`, 'i')) }, control: 'checkbox' },
  ],
  value: { check: true },
});

const newAppFill: FillItem[] = [
  { name: 'Organization', target: { label: re(/^organi[sz]ation\b/i) }, value: { text: 'HeavySet Tech' } },
  { name: 'Homepage', target: { label: re(/^home ?page\b/i) }, value: { setting: 'homepage' } },
  { name: 'Email Address', target: { label: re(/^e-?mail( address)?\b/i) }, value: { setting: 'contactEmail' } },
  { name: 'Application Name', target: { label: re(/^(application|app) name\b/i) }, value: { text: 'HeavySet Tech' } },
  {
    name: 'Description',
    target: { label: re(/^description\b/i) },
    value: {
      text: 'HeavySet Tech Web Scheduler: online booking that creates bookings, customers, leads, appointments and jobs in ServiceTitan.',
    },
  },
  { name: 'App Category', target: { label: re(/^(application |app )?category\b/i) }, value: { choose: re(/^web scheduler$/i) } },
  {
    name: 'Client Credentials Management',
    target: [
      { label: re(/^I,? the app developer,? will configure the credentials on behalf of each tenant/i) },
      { role: 'radio', name: re(/app developer,? will configure the credentials/i) },
    ],
    value: { check: true },
  },
  ...READ_SCOPES.map((name) => scope('Read', name)),
  ...WRITE_SCOPES.map((name) => scope('Write', name)),
];

export const serviceTitanScopes = { read: READ_SCOPES, write: WRITE_SCOPES };

const SECRET_GUARD =
  'A Client Secret for HeavySet Tech is already captured or sent. Generating a new one invalidates it at once: HeavySet stops working until the new one is sent. Continue only if the old secret is lost.';
const NOT_ALLOWED =
  'The "Allowed by Tenant" dot is not green: finish the tenant authorization in the main app (Settings → Integrations → API Application Access → Connect New App → HeavySet Tech → Connect → Accept, steps 12–16), then reload this page.';

const field = (key: string, label: string, labels: string[], extra: Partial<Playbook['fields'][number]> & Pick<Playbook['fields'][number], 'format' | 'secret'>) => ({
  key,
  label,
  sendTo: 'connection' as const,
  verifiedBy: [key],
  capture: { labels, pageShows: appNamed },
  hosts: [PORTAL_PAGES],
  ...extra,
});

export const serviceTitanPlaybook: Playbook = {
  crm: 'servicetitan',
  name: 'ServiceTitan',
  guide: 'ServiceTitan CRM Integration setup guide',
  pages: SERVICETITAN_PAGES,
  fields: [
    // Digits (10 seen). No `detect`: a digits-only shape cannot tell a Tenant ID from a Booking
    // Provider ID, and a wrong guess would refuse a good value.
    field('tenantId', 'Tenant ID', [re(/^tenant( \/ network)?( id)?:?$/i)], { secret: false, format: { pattern: re(/^\d{4,19}$/), description: 'digits only (usually 10)' } }),
    field('clientId', 'Client ID', [re(/^client id:?$/i)], {
      secret: false,
      // My Apps lists every app's Client ID: HeavySet Tech's row holds ours.
      capture: { labels: [re(/^client id:?$/i)], pageShows: appNamed, prefersRow: APP },
      format: { pattern: re(/^cid\.[A-Za-z0-9]{16,64}$/), description: '"cid." followed by letters and digits (usually 25)' },
      detect: re(/^cid\.[a-z0-9]{25}$/),
    }),
    field('clientSecret', 'Client Secret', [re(/^(your |new )?client secret:?$/i)], {
      secret: true,
      format: { pattern: re(/^cs\d{1,3}\.[A-Za-z0-9]{32,128}$/), description: '"cs", a digit, "." and letters and digits (usually 50)' },
      detect: re(/^cs\d{1,3}\.[a-z0-9]{50}$/),
      shownOnce: true,
    }),
    field('applicationKey', 'Application Key', [re(/^(application|app) key:?$/i)], {
      secret: true,
      format: { pattern: re(/^ak\d{1,3}\.[A-Za-z0-9]{16,64}$/), description: '"ak1." followed by letters and digits (usually 25–26)' },
      detect: re(/^ak\d\.[a-z0-9]{25,26}$/),
    }),
    {
      key: 'bookingProviderId',
      label: 'Booking Provider ID',
      secret: false,
      // Digits (8–9 seen); no `detect`, see Tenant ID.
      format: { pattern: re(/^\d{1,19}$/), description: 'digits only (usually 8–9)' },
      sendTo: 'settings',
      verifiedBy: ['bookingProviderId'],
      capture: { labels: [re(/^(booking provider |tag )?id:?$/i)], row: APP },
      hosts: [MAIN_APP_PAGES],
    },
  ],
  places: [
    { name: 'ServiceTitan integration environment', when: onIntegration },
    { name: 'Developer Portal → My Apps → New App', when: { all: [onPortal, newAppForm] } },
    { name: 'Developer Portal → App Connections', when: { all: [onPortal, onConnections] } },
    { name: 'Developer Portal → My Apps → Edit', when: { all: [onPortal, onEdit] } },
    { name: 'Developer Portal → My Apps', when: { all: [onPortal, { present: myAppsHeading }] } },
    { name: 'ServiceTitan Developer Portal', when: onPortal },
    { name: 'ServiceTitan → Booking Providers', when: { all: [onGo, onBookingProviders] } },
    { name: 'ServiceTitan → API Application Access', when: { all: [onGo, onApiApps] } },
    { name: 'ServiceTitan (main app)', when: onGo },
  ],
  steps: [
    {
      id: 'admin-account',
      guideStep: '1–2',
      title: 'Use an admin account with Settings and Developer Portal access',
      place: 'ServiceTitan',
      done: { any: [{ present: myAppsHeading }, onBookingProviders, onApiApps, onConnections] },
      hint: 'Sign in with an administrator account (an existing admin, or a new user for the HeavySet engineer with full admin rights).',
    },
    {
      id: 'portal-sign-in',
      guideStep: '3',
      title: 'Sign in to the Developer Portal as a Production Environment User',
      place: 'Developer Portal → Sign in',
      when: { any: [{ present: signInButton }, onIntegration] },
      done: { all: [{ not: onIntegration }, onPortal, { any: [{ present: myAppsHeading }, onConnections, onEdit, newAppForm] }] },
      hint: 'Choose "Login as Production Environment User" (not "Developer login"): only apps made there can be connected to the client’s live account.',
      target: [signInButton, signOutButton],
      opens: { url: 'https://developer.servicetitan.io/signin', label: 'Open the Developer Portal sign-in' },
      troubles: [
        {
          when: onIntegration,
          message:
            'This is the integration (test) environment: apps created here never appear in the production Connect New App list. Sign out and choose "Login as Production Environment User".',
          target: signOutButton,
        },
      ],
    },
    {
      id: 'open-my-apps',
      guideStep: '4',
      title: 'Open My Apps',
      place: 'Developer Portal',
      when: { all: [onPortal, { present: myAppsLink }, { absent: myAppsHeading }, { not: newAppForm }, { not: onConnections }, { not: onEdit }, { absent: signInButton }] },
      done: { any: [{ present: myAppsHeading }, newAppForm, onConnections, onEdit] },
      hint: 'Open "My Apps" in the top menu: it lists the API applications of this account.',
      target: myAppsLink,
      opens: { url: PORTAL, label: 'Open My Apps in the Developer Portal' },
      requires: ['portal-sign-in'],
    },
    {
      id: 'new-app',
      guideStep: '5',
      title: 'Click "+ New App"',
      place: 'Developer Portal → My Apps',
      when: { all: [onMyApps, { absent: appRow }] },
      done: { any: [newAppForm, appListed, haveSecret] },
      hint: 'HeavySet Tech is not registered yet: click "+ New App".',
      target: newAppButton,
      requires: ['admin-account', 'portal-sign-in', 'open-my-apps'],
    },
    {
      id: 'new-app-form',
      guideStep: '6–7',
      title: 'Fill in the New App form, then click "Create App"',
      place: 'Developer Portal → My Apps → New App',
      when: newAppForm,
      done: { any: [appListed, { captured: 'clientId' }, haveSecret] },
      hint: '"Fill for me" sets the guide’s values and exactly its 13 API scopes; Tenants, Customer Global Network(s) and External Data Application GUID keep their defaults. Review, then click "Create App" yourself.',
      target: createAppButton,
      fill: newAppFill,
      requires: ['admin-account', 'portal-sign-in', 'open-my-apps', 'new-app'],
    },
    {
      id: 'app-listed',
      guideStep: '8',
      title: 'Check HeavySet Tech is listed in My Apps',
      place: 'Developer Portal → My Apps',
      done: { any: [haveBookingId, onBookingProviders, onApiApps, appListed, onConnections, onEdit] },
      hint: 'In the Developer Portal, My Apps lists HeavySet Tech once it is created.',
      checks: [{ name: 'HeavySet Tech is listed in My Apps', passWhen: appListed, failMessage: 'HeavySet Tech is not in My Apps yet: create it (+ New App).' }],
      requires: APP_MADE.slice(0, -1),
    },
    {
      id: 'open-booking-providers',
      guideStep: '9',
      title: 'Open Settings → Integrations → Booking Providers (main app)',
      place: 'ServiceTitan → Settings → Integrations → Booking Providers',
      when: { all: [onGo, { not: onBookingProviders }, { not: onApiApps }, { absent: anyDialog }, { not: haveBookingId }] },
      done: { any: [onBookingProviders, haveBookingId] },
      hint: 'In the main ServiceTitan app open Settings, then Booking Providers under Integrations.',
      target: [bookingProvidersLink, settingsLink],
      opens: { url: MAIN_APP, label: 'Open the ServiceTitan main app' },
    },
    {
      id: 'add-tag',
      guideStep: '10',
      title: 'Click "Add Tag"',
      place: 'ServiceTitan → Booking Providers',
      when: { all: [onBookingProviders, { absent: tagRow }, { absent: anyDialog }, { absent: loading }] },
      done: { any: [{ present: addTagDialog }, tagListed, haveBookingId, tenantAuthorized] },
      hint: 'Create the booking provider tag "HeavySet Tech": it makes HeavySet Tech selectable when the app is connected (step 15).',
      target: addTagButton,
      requires: ['open-booking-providers'],
    },
    {
      id: 'name-tag',
      guideStep: '10',
      title: 'Name the tag "HeavySet Tech" and click "Add"',
      place: 'ServiceTitan → Booking Providers → Add Tag',
      when: { present: addTagDialog },
      done: { any: [tagListed, haveBookingId, tenantAuthorized] },
      hint: 'Name: HeavySet Tech (the description is optional). Then click "Add".',
      target: tagAddButton,
      fill: [{ name: 'Name', target: tagNameField, value: { text: 'HeavySet Tech' } }],
      requires: ['open-booking-providers', 'add-tag'],
    },
    {
      id: 'booking-provider-id',
      guideStep: '11',
      title: 'Record the Booking Provider ID of the HeavySet Tech tag',
      place: 'ServiceTitan → Booking Providers',
      when: { all: [onBookingProviders, { present: tagRow }, { absent: anyDialog }] },
      done: haveBookingId,
      hint: 'The assistant records the ID in the HeavySet Tech row (not another tag’s). If it is not captured, use "Pick on page" and click the ID.',
      captures: ['bookingProviderId'],
      opens: { url: MAIN_APP, label: 'Open the ServiceTitan main app' },
      requires: ['open-booking-providers', 'add-tag', 'name-tag'],
    },
    {
      id: 'open-api-apps',
      guideStep: '12',
      title: 'Open Settings → Integrations → API Application Access',
      place: 'ServiceTitan → Settings → Integrations',
      when: { all: [onGo, { not: onApiApps }, { absent: anyDialog }, haveBookingId] },
      done: { any: [onApiApps, tenantAuthorized] },
      hint: 'Next, connect HeavySet Tech to this ServiceTitan account: open API Application Access under Integrations.',
      target: [apiAppsLink, settingsLink],
      opens: { url: MAIN_APP, label: 'Open the ServiceTitan main app' },
    },
    {
      id: 'connect-new-app',
      guideStep: '13',
      title: 'Click "Connect New App"',
      place: 'ServiceTitan → API Application Access',
      when: { all: [onApiApps, { absent: connectedRow }, { absent: anyDialog }, { absent: loading }] },
      done: { any: [pickerShown, connectShown, tenantAuthorized] },
      hint: 'Click "Connect New App" to authorize HeavySet Tech for this account.',
      target: connectNewAppButton,
      requires: ['open-api-apps'],
    },
    {
      id: 'pick-app',
      guideStep: '14',
      title: 'Select HeavySet Tech and click "Connect"',
      place: 'ServiceTitan → API Application Access → Connect New App',
      when: pickerShown,
      done: { any: [connectShown, tenantAuthorized] },
      hint: 'Click "Connect" next to HeavySet Tech.',
      target: pickerConnect,
      requires: ['open-api-apps', 'connect-new-app'],
      troubles: [
        {
          when: { all: [{ present: pickerLoaded }, { absent: pickerItem }] },
          message:
            'HeavySet Tech is not in this list: it was most likely created in the integration environment ("Developer login"), not production. In the Developer Portal sign in with "Login as Production Environment User" and create the app there (steps 3–7).',
        },
      ],
    },
    {
      id: 'restrict-and-accept',
      guideStep: '15–16',
      title: 'Restrict bookings to HeavySet Tech and accept the terms',
      place: 'ServiceTitan → API Application Access → Connect HeavySet Tech',
      when: { all: [connectShown, { any: [{ present: restrictionSelect }, { present: acceptButton }] }] },
      done: tenantAuthorized,
      hint: 'Set "Restriction by booking_provider for Bookings" to HeavySet Tech ("Fill for me" does it), read the Terms and Conditions, then click "Accept".',
      target: acceptButton,
      fill: [{ name: 'Restriction by booking_provider for Bookings', target: restrictionSelect, value: { choose: re(/^heavyset tech$/i) } }],
      requires: ['open-api-apps', 'connect-new-app', 'pick-app'],
      troubles: [
        {
          when: { all: [{ present: restrictionSelect }, { present: anyOption }, { absent: optionsLoading }, { absent: heavySetOption }] },
          message:
            'HeavySet Tech is missing from the restriction dropdown: the booking provider tag does not exist yet. Cancel, create it in Settings → Integrations → Booking Providers (steps 9–11), then connect again.',
          target: restrictionSelect,
        },
      ],
    },
    {
      id: 'open-connections',
      guideStep: '17',
      title: 'Open App Connections of HeavySet Tech',
      place: 'Developer Portal → My Apps',
      when: { all: [appListed, { any: [haveBookingId, tenantAuthorized] }, { not: haveSecret }] },
      done: { any: [onConnections, haveSecret] },
      hint: 'In the HeavySet Tech row, click "View Connections" (App Connections).',
      target: viewConnections,
      opens: { url: PORTAL, label: 'Open My Apps in the Developer Portal' },
      requires: APP_MADE,
    },
    {
      id: 'generate-secret',
      guideStep: '18–19',
      title: 'Check the connection, then Generate the Client Secret',
      place: 'Developer Portal → My Apps → App Connections',
      when: { all: [onPortal, onConnections, { absent: anyDialog }, { not: haveSecret }] },
      done: { any: [{ present: confirmDialog }, haveSecret] },
      hint: 'The Tenant ID and Client ID are captured from this table. Under Client Secret click "Generate".',
      target: generateButton,
      requires: [...APP_MADE, 'open-connections'],
      checks: [
        {
          name: 'Tenant ID and Client ID shown',
          passWhen: { all: [{ captured: 'tenantId' }, { captured: 'clientId' }] },
          failMessage: 'No Tenant ID or Client ID on this page yet.',
        },
        { name: 'Allowed by Tenant (green dot)', passWhen: allowed, failWhen: notAllowed, failMessage: NOT_ALLOWED },
      ],
      troubles: [
        {
          when: { all: [onConnections, { absent: appNamed }, { absent: loading }] },
          message: 'These are the connections of another app: open HeavySet Tech’s (My Apps → HeavySet Tech → View Connections).',
        },
        {
          when: { rejected: 'clientSecret' },
          message: 'HeavySet’s Verify says ServiceTitan rejected the Client Secret sent: generate a new one here and send it again.',
        },
      ],
      guards: [{ click: generateButton, field: 'clientSecret', message: SECRET_GUARD }],
    },
    {
      id: 'confirm-generate',
      guideStep: '19',
      title: 'Check the Tenant ID and Client ID, then "Yes, Continue"',
      place: 'Developer Portal → App Connections → Generate Client Secret',
      when: { present: confirmDialog },
      done: { any: [{ present: secretDialog }, haveSecret] },
      hint: 'The secret is shown only once: the assistant captures it the moment it appears, you do not need to copy it.',
      target: yesContinue,
      requires: [...APP_MADE, 'open-connections', 'generate-secret'],
    },
    {
      id: 'capture-secret',
      guideStep: '20',
      title: 'Record the Client Secret (shown only once)',
      place: 'Developer Portal → App Connections',
      when: { all: [{ present: secretDialog }, { absent: confirmDialog }] },
      done: haveSecret,
      hint: 'The assistant keeps the secret encrypted until you send it to HeavySet. If it is not captured, use "Pick on page" and click the secret.',
      captures: ['clientSecret'],
      requires: [...APP_MADE, 'open-connections', 'generate-secret', 'confirm-generate'],
    },
    {
      id: 'oauth-values',
      guideStep: '20',
      title: 'Go back to My Apps for the Application Key',
      place: 'Developer Portal → App Connections',
      when: { all: [onPortal, onConnections, { absent: anyDialog }, haveSecret] },
      done: haveAppKey,
      hint: 'The Tenant ID, Client ID and Client Secret are captured. Close the secret if it is still open, click "My Apps", then "Edit" in the HeavySet Tech row: the edit screen shows the Application Key.',
      target: myAppsLink,
      requires: [...APP_MADE, 'open-connections', 'generate-secret', 'confirm-generate', 'capture-secret'],
      checks: [{ name: 'Allowed by Tenant (green dot)', passWhen: allowed, failWhen: notAllowed, failMessage: NOT_ALLOWED }],
      guards: [{ click: generateButton, field: 'clientSecret', message: SECRET_GUARD }],
    },
    {
      id: 'open-edit',
      guideStep: '21',
      title: 'Back in My Apps, click "Edit" on HeavySet Tech',
      place: 'Developer Portal → My Apps',
      when: { all: [appListed, haveSecret, { not: haveAppKey }] },
      done: { any: [onEdit, haveAppKey] },
      hint: 'Click "Edit" (or "View details", sometimes under the row\'s Actions or ⋯ menu) in the HeavySet Tech row: that screen shows the Application Key.',
      target: editLink,
      opens: { url: PORTAL, label: 'Open My Apps in the Developer Portal' },
      requires: APP_MADE,
    },
    {
      id: 'app-key',
      guideStep: '22',
      title: 'Record the Application Key',
      place: 'Developer Portal → My Apps → Edit',
      when: { all: [onPortal, onEdit] },
      done: haveAppKey,
      hint: 'The assistant records the Application Key from this screen. If it is not captured, use "Pick on page" and click the key.',
      captures: ['applicationKey'],
      requires: [...APP_MADE, 'open-edit'],
      troubles: [
        {
          when: { all: [onEdit, { absent: appNamed }, { absent: loading }] },
          message: 'This is another app’s Edit screen: open HeavySet Tech’s (My Apps → HeavySet Tech → Edit).',
        },
      ],
    },
    {
      id: 'send',
      guideStep: '23–24',
      title: 'Send the four credentials and the Booking Provider ID to HeavySet',
      place: 'Assistant popup → Send to HeavySet',
      done: {
        all: [
          { sent: 'tenantId' },
          { sent: 'clientId' },
          { sent: 'clientSecret' },
          { sent: 'applicationKey' },
          { any: [{ sent: 'bookingProviderId' }, { settingsSaved: true }] },
          { not: { any: ['tenantId', 'clientId', 'clientSecret', 'applicationKey', 'bookingProviderId'].map((key) => ({ unsent: key })) } },
        ],
      },
      hint: 'Open the assistant (toolbar icon), review the five values and click "Send to HeavySet".',
    },
    {
      id: 'verify',
      guideStep: '25',
      title: 'Verify the integration',
      place: 'Assistant popup → Verify',
      done: { verified: true },
      hint: 'Click "Verify" in the assistant popup: HeavySet tests the credentials against ServiceTitan.',
    },
  ],
  settings: [
    {
      key: 'bookingProviderId',
      label: 'Booking Provider ID',
      help: 'The ID of the "HeavySet Tech" booking provider tag.',
      required: true,
      input: { kind: 'field', field: 'bookingProviderId' },
    },
  ],
  fillDefaults: { homepage: 'https://heavyset.tech', contactEmail: 'support@heavyset.tech' },
  start: { label: 'Open the ServiceTitan Developer Portal', url: 'https://developer.servicetitan.io/signin' },
  popupTroubles: [
    {
      when: 'rejected',
      checks: ['clientSecret'],
      fields: ['clientSecret'],
      message:
        'To fix: capture a new Client Secret: Developer Portal → My Apps → HeavySet Tech → View Connections → Generate (the previous secret stops working), then send it.',
    },
    {
      when: 'rejected',
      checks: ['clientId', 'tenantId', 'applicationKey'],
      fields: ['tenantId', 'clientId', 'applicationKey'],
      message:
        'To fix: capture the value again from the Developer Portal (View Connections for Tenant ID and Client ID, My Apps → Edit for the Application Key), in production, not the integration environment.',
    },
    {
      when: 'rejected',
      checks: ['allowedByTenant'],
      message:
        'To fix: the "Allowed by Tenant" dot turns green once Phase 4 is done in full: ServiceTitan Settings → Integrations → API Application Access → Connect New App → HeavySet Tech → Connect, restrict bookings, Accept.',
    },
    {
      when: 'rejected',
      checks: ['bookingProviderId'],
      fields: ['bookingProviderId'],
      message:
        'To fix: in ServiceTitan Settings → Integrations → Booking Providers, check the "HeavySet Tech" tag exists (Phase 3) and let the assistant capture its ID again.',
    },
    { when: 'optionsEmpty', message: 'ServiceTitan offers no options to choose.' },
    { when: 'notConnected', message: 'Send the Tenant ID, Client ID, Client Secret and Application Key first.' },
  ],
};
