// Zoho CRM: ../shared/seeds/zoho-crm-setup-guide.txt as data. HeavySet holds its registered Zoho
// client; the popup's "Connect Zoho" asks HeavySet for the consent URL, Zoho redirects to HeavySet,
// which sets Refresh Token, API Domain and Accounts Domain itself (read-only for the assistant).
import { patternOf as re } from '../guide/text';
import type { Condition, Locator, OAuthRegion, PageCheck, Playbook } from '../guide/playbook';

export const HEAVYSET_ZOHO_CLIENT_ID = '1000.43ZTRRY4BWJYTZSL03CM4FVBUWOVKI';

import { CONSENT_PATH, ZOHO_ACCOUNTS_HOSTS, ZOHO_PAGES } from './pages';

/** product.md's data-centre table: location, accounts host, API host. */
export const ZOHO_DATA_CENTRES = (
  [
    { location: 'us', label: 'United States', api: 'www.zohoapis.com' },
    { location: 'eu', label: 'Europe', api: 'www.zohoapis.eu' },
    { location: 'in', label: 'India', api: 'www.zohoapis.in' },
    { location: 'au', label: 'Australia', api: 'www.zohoapis.com.au' },
    { location: 'jp', label: 'Japan', api: 'www.zohoapis.jp' },
    { location: 'ca', label: 'Canada', api: 'www.zohoapis.ca' },
    { location: 'cn', label: 'China', api: 'www.zohoapis.com.cn' },
    { location: 'sa', label: 'Saudi Arabia', api: 'www.zohoapis.sa' },
    { location: 'uk', label: 'United Kingdom', api: 'www.zohoapis.uk' },
  ] as const
).map((dc) => ({ ...dc, accounts: ZOHO_ACCOUNTS_HOSTS[dc.location] }));

const hostPattern = (host: string) => host.replace(/\./g, '\\.');
export const consentPage: Condition = {
  url: re(new RegExp(`^https://(${ZOHO_DATA_CENTRES.map((dc) => hostPattern(dc.accounts)).join('|')})${CONSENT_PATH}(?:[/?#]|$)`, 'i')),
};
const returnPage: Condition = {
  url: re(/^(https:\/\/api\.heavyset\.tech\/oauth|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/sandbox)\/zoho\/callback(?:[?#]|$)/),
};
const heavySetApp: Condition = { param: 'client_id', equals: HEAVYSET_ZOHO_CLIENT_ID };
const foreignApp: Condition = { all: [consentPage, { not: heavySetApp }] };
const connected: Condition = { all: [{ sent: 'refreshToken' }, { sent: 'apiDomain' }, { sent: 'accountsDomain' }] };
/** Done elsewhere (a reconnect walks the consent steps again, so not on the consent page itself). */
const connectedElsewhere: Condition = { all: [{ sent: 'refreshToken' }, { not: consentPage }] };

// Recognised in any UI language: the page is known by its URL and client_id; its parts by their
// structure (the one consent box, the primary button), with the words of common languages first.
const consentBox: Locator[] = [
  { label: re(/(i )?allow .* to access|erlaube|autorise|permito|consento|autorizo|許可|允许|허용/i) },
  { role: 'checkbox' },
];
const acceptButton: Locator[] = [
  { role: 'button', name: re(/^(accept|allow|akzeptieren|zulassen|erlauben|accepter|autoriser|aceptar|permitir|accetta|consenti|aceitar|(承認|同意|許可)(する)?|接受|允许|同意并授权|수락|동의|허용)$/i) },
  { css: 'button[type=submit],input[type=submit]' },
  { role: 'button', primary: true },
];
const rejectButton: Locator = { role: 'button', name: re(/^(reject|deny|decline|ablehnen|refuser|rechazar|rifiuta|recusar|拒否(する)?|拒绝|거부)$/i) };
const submitOrg: Locator[] = [
  { role: 'button', name: re(/^(submit|continue|next|absenden|senden|weiter|soumettre|valider|continuer|suivant|enviar|continuar|invia|continua|送信(する)?|次へ|続行|提交|继续|下一步|제출|계속|다음)$/i) },
  { css: 'button[type=submit],input[type=submit]' },
  { role: 'button', primary: true },
];
/** The organisation picker: a choice of organisations (radio buttons, a dropdown, or rows under
 *  words naming organisations in common languages), no consent box yet. */
const orgChoice: Condition = {
  any: [
    { present: { role: 'radio' } },
    { present: { role: 'combobox' } },
    { present: { text: re(/organi[sz]ations?\b|organisation|organización|organizzazione|organização|組織|组织/i) } },
  ],
};
const noOrgPage: Condition = {
  any: [
    { param: 'error', equals: 'no_org' },
    {
      present: {
        text: re(
          /no (zoho )?crm (account|organi[sz]ation)|(don.t|do not|doesn.t|does not) have an? (zoho )?crm|no organi[sz]ations? (found|available)|zoho crm is not set up|not (part|a member) of any (zoho )?crm|kein(e)? (zoho )?crm|keine organisation|aucun(e)? (compte|organisation) (zoho )?crm|pas de compte zoho crm|ningun[ao]? organizaci[oó]n|nenhuma organiza[cç][aã]o|nessuna organizzazione|geen organisatie|組織が見つかりません|どの .*組織にも所属していません|没有.*组织/i,
        ),
      },
    },
  ],
};

const RETRY =
  'Repeat Steps 4–6: in the assistant popup check the Zoho data centre, press "Connect Zoho", sign in to the Zoho account your company uses for Zoho CRM, tick the consent box and press Accept.';

const appCheck: PageCheck = {
  name: 'The app asking is HeavySet Tech',
  failName: 'This is NOT HeavySet Tech asking',
  passWhen: heavySetApp,
  failWhen: foreignApp,
  severity: 'danger',
  failMessage:
    'This page asks on behalf of ANOTHER app (its client ID is not HeavySet’s registered one), whatever name it shows. It may be phishing: do not tick the box and do not press Accept. Close this tab and use "Connect Zoho" in the assistant popup.',
};

const regions: OAuthRegion[] = ZOHO_DATA_CENTRES.map((dc) => ({
  value: dc.location,
  label: dc.label,
  detail: dc.accounts,
  expect: { accountsDomain: `https://${dc.accounts}`, apiDomain: `https://${dc.api}` },
}));

const readOnlyField = (key: string, label: string, secret: boolean, description: string) => ({
  key,
  label,
  secret,
  readOnly: true,
  format: { pattern: re(/^\S+$/), description },
  sendTo: 'connection' as const,
});

export const zohoPlaybook: Playbook = {
  crm: 'zoho',
  name: 'Zoho CRM',
  guide: 'Zoho CRM setup guide',
  pages: ZOHO_PAGES,
  fields: [
    readOnlyField('refreshToken', 'Refresh Token', true, 'set by HeavySet when Zoho redirects back'),
    readOnlyField('apiDomain', 'API Domain', false, 'the Zoho API address of your data centre'),
    readOnlyField('accountsDomain', 'Accounts Domain', false, 'the Zoho Accounts address of your data centre'),
  ],
  facts: [
    {
      label: 'App asking',
      when: consentPage,
      from: {
        param: 'client_id',
        map: { [HEAVYSET_ZOHO_CLIENT_ID]: 'HeavySet Tech (HeavySet’s registered Zoho app)' },
        otherwise: 'NOT HeavySet Tech: unknown client ID',
      },
    },
    { label: 'Data centre', when: consentPage, from: { host: Object.fromEntries(ZOHO_DATA_CENTRES.map((dc) => [dc.accounts, `${dc.label} (${dc.accounts})`])) } },
    { label: 'Zoho account', when: consentPage, from: { text: re(/^signed in as:?\s+(\S+@\S+)$/i) } },
    { label: 'Organization', when: consentPage, from: { text: re(/^organi[sz]ation:\s*(.+)$/i) } },
    {
      label: 'Data centre',
      when: returnPage,
      from: { param: 'location', map: Object.fromEntries(ZOHO_DATA_CENTRES.map((dc) => [dc.location, `${dc.label} (${dc.accounts})`])) },
    },
  ],
  oauth: {
    provider: 'Zoho',
    label: 'Connect Zoho',
    help: 'Opens Zoho’s consent page for HeavySet Tech in a new tab. You never need the Client Secret: HeavySet holds it.',
    endpoint: 'zoho/authorize',
    regionParam: 'location',
    regionLabel: 'Zoho data centre',
    regionWord: 'data centre',
    regions,
    fields: ['refreshToken', 'apiDomain', 'accountsDomain'],
    fieldsNote: 'Set by HeavySet itself when Zoho redirects back',
    returnPage,
    returnParams: { location: 'region', 'accounts-server': 'accountsDomain', error: 'error' },
    waitSeconds: 120,
    retry: RETRY,
  },
  places: [{ name: 'Zoho → authorization page', when: consentPage }],
  steps: [
    {
      id: 'connect',
      guideStep: '4',
      title: 'Press "Connect Zoho" in the assistant',
      place: 'Assistant popup → Connect Zoho',
      done: { any: [consentPage, returnPage, { sent: 'refreshToken' }] },
      hint: 'Open the assistant (toolbar icon), pick your Zoho data centre and press "Connect Zoho": it opens Zoho’s consent page for HeavySet Tech.',
    },
    {
      id: 'check-app',
      guideStep: '5',
      title: 'Check that the app asking is HeavySet Tech',
      place: 'Zoho → authorization page',
      when: foreignApp,
      done: { any: [{ all: [consentPage, heavySetApp] }, connectedElsewhere] },
      hint: 'Stop here: do not tick the box and do not press Accept on this page. Close this tab and start again with "Connect Zoho" in the assistant popup.',
      checks: [appCheck],
    },
    {
      id: 'no-org',
      guideStep: '5',
      title: 'Use a Zoho account that has Zoho CRM',
      place: 'Zoho → authorization page',
      when: { all: [consentPage, noOrgPage] },
      // A trouble, not a step to do next: on the authorization page without its evidence it does not apply.
      done: { any: [connectedElsewhere, { all: [consentPage, { not: noOrgPage }] }] },
      hint: 'This Zoho account has no Zoho CRM organization in this data centre. Sign in to Zoho with the account your company uses for Zoho CRM; if that account is in another data centre, pick it in the assistant popup and press "Connect Zoho" again. ("Back to app" returns to HeavySet without connecting.)',
      checks: [appCheck],
    },
    {
      id: 'choose-org',
      guideStep: '5',
      title: 'Choose the Zoho CRM organization, then Submit',
      place: 'Zoho → authorization page',
      when: { all: [consentPage, heavySetApp, { not: noOrgPage }, orgChoice, { not: { any: [{ present: { role: 'checkbox' } }] } }] },
      done: { any: [{ present: consentBox }, connectedElsewhere] },
      hint: 'Zoho asks which organization HeavySet Tech may use: choose your company’s Production organization (not a Sandbox or Developer one: HeavySet needs Production; check its name), then press Submit.',
      target: submitOrg,
      checks: [appCheck],
    },
    {
      id: 'allow',
      guideStep: '5',
      title: 'Tick "I allow HeavySet Tech to access the above data"',
      place: 'Zoho → authorization page',
      when: { all: [consentPage, heavySetApp, { present: consentBox }, { not: { checked: consentBox } }] },
      done: { any: [{ checked: consentBox }, connectedElsewhere] },
      hint: 'Read the list of Zoho CRM data HeavySet Tech asks for, then tick the box above "Accept".',
      target: consentBox,
      checks: [appCheck],
      guards: [
        {
          click: rejectButton,
          message: 'Reject stops the connection: HeavySet gets no access to Zoho CRM and you will have to start again with "Connect Zoho". Reject anyway?',
        },
      ],
    },
    {
      id: 'accept',
      guideStep: '5',
      title: 'Press Accept',
      place: 'Zoho → authorization page',
      when: { all: [consentPage, heavySetApp, { checked: consentBox }] },
      done: { any: [returnPage, connectedElsewhere] },
      hint: 'Press Accept. Zoho sends you back to HeavySet, which saves the connection by itself.',
      target: acceptButton,
      checks: [appCheck],
    },
    {
      id: 'tokens',
      guideStep: '6',
      title: 'Refresh Token, API Domain and Accounts Domain set at HeavySet',
      place: 'HeavySet (after Zoho’s redirect) → assistant popup',
      when: returnPage,
      done: connected,
      hint: 'HeavySet is saving what Zoho granted; the assistant checks its connection every few seconds. If the three fields stay blank, repeat Steps 4–6.',
      troubles: [
        {
          when: { param: 'error' },
          message: `Zoho did not grant access (the permissions were rejected, or this Zoho account has no Zoho CRM). ${RETRY}`,
        },
      ],
    },
    {
      id: 'settings',
      guideStep: '9, 11, 12',
      title: 'Choose the modules, Slot Availability Source and Token Expiry Alert e-mails',
      place: 'Assistant popup → HeavySet settings',
      done: { settingsSaved: true },
      hint: 'Open the assistant popup: pick the Lead, Appointment and Related Record modules (usually Leads, Events, Contacts), the Slot Availability Source and who is alerted when the token expires, then Save settings.',
    },
    {
      id: 'verify',
      guideStep: '13',
      title: 'Verify the integration',
      place: 'Assistant popup → Verify',
      done: { verified: true },
      hint: 'Click "Verify" in the assistant popup: HeavySet checks the Zoho connection and the module names.',
    },
  ],
  settings: [
    {
      key: 'leadModule',
      label: 'Lead Module',
      help: 'The Zoho module used for leads (usually "Leads").',
      required: true,
      input: { kind: 'module', optionsFrom: 'modules', usually: 'Leads' },
    },
    {
      key: 'appointmentModule',
      label: 'Appointment Module',
      help: 'The module used for appointments (usually "Events").',
      required: true,
      input: { kind: 'module', optionsFrom: 'modules', usually: 'Events' },
    },
    {
      key: 'relatedRecordModule',
      label: 'Related Record Module',
      help: 'The record that connects to the appointment (usually "Contacts").',
      required: true,
      input: { kind: 'module', optionsFrom: 'modules', usually: 'Contacts' },
    },
    {
      key: 'contactUsModule',
      label: 'Contact Us Module',
      help: 'Optional: skip it (None) if you do not use a Contact Us module.',
      required: false,
      input: { kind: 'module', optionsFrom: 'modules' },
    },
    {
      key: 'slotAvailabilitySource',
      label: 'Slot Availability Source',
      help: 'How the HeavySet scheduler checks existing appointments when it offers time slots.',
      required: true,
      input: {
        kind: 'choice',
        default: 'crm_appointments',
        choices: [
          {
            value: 'crm_appointments',
            label: 'CRM Appointments only (default)',
            help: 'Keep this if you already use the Events module for appointments, or do not use the Events module at all.',
          },
          {
            value: 'crm_appointments_and_events',
            label: 'CRM Appointments + Events',
            help: 'If you use a different module for appointments but want availability to also factor in the Events module.',
          },
          {
            value: 'zoho_calendar',
            label: 'Zoho Calendar',
            help: 'If your organization uses Zoho Calendar for scheduling.',
          },
        ],
      },
    },
    {
      key: 'tokenExpiryAlertEmails',
      label: 'Token Expiry Alert e-mails',
      help: 'Who is told when the refresh token expires (they repeat Steps 4–6). Include at least one client administrator and one HeavySet Tech contact.',
      required: false,
      input: { kind: 'emails', max: 20 },
    },
  ],
  start: { label: 'Connect Zoho', oauth: true },
  popupTroubles: [
    {
      when: 'rejected',
      checks: ['connection', 'dataCentre'],
      message: `Zoho rejected HeavySet's connection. ${RETRY}`,
    },
    {
      when: 'optionsEmpty',
      message: 'Zoho returned no modules: check that the connected Zoho account has Zoho CRM with the modules you use.',
    },
    { when: 'notConnected', message: 'Connect Zoho first (above): HeavySet reads the modules from Zoho with that connection.' },
  ],
};
