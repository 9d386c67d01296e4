// Leap CRM (formerly JobProgress): ../shared/seeds/leap-crm-setup-guide.txt as data.
import { patternOf as re } from '../guide/text';
import type { Condition, Locator, Playbook } from '../guide/playbook';

const developersEntry: Locator = { role: 'link', name: re(/^developers$/i) };
const settingsEntry: Locator = { role: 'link', name: re(/^settings$/i) };
// "+" or an icon font's ligature ("add") may lead the button's words.
const generateTokenButton: Locator = { role: 'button', name: re(/^(\+|add)?\s*generate (a )?(new )?(api )?token$/i) };
const dialog: Locator = { role: 'dialog' };
const tokenNameField: Locator = { label: re(/^(token )?name\b/i), within: dialog };
const onDevelopersPage: Condition = {
  any: [
    { present: { role: 'heading', name: re(/developers|api tokens/i) } },
    { present: generateTokenButton },
  ],
};
const onSettingsPage: Condition = {
  any: [{ url: re(/#\/settings/i) }, { present: { role: 'heading', name: re(/^settings$/i) } }],
};
const heavySetTokenRow: Locator = { rowContaining: re(/heavyset tech/i) };
/** The list as cards without list markup: the name alone. */
const heavySetTokenName: Locator = { text: re(/^heavyset tech$/i) };
const earlierToken: Condition = { any: [{ present: heavySetTokenRow }, { present: heavySetTokenName }] };

export const leapPlaybook: Playbook = {
  crm: 'leap',
  name: 'Leap CRM',
  guide: 'Leap CRM setup guide',
  pages: ['https://www.jobprogress.com/app/*', 'https://jobprogress.com/app/*'],
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
      detect: re(/^eyJ[A-Za-z0-9_-]{8,}(\.[A-Za-z0-9_-]+){1,2}$/),
      sendTo: 'connection',
      shownOnce: true,
      capture: [{ near: [re(/^(your )?(new )?(api |access )?token( value)?:?$/i), re(/copy.*token|token.*(only once|copy)/i)], within: dialog, byFormat: true }],
    },
  ],
  steps: [
    {
      id: 'admin-account',
      guideStep: '1',
      title: 'Sign in to Leap with an admin account',
      place: 'Leap',
      when: { all: [onSettingsPage, { absent: developersEntry }, { not: onDevelopersPage }] },
      done: { any: [{ present: developersEntry }, onDevelopersPage, { captured: 'apiToken' }] },
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
      done: { any: [onDevelopersPage, { captured: 'apiToken' }] },
      hint: 'Open Settings, then Developers in the left menu. That page lists the public API tokens.',
      target: [developersEntry, settingsEntry],
    },
    {
      id: 'generate-token',
      guideStep: '2',
      title: 'Click "Generate Token"',
      place: 'Leap → Settings → Developers',
      when: { all: [onDevelopersPage, { absent: dialog }] },
      done: { any: [{ present: tokenNameField }, { captured: 'apiToken' }] },
      hint: 'Click "Generate Token" at the top right. The new token is shown only once: the assistant captures it the moment it appears.',
      target: generateTokenButton,
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
    },
    {
      id: 'name-token',
      guideStep: '2',
      title: 'Name the token "HeavySet Tech" and generate it',
      place: 'Leap → Generate Token dialog',
      when: { present: tokenNameField },
      done: { captured: 'apiToken' },
      hint: 'Type the name (or click "Fill for me"), then click "Generate Token" in this dialog.',
      target: [{ role: 'button', name: re(/generate/i), within: dialog }],
      fill: [{ name: 'Token Name', target: tokenNameField, value: { text: 'HeavySet Tech' } }],
    },
    {
      id: 'capture-token',
      guideStep: '2',
      title: 'API Token captured (shown only once)',
      place: 'Leap → Generate Token dialog',
      when: { all: [{ present: dialog }, { absent: tokenNameField }] },
      done: { captured: 'apiToken' },
      hint: 'The token appears once. The assistant keeps it encrypted until you send it to HeavySet; you do not need to copy it.',
      captures: ['apiToken'],
    },
    {
      id: 'send-token',
      guideStep: '3',
      title: 'Send the API Token to HeavySet',
      place: 'Assistant popup → Send to HeavySet',
      done: { sent: 'apiToken' },
      hint: 'Open the assistant (toolbar icon) and click "Send to HeavySet".',
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
  popupTroubles: [
    {
      when: 'rejected',
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
