// Leap CRM (formerly JobProgress): ../shared/seeds/leap-crm-setup-guide.txt as data. Screens are
// recognised by several signals and words with their synonyms (Leap's own docs say "API Token" or
// "Access Token"; the Settings page is reached from the profile name, Developers from its menu).
import { patternOf as re } from '../guide/text';
import type { Condition, Locator, Playbook } from '../guide/playbook';
import { LEAP_PAGES } from './pages';

const SETTINGS_URL = 'https://www.jobprogress.com/app/#/settings';

const developersEntry: Locator = { role: 'link', name: re(/^(developers?|developer settings|api( tokens| access)?)$/i) };
const settingsEntry: Locator = { role: 'link', name: re(/^(company )?settings$/i) };
// "+" or an icon font's ligature ("add") may lead the button's words.
const generateTokenButton: Locator = {
  role: 'button',
  name: re(/^(add )?(generate|create|new|add)( a)?( new)?( public)?( (api|access))? token$/i),
};
const dialog: Locator = { role: 'dialog' };
const tokenNameLabel = re(/^(token |api token |access token )?name\b/i);
const tokenNameField: Locator = { label: tokenNameLabel, within: dialog };
/** The token named and shown on pages of their own (a route or a page load after Generate), not in a dialog. */
const newTokenHeading: Locator = { role: 'heading', name: re(/^(new|generate|create|add)( a)?( new)?( public)?( (api|access))? token$/i) };
const naming: Condition = { any: [{ present: tokenNameField }, { all: [{ present: newTokenHeading }, { present: { label: tokenNameLabel } }] }] };
const shownOnceWords: Locator = { text: re(/\b(shown|displayed|visible) only once\b|\b(won[’']?t|will not) be shown again\b|\bcopy it now\b/i) };
const TOKEN_SHAPE = re(/^eyJ[A-Za-z0-9_-]{8,}(\.[A-Za-z0-9_-]+){1,2}$/);
/** The token's page of its own (after Generate): the shown-once words away from the list (its Generate Token button;
 *  the list may say so too). A token-like text alone is no sign: a page may show anything. */
const tokenPage: Condition = { all: [{ present: shownOnceWords }, { absent: generateTokenButton }] };
const developersHeading: Locator = { role: 'heading', name: re(/^(developers?|(public )?(api|access) tokens?|developer settings)$/i) };
const onDevelopersPage: Condition = {
  any: [{ present: developersHeading }, { present: generateTokenButton }, { url: re(/\/settings\/developers?\b/i) }],
};
const onSettingsPage: Condition = {
  any: [{ url: re(/#!?\/settings\b/i) }, { present: { role: 'heading', name: re(/^(company )?settings$/i) } }],
};
const heavySetTokenRow: Locator = { rowContaining: re(/heavyset tech/i) };
/** The list as cards without list markup: the name alone. */
const heavySetTokenName: Locator = { text: re(/^heavyset tech$/i) };
const earlierToken: Condition = { any: [{ present: heavySetTokenRow }, { present: heavySetTokenName }] };
const tokenCaptured: Condition = { captured: 'apiToken' };
/** Steps before the token is shown: done once it is captured (and not rejected by Verify). */
const UP_TO_TOKEN = ['admin-account', 'open-developers', 'generate-token', 'name-token'];

export const leapPlaybook: Playbook = {
  crm: 'leap',
  name: 'Leap CRM',
  guide: 'Leap CRM setup guide',
  pages: LEAP_PAGES,
  fields: [
    {
      key: 'apiToken',
      label: 'API Token',
      secret: true,
      // Opaque to us: usually JWT-like (eyJ…), any length.
      format: {
        pattern: re(/^[A-Za-z0-9._~+/=-]{16,}$/),
        description: 'one unbroken string of letters, digits and . _ - (usually starting "eyJ")',
      },
      detect: TOKEN_SHAPE,
      sendTo: 'connection',
      shownOnce: true,
      verifiedBy: ['token'],
      capture: { labels: [re(/^(your )?(new |public )?(api |access |personal )?(access )?token( value)?:?$/i)] },
    },
  ],
  places: [
    { name: 'Leap → Settings → Developers', when: onDevelopersPage },
    { name: 'Leap → Settings', when: onSettingsPage },
    { name: 'Leap', when: { url: re(/jobprogress\.com\/app\//i) } },
  ],
  steps: [
    {
      id: 'admin-account',
      guideStep: '1',
      title: 'Sign in to Leap with an admin account',
      place: 'Leap',
      when: { all: [onSettingsPage, { absent: developersEntry }, { not: onDevelopersPage }] },
      done: { any: [{ present: developersEntry }, onDevelopersPage, tokenCaptured] },
      hint: 'Sign in with an account that has admin access: an existing administrator, or a new user created for the HeavySet engineer.',
      troubles: [
        {
          when: { all: [onSettingsPage, { absent: developersEntry }] },
          message:
            'This account cannot see Settings → Developers: it lacks admin access. Sign in as an administrator, or ask one to grant this account access to Settings and Developers.',
        },
      ],
    },
    {
      id: 'open-developers',
      guideStep: '2',
      title: 'Open Settings → Developers',
      place: 'Leap → Settings → Developers',
      when: { not: onDevelopersPage },
      done: { any: [onDevelopersPage, tokenCaptured] },
      hint: 'Open Settings (from your name at the top right), then Developers in the left menu. That page lists the public API tokens.',
      target: [developersEntry, settingsEntry],
      opens: { url: SETTINGS_URL, label: 'Open Leap Settings' },
    },
    {
      id: 'generate-token',
      guideStep: '2',
      title: 'Click "Generate Token"',
      place: 'Leap → Settings → Developers',
      when: { all: [onDevelopersPage, { absent: dialog }, { not: tokenPage }] },
      done: { any: [naming, tokenCaptured] },
      hint: 'Click "Generate Token" at the top right. The new token is shown only once: the assistant captures it the moment it appears.',
      target: generateTokenButton,
      requires: ['admin-account', 'open-developers'],
      checks: [
        {
          name: 'No earlier "HeavySet Tech" token',
          failName: 'A "HeavySet Tech" token already exists',
          passWhen: { not: earlierToken },
          failWhen: earlierToken,
          failMessage:
            'Leap cannot show its value again. If HeavySet does not have it, generate a new one (and revoke the old one once HeavySet is connected).',
        },
      ],
      troubles: [
        {
          when: { rejected: 'apiToken' },
          message: 'HeavySet’s Verify says Leap rejected the token sent: generate a new one here (check it was not revoked) and send it again.',
        },
      ],
    },
    {
      id: 'name-token',
      guideStep: '2',
      title: 'Name the token "HeavySet Tech" and generate it',
      place: 'Leap → Generate Token dialog',
      when: naming,
      done: tokenCaptured,
      hint: 'Type the name (or click "Fill for me"), then click the button that generates the token.',
      target: [
        { role: 'button', name: re(/^(generate|create|save|ok|submit)( token)?$/i), within: dialog },
        { role: 'button', name: re(/^(generate|create|save|submit)( token)?$/i) },
      ],
      fill: [{ name: 'Token Name', target: [tokenNameField, { label: tokenNameLabel }], value: { text: 'HeavySet Tech' } }],
      requires: ['admin-account', 'open-developers', 'generate-token'],
    },
    {
      id: 'capture-token',
      guideStep: '2',
      title: 'API Token captured (shown only once)',
      place: 'Leap → Generate Token dialog',
      when: {
        any: [
          { all: [{ present: dialog }, { absent: tokenNameField }, onDevelopersPage] },
          { all: [onDevelopersPage, { not: naming }, tokenPage] },
        ],
      },
      done: tokenCaptured,
      hint: 'The token appears once. The assistant keeps it encrypted until you send it to HeavySet; you do not need to copy it. If it is not captured, use "Pick on page" and click the token.',
      captures: ['apiToken'],
      requires: UP_TO_TOKEN,
    },
    {
      id: 'send-token',
      guideStep: '3',
      title: 'Send the API Token to HeavySet',
      place: 'Assistant popup → Send to HeavySet',
      done: { all: [{ sent: 'apiToken' }, { not: { unsent: 'apiToken' } }, { not: { rejected: 'apiToken' } }] },
      hint: 'Open the assistant (toolbar icon) and click "Send to HeavySet".',
      requires: [...UP_TO_TOKEN, 'capture-token'],
    },
    {
      id: 'settings',
      guideStep: '4',
      title: 'Choose Job Sold Stage Names and Appointment Cancelled Result Options',
      place: 'Assistant popup → HeavySet settings',
      done: { settingsSaved: true },
      hint: 'In the assistant popup, select every stage that means a sold job and every result that means a cancelled appointment.',
    },
    {
      id: 'verify',
      guideStep: '5',
      title: 'Verify the integration',
      place: 'Assistant popup → Verify',
      done: { verified: true },
      hint: 'Click "Verify" in the assistant popup: HeavySet tests the token against Leap.',
    },
  ],
  settings: [
    {
      key: 'jobSoldStageNames',
      label: 'Job Sold Stage Names',
      help: 'Select every stage name that represents a sold job.',
      required: true,
      input: { kind: 'multi', optionsFrom: 'jobStageNames' },
    },
    {
      key: 'appointmentCancelledResultOptions',
      label: 'Appointment Cancelled Result Options',
      help: 'Select every result option that represents a cancelled appointment.',
      required: true,
      input: { kind: 'multi', optionsFrom: 'appointmentResultOptions' },
    },
  ],
  start: { label: 'Open Leap → Settings → Developers', url: 'https://www.jobprogress.com/app/#/settings/developers' },
  popupTroubles: [
    {
      when: 'rejected',
      checks: ['token'],
      fields: ['apiToken'],
      message:
        'To fix: in Leap open Settings → Developers, generate a new token and capture it again (check it was not revoked and has no trailing spaces).',
    },
    {
      when: 'optionsEmpty',
      message: 'Leap returned no stages or result options: check that the Leap account has active stages and result options configured.',
    },
    { when: 'notConnected', message: 'Send the API Token first: HeavySet reads the options from Leap with it.' },
  ],
};
