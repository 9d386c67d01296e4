// The guide steps the walks' checkpoints name, one table per CRM: the id the assistant's playbook
// gives the step and the title its card shows. When the playbooks are reworked, remap here only.
// `or`: where a value has just been captured, the card may already show the next step instead of
// the capture's confirmation; either is right.
import type { CrmName } from './types';

export const LEAP_STEPS = {
  openDevelopers: { id: 'open-developers', title: 'Open Settings → Developers' },
  generateToken: { id: 'generate-token', title: 'Click "Generate Token"' },
  nameToken: { id: 'name-token', title: 'Name the token "HeavySet Tech" and generate it' },
  tokenCaptured: { id: 'capture-token', title: 'API Token captured (shown only once)', or: ['Send the API Token to HeavySet'] },
} as const;

export const ST_STEPS = {
  portalSignIn: { id: 'portal-sign-in', title: 'Sign in to the Developer Portal as a Production Environment User' },
  openMyApps: { id: 'open-my-apps', title: 'Open My Apps' },
  newApp: { id: 'new-app', title: 'Click "+ New App"' },
  newAppForm: { id: 'new-app-form', title: 'Fill in the New App form, then click "Create App"' },
  // A confirmation, not a page step: the card ticks it and points on to the main app.
  appListed: { id: 'app-listed', title: 'Check HeavySet Tech is listed in My Apps', or: ['Open Settings → Integrations → Booking Providers (main app)'] },
  openBookingProviders: { id: 'open-booking-providers', title: 'Open Settings → Integrations → Booking Providers (main app)' },
  addTag: { id: 'add-tag', title: 'Click "Add Tag"' },
  nameTag: { id: 'name-tag', title: 'Name the tag "HeavySet Tech" and click "Add"' },
  bookingProviderId: { id: 'booking-provider-id', title: 'Record the Booking Provider ID of the HeavySet Tech tag', or: ['Open Settings → Integrations → API Application Access'] },
  openApiApps: { id: 'open-api-apps', title: 'Open Settings → Integrations → API Application Access' },
  connectNewApp: { id: 'connect-new-app', title: 'Click "Connect New App"' },
  pickApp: { id: 'pick-app', title: 'Select HeavySet Tech and click "Connect"' },
  restrictAndAccept: { id: 'restrict-and-accept', title: 'Restrict bookings to HeavySet Tech and accept the terms' },
  openConnections: { id: 'open-connections', title: 'Open App Connections of HeavySet Tech' },
  generateSecret: { id: 'generate-secret', title: 'Check the connection, then Generate the Client Secret' },
  confirmGenerate: { id: 'confirm-generate', title: 'Check the Tenant ID and Client ID, then "Yes, Continue"' },
  captureSecret: { id: 'capture-secret', title: 'Record the Client Secret (shown only once)', or: ['Go back to My Apps for the Application Key'] },
  oauthValues: { id: 'oauth-values', title: 'Go back to My Apps for the Application Key', or: ['Back in My Apps, click "Edit" on HeavySet Tech'] },
  openEdit: { id: 'open-edit', title: 'Back in My Apps, click "Edit" on HeavySet Tech' },
  // The last value: the person waits for the card to confirm it (it moves on to the send), as they would.
  appKey: { id: 'app-key', title: 'Send the four credentials and the Booking Provider ID to HeavySet' },
} as const;

export const ZOHO_STEPS = {
  noOrg: { id: 'no-org', title: 'Use a Zoho account that has Zoho CRM' },
  chooseOrg: { id: 'choose-org', title: 'Choose the Zoho CRM organization, then Submit' },
  allow: { id: 'allow', title: 'Tick "I allow HeavySet Tech to access the above data"' },
  accept: { id: 'accept', title: 'Press Accept' },
} as const;

interface Step {
  id: string;
  title: string;
  or?: readonly string[];
}
const ALL: Record<CrmName, Record<string, Step>> = { leap: LEAP_STEPS, servicetitan: ST_STEPS, zoho: ZOHO_STEPS };

/** The titles the card may show at a checkpoint of this step (none: an id no table knows). */
export function stepTitles(crm: CrmName, stepId: string): string[] {
  const step = Object.values(ALL[crm]).find((s) => s.id === stepId);
  return step ? [step.title, ...(step.or ?? [])] : [];
}
