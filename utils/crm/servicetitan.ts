// ServiceTitan: ../shared/seeds/servicetitan-setup-guide.txt (25 steps) as data. The Developer
// Portal (developer.servicetitan.io) registers the app and shows its credentials; the main app
// (go.servicetitan.com) holds the booking provider tag and the tenant's authorization.
import { patternOf as re } from '../guide/text';
import type { Condition, FillItem, Locator, Playbook } from '../guide/playbook';

const APP = re(/heavyset tech/i);

// Developer Portal
const signInButton: Locator = { role: 'button', name: re(/login as production environment user/i) };
const integrationBanner: Locator = { text: re(/signed in to the integration environment/i) };
const onIntegration: Condition = {
  any: [{ present: integrationBanner }, { url: re(/^https:\/\/integration\.servicetitan\.com\//) }],
};
const signOutButton: Locator = { role: 'button', name: re(/^(sign|log) ?out$/i) };
const onPortal: Condition = { url: re(/^https:\/\/developer\.servicetitan\.io\//) };
const myAppsLink: Locator = { role: 'link', name: re(/^my apps$/i) };
const myAppsHeading: Locator = { role: 'heading', name: re(/^my apps$/i) };
const loading: Locator = { text: re(/^loading\b/i) };
const newAppButton: Locator = { role: 'button', name: re(/^\+?\s*new app$/i) };
const newAppHeading: Locator = { role: 'heading', name: re(/^new app$/i) };
const createAppButton: Locator = { role: 'button', name: re(/^create app$/i) };
const appRow: Locator = { rowContaining: APP };
const onMyApps: Condition = { all: [{ present: myAppsHeading }, { absent: loading }] };
const appListed: Condition = { all: [onMyApps, { present: appRow }] };
const viewConnections: Locator = { role: 'link', name: re(/view connections|app connections/i), within: appRow };
const editLink: Locator = { role: 'link', name: re(/^edit$/i), within: appRow };
const connectionsHeading: Locator = { role: 'heading', name: re(/^app connections$/i) };
const editHeading: Locator = { role: 'heading', name: re(/^edit (app|application)\b/i) };
const anyDialog: Locator = { role: 'dialog' };
const generateButton: Locator = { role: 'button', name: re(/^generate$/i) };
const confirmDialog: Locator = { role: 'dialog', name: re(/generate client secret/i) };
const yesContinue: Locator = { role: 'button', name: re(/^yes,? continue$/i), within: confirmDialog };
// Named by aria, else by its first heading; with neither, by its text (after a "×" close button).
// The confirm dialog's name starts "Generate".
const secretDialog: Locator = { role: 'dialog', name: re(/^((×|✕) ?)?(your |new )?client secret/i) };
const allowedDot: Locator = { role: 'img', name: re(/^allowed( by tenant)?$/i) };
const notAllowedDot: Locator = { role: 'img', name: re(/not allowed/i) };
/** The dot may be a bare element named only by its tooltip, or a badge's words. */
const allowed: Condition = {
  any: [
    { present: allowedDot },
    { present: { text: re(/^allowed( by tenant)?$/i), within: { css: 'td,[role=gridcell],[role=cell],dd' } } },
    { present: { css: ':is([title^="allowed" i],[aria-label^="allowed" i]):not(th,[role=columnheader])' } },
  ],
};
const notAllowed: Condition = {
  any: [
    { present: notAllowedDot },
    { present: { text: re(/^not allowed\b/i) } },
    { present: { css: '[title^="not allowed" i],[aria-label^="not allowed" i]' } },
  ],
};
/** The app's own pages name it (breadcrumb, subtitle): another app's look-alike page does not. */
const appNamed: Locator = { text: APP };

// Main app
const onGo: Condition = { url: re(/^https:\/\/go\.servicetitan\.com\//) };
const settingsLink: Locator = { role: 'link', name: re(/^settings$/i) };
const bookingProvidersLink: Locator = { role: 'link', name: re(/^booking providers$/i) };
const bookingProvidersHeading: Locator = { role: 'heading', name: re(/^booking providers$/i) };
const addTagButton: Locator = { role: 'button', name: re(/^\+?\s*add tag$/i) };
const addTagDialog: Locator = { role: 'dialog', name: re(/\b(add|new) (booking provider )?tag/i) };
const tagNameField: Locator = { label: re(/^name\b/i), within: addTagDialog };
const tagAddButton: Locator = { role: 'button', name: re(/^add$/i), within: addTagDialog };
const tagRow: Locator = { rowContaining: APP };
const apiAppsLink: Locator = { role: 'link', name: re(/^api application access$/i) };
const apiAppsHeading: Locator = { role: 'heading', name: re(/^api application access$/i) };
const connectNewAppButton: Locator = { role: 'button', name: re(/^connect new app$/i) };
const pickerDialog: Locator = { role: 'dialog', name: re(/^connect new app$/i) };
const pickerItem: Locator = { rowContaining: APP, within: pickerDialog };
const pickerConnect: Locator = { role: 'button', name: re(/^connect$/i), within: pickerItem };
const pickerLoaded: Locator = { text: re(/applications registered|no applications are available/i), within: pickerDialog };
const connectDialog: Locator = { role: 'dialog', name: re(/^connect heavyset tech/i) };
const restrictionSelect: Locator = { label: re(/restriction by booking.?provider/i), within: connectDialog };
const heavySetOption: Locator = { role: 'option', name: re(/^heavyset tech$/i), within: connectDialog };
const optionsLoading: Locator = { role: 'option', name: re(/^loading/i), within: connectDialog };
const acceptButton: Locator = { role: 'button', name: re(/^accept$/i), within: connectDialog };
const connectedRow: Locator = { rowContaining: re(/heavyset tech.*\bconnected\b/i) };

const haveBookingId: Condition = { captured: 'bookingProviderId' };
const haveSecret: Condition = { captured: 'clientSecret' };
const haveAppKey: Condition = { captured: 'applicationKey' };
const tenantAuthorized: Condition = { any: [{ present: connectedRow }, allowed] };

const READ_SCOPES = ['Bookings', 'Customers', 'Leads', 'Appointments', 'Jobs', 'Campaigns', 'Business Units', 'Technicians'];
const WRITE_SCOPES = ['Bookings', 'Customers', 'Leads', 'Appointments', 'Jobs'];
/** A box named "Read Bookings", else the bare box in row "Bookings" × column "Read" (the seed's
 *  Figure 6). Rows match whole names: "Jobs" is never "Job Types", "Bookings" never "Booking Provider Tags". */
const scope = (kind: 'Read' | 'Write', name: string): FillItem => ({
  name: `${kind} ${name}`,
  target: [
    { role: 'checkbox', name: re(new RegExp(`^${kind} ${name}$`, 'i')) },
    { cell: { row: re(new RegExp(`^${name}$`, 'i')), column: re(new RegExp(`^${kind}\\b`, 'i')) }, control: 'checkbox' },
  ],
  value: { check: true },
});

const newAppFill: FillItem[] = [
  { name: 'Organization', target: { label: re(/^organization/i) }, value: { text: 'HeavySet Tech' } },
  { name: 'Homepage', target: { label: re(/^homepage/i) }, value: { setting: 'homepage' } },
  { name: 'Email Address', target: { label: re(/^e-?mail address/i) }, value: { setting: 'contactEmail' } },
  { name: 'Application Name', target: { label: re(/^application name/i) }, value: { text: 'HeavySet Tech' } },
  {
    name: 'Description',
    target: { label: re(/^description/i) },
    value: {
      text: 'HeavySet Tech Web Scheduler: online booking that creates bookings, customers, leads, appointments and jobs in ServiceTitan.',
    },
  },
  { name: 'App Category', target: { label: re(/^app category/i) }, value: { choose: re(/^web scheduler$/i) } },
  {
    name: 'Client Credentials Management',
    target: { label: re(/^I, the app developer, will configure the credentials on behalf of each tenant/i) },
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

export const serviceTitanPlaybook: Playbook = {
  crm: 'servicetitan',
  name: 'ServiceTitan',
  guide: 'ServiceTitan CRM Integration setup guide',
  pages: ['https://developer.servicetitan.io/*', 'https://go.servicetitan.com/*', 'https://integration.servicetitan.com/*'],
  fields: [
    {
      key: 'tenantId',
      label: 'Tenant ID',
      secret: false,
      // Digits (10 seen). No `detect`: a digits-only shape cannot tell a Tenant ID from a
      // Booking Provider ID, and a wrong guess would refuse a good value.
      format: { pattern: re(/^\d{4,19}$/), description: 'digits only (usually 10)' },
      sendTo: 'connection',
      capture: [{ near: [re(/^tenant id:?$/i)], pageShows: appNamed }],
    },
    {
      key: 'clientId',
      label: 'Client ID',
      secret: false,
      format: { pattern: re(/^cid\.[A-Za-z0-9]{16,64}$/), description: '"cid." followed by letters and digits (usually 25)' },
      detect: re(/^cid\.[a-z0-9]{25}$/),
      sendTo: 'connection',
      capture: [{ near: [re(/^client id:?$/i)], pageShows: appNamed }],
    },
    {
      key: 'clientSecret',
      label: 'Client Secret',
      secret: true,
      format: {
        pattern: re(/^cs\d{1,3}\.[A-Za-z0-9]{32,128}$/),
        description: '"cs", a digit, "." and letters and digits (usually 50)',
      },
      detect: re(/^cs\d{1,3}\.[a-z0-9]{50}$/),
      sendTo: 'connection',
      shownOnce: true,
      capture: [{ near: [re(/^client secret:?$/i)], within: secretDialog, byFormat: true, pageShows: appNamed }],
    },
    {
      key: 'applicationKey',
      label: 'Application Key',
      secret: true,
      format: { pattern: re(/^ak\d{1,3}\.[A-Za-z0-9]{16,64}$/), description: '"ak1." followed by letters and digits (usually 25–26)' },
      detect: re(/^ak\d\.[a-z0-9]{25,26}$/),
      sendTo: 'connection',
      capture: [{ near: [re(/^application key:?$/i)], pageShows: appNamed }],
    },
    {
      key: 'bookingProviderId',
      label: 'Booking Provider ID',
      secret: false,
      // Digits (8–9 seen); no `detect`, see Tenant ID.
      format: { pattern: re(/^\d{1,19}$/), description: 'digits only (usually 8–9)' },
      sendTo: 'settings',
      capture: [{ near: [re(/^(booking provider |tag )?id:?$/i)], row: APP }],
    },
  ],
  steps: [
    {
      id: 'admin-account',
      guideStep: '1–2',
      title: 'Use an admin account with Settings and Developer Portal access',
      place: 'ServiceTitan',
      done: { any: [{ present: myAppsHeading }, { present: bookingProvidersHeading }, { present: apiAppsHeading }] },
      hint: 'Sign in with an administrator account (an existing admin, or a new user for the HeavySet engineer with full admin rights).',
    },
    {
      id: 'portal-sign-in',
      guideStep: '3',
      title: 'Sign in to the Developer Portal as a Production Environment User',
      place: 'Developer Portal → Sign in',
      when: { any: [{ present: signInButton }, onIntegration] },
      done: { all: [{ not: onIntegration }, { any: [{ present: myAppsHeading }, { present: connectionsHeading }, { present: editHeading }] }] },
      hint: 'Choose "Login as Production Environment User" (not "Developer login"): only apps made there can be connected to the client’s live account.',
      target: [signInButton, signOutButton],
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
      when: {
        all: [onPortal, { present: myAppsLink }, { absent: myAppsHeading }, { absent: newAppHeading }, { absent: connectionsHeading }, { absent: editHeading }],
      },
      done: { any: [{ present: myAppsHeading }, { present: newAppHeading }, { present: connectionsHeading }, { present: editHeading }] },
      hint: 'Open "My Apps" in the top menu: it lists the API applications of this account.',
      target: myAppsLink,
    },
    {
      id: 'new-app',
      guideStep: '5',
      title: 'Click "+ New App"',
      place: 'Developer Portal → My Apps',
      when: { all: [onMyApps, { absent: appRow }] },
      done: { any: [{ present: newAppHeading }, appListed, haveSecret] },
      hint: 'HeavySet Tech is not registered yet: click "+ New App".',
      target: newAppButton,
    },
    {
      id: 'new-app-form',
      guideStep: '6–7',
      title: 'Fill in the New App form, then click "Create App"',
      place: 'Developer Portal → My Apps → New App',
      when: { present: newAppHeading },
      done: { any: [appListed, { captured: 'clientId' }, haveSecret] },
      hint: '"Fill for me" sets the guide’s values and exactly its 13 API scopes; Tenants, Customer Global Network(s) and External Data Application GUID keep their defaults. Review, then click "Create App" yourself.',
      target: createAppButton,
      fill: newAppFill,
    },
    {
      id: 'app-listed',
      guideStep: '8',
      title: 'Check HeavySet Tech is listed in My Apps',
      place: 'Developer Portal → My Apps',
      when: { all: [appListed, { not: haveBookingId }] },
      done: { any: [haveBookingId, { present: bookingProvidersHeading }, { present: apiAppsHeading }] },
      hint: 'Next, in the main ServiceTitan app (go.servicetitan.com): Settings → Integrations → Booking Providers, to create the HeavySet Tech tag (step 9).',
      checks: [
        {
          name: 'HeavySet Tech is listed in My Apps',
          passWhen: { present: appRow },
          failWhen: { absent: appRow },
          failMessage: 'HeavySet Tech is not listed: create it with "+ New App".',
        },
      ],
    },
    {
      id: 'open-booking-providers',
      guideStep: '9',
      title: 'Open Settings → Integrations → Booking Providers (main app)',
      place: 'ServiceTitan → Settings → Integrations → Booking Providers',
      when: { all: [onGo, { absent: bookingProvidersHeading }, { absent: apiAppsHeading }, { not: haveBookingId }] },
      done: { any: [{ present: bookingProvidersHeading }, haveBookingId] },
      hint: 'In the main ServiceTitan app open Settings, then Booking Providers under Integrations.',
      target: [bookingProvidersLink, settingsLink],
    },
    {
      id: 'add-tag',
      guideStep: '10',
      title: 'Click "Add Tag"',
      place: 'ServiceTitan → Booking Providers',
      when: { all: [{ present: bookingProvidersHeading }, { absent: tagRow }, { absent: anyDialog }, { absent: loading }] },
      done: { any: [{ present: addTagDialog }, { present: tagRow }, haveBookingId] },
      hint: 'Create the booking provider tag "HeavySet Tech": it makes HeavySet Tech selectable when the app is connected (step 15).',
      target: addTagButton,
    },
    {
      id: 'name-tag',
      guideStep: '10',
      title: 'Name the tag "HeavySet Tech" and click "Add"',
      place: 'ServiceTitan → Booking Providers → Add Tag',
      when: { present: addTagDialog },
      done: { any: [{ present: tagRow }, haveBookingId] },
      hint: 'Name: HeavySet Tech (the description is optional). Then click "Add".',
      target: tagAddButton,
      fill: [{ name: 'Name', target: tagNameField, value: { text: 'HeavySet Tech' } }],
    },
    {
      id: 'booking-provider-id',
      guideStep: '11',
      title: 'Record the Booking Provider ID of the HeavySet Tech tag',
      place: 'ServiceTitan → Booking Providers',
      when: { all: [{ present: bookingProvidersHeading }, { present: tagRow }, { absent: anyDialog }] },
      done: haveBookingId,
      hint: 'The assistant records the ID in the HeavySet Tech row (not another tag’s).',
      captures: ['bookingProviderId'],
    },
    {
      id: 'open-api-apps',
      guideStep: '12',
      title: 'Open Settings → Integrations → API Application Access',
      place: 'ServiceTitan → Settings → Integrations',
      when: { all: [onGo, { absent: apiAppsHeading }, { absent: anyDialog }, haveBookingId] },
      done: { any: [{ present: apiAppsHeading }, tenantAuthorized] },
      hint: 'Next, connect HeavySet Tech to this ServiceTitan account: open API Application Access under Integrations.',
      target: [apiAppsLink, settingsLink],
    },
    {
      id: 'connect-new-app',
      guideStep: '13',
      title: 'Click "Connect New App"',
      place: 'ServiceTitan → API Application Access',
      when: { all: [{ present: apiAppsHeading }, { absent: connectedRow }, { absent: anyDialog }, { absent: loading }] },
      done: { any: [{ present: pickerDialog }, { present: connectDialog }, tenantAuthorized] },
      hint: 'Click "Connect New App" to authorize HeavySet Tech for this account.',
      target: connectNewAppButton,
    },
    {
      id: 'pick-app',
      guideStep: '14',
      title: 'Select HeavySet Tech and click "Connect"',
      place: 'ServiceTitan → API Application Access → Connect New App',
      when: { present: pickerDialog },
      done: { any: [{ present: connectDialog }, tenantAuthorized] },
      hint: 'Click "Connect" next to HeavySet Tech.',
      target: pickerConnect,
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
      when: { present: connectDialog },
      done: tenantAuthorized,
      hint: 'Set "Restriction by booking_provider for Bookings" to HeavySet Tech ("Fill for me" does it), read the Terms and Conditions, then click "Accept".',
      target: acceptButton,
      fill: [{ name: 'Restriction by booking_provider for Bookings', target: restrictionSelect, value: { choose: re(/^heavyset tech$/i) } }],
      troubles: [
        {
          when: { all: [{ present: restrictionSelect }, { absent: optionsLoading }, { absent: heavySetOption }] },
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
      when: { all: [appListed, haveBookingId, { not: haveSecret }] },
      done: { any: [{ present: connectionsHeading }, haveSecret] },
      hint: 'In the HeavySet Tech row, click "View Connections" (App Connections).',
      target: viewConnections,
      checks: [
        {
          name: 'HeavySet Tech is listed in My Apps',
          passWhen: { present: appRow },
          failWhen: { absent: appRow },
          failMessage: 'HeavySet Tech is not listed: create it with "+ New App".',
        },
      ],
    },
    {
      id: 'generate-secret',
      guideStep: '18–19',
      title: 'Check the connection, then Generate the Client Secret',
      place: 'Developer Portal → My Apps → App Connections',
      when: { all: [{ present: connectionsHeading }, { absent: anyDialog }, { not: haveSecret }] },
      done: { any: [{ present: confirmDialog }, haveSecret] },
      hint: 'The Tenant ID and Client ID are captured from this table. Under Client Secret click "Generate".',
      target: generateButton,
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
          when: { all: [{ present: connectionsHeading }, { absent: appNamed }, { absent: loading }] },
          message: 'These are the connections of another app: open HeavySet Tech’s (My Apps → HeavySet Tech → View Connections).',
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
    },
    {
      id: 'capture-secret',
      guideStep: '20',
      title: 'Record the Client Secret (shown only once)',
      place: 'Developer Portal → App Connections',
      when: { present: secretDialog },
      done: haveSecret,
      hint: 'The assistant keeps the secret encrypted until you send it to HeavySet.',
      captures: ['clientSecret'],
    },
    {
      id: 'oauth-values',
      guideStep: '20',
      title: 'Tenant ID, Client ID and Client Secret captured',
      place: 'Developer Portal → App Connections',
      when: { all: [{ present: connectionsHeading }, { absent: anyDialog }, haveSecret] },
      done: haveAppKey,
      hint: 'Next: click "My Apps", then "Edit" in the HeavySet Tech row to get the Application Key.',
      target: myAppsLink,
      checks: [
        { name: 'Allowed by Tenant (green dot)', passWhen: allowed, failWhen: notAllowed, failMessage: NOT_ALLOWED },
      ],
      guards: [{ click: generateButton, field: 'clientSecret', message: SECRET_GUARD }],
    },
    {
      id: 'open-edit',
      guideStep: '21',
      title: 'Back in My Apps, click "Edit" on HeavySet Tech',
      place: 'Developer Portal → My Apps',
      when: { all: [appListed, haveSecret, { not: haveAppKey }] },
      done: { any: [{ present: editHeading }, haveAppKey] },
      hint: 'Click "Edit" in the HeavySet Tech row: the edit screen shows the Application Key.',
      target: editLink,
    },
    {
      id: 'app-key',
      guideStep: '22',
      title: 'Record the Application Key',
      place: 'Developer Portal → My Apps → Edit',
      when: { present: editHeading },
      done: haveAppKey,
      hint: 'The assistant records the Application Key from this screen.',
      captures: ['applicationKey'],
      troubles: [
        {
          when: { all: [{ present: editHeading }, { absent: appNamed }, { absent: loading }] },
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
        all: [{ sent: 'tenantId' }, { sent: 'clientId' }, { sent: 'clientSecret' }, { sent: 'applicationKey' }, { any: [{ sent: 'bookingProviderId' }, { settingsSaved: true }] }],
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
  popupTroubles: [
    {
      when: 'rejected',
      message:
        'ServiceTitan rejected a value: capture it again from the Developer Portal (App Connections for Tenant ID, Client ID and a new Client Secret; My Apps → Edit for the Application Key) and check it has no trailing spaces.',
    },
    { when: 'optionsEmpty', message: 'ServiceTitan offers no options to choose.' },
    { when: 'notConnected', message: 'Send the Tenant ID, Client ID, Client Secret and Application Key first.' },
  ],
};
