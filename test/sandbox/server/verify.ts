// POST /verify: checks a config against the simulated CRM side. Every failing check says
// what to do, in the words of the seed guide's troubleshooting.
import type { VerifyResult } from '../../../utils/heavyset/contract';
import { missingSettings } from './config-api';
import { checkLeapToken } from './crm-leap';
import { findAppByClientId } from './crm-servicetitan';
import type { CrmConfig, ServerState } from './state';
import { dataCentreOf } from './zoho-data-centres';

type Check = VerifyResult['checks'][number];

const pass = (id: string, label: string): Check => ({ id, label, ok: true });
const fail = (id: string, label: string, message: string): Check => ({ id, label, ok: false, message });

const SETTING_LABELS: Record<string, string> = {
  jobSoldStageNames: 'Job Sold Stage Names',
  appointmentCancelledResultOptions: 'Appointment Cancelled Result Options',
  bookingProviderId: 'Booking Provider ID',
  leadModule: 'Lead Module',
  appointmentModule: 'Appointment Module',
  relatedRecordModule: 'Related Record Module',
  slotAvailabilitySource: 'Slot Availability Source',
};

function settingsCheck(config: CrmConfig, crmName: string): Check {
  const label = `${crmName} settings complete`;
  const missing = missingSettings(config).map((key) => SETTING_LABELS[key] ?? key);
  if (!missing.length) return pass('settings', label);
  return fail('settings', label, `Choose ${missing.join(', ')} in the assistant popup and save the settings.`);
}

function verifyLeap(state: ServerState, config: CrmConfig): Check[] {
  const label = 'API token accepted by Leap';
  const token = config.connection.apiToken?.value;
  let tokenCheck: Check;
  if (!token) {
    tokenCheck = fail('token', label, 'No API token saved yet: generate one in Leap → Settings → Developers and send it.');
  } else {
    const result = checkLeapToken(state, token);
    tokenCheck =
      result === 'accepted'
        ? pass('token', label)
        : result === 'revoked'
          ? fail('token', label, 'Leap says this token was revoked: generate a new one in Settings → Developers and send it.')
          : fail(
              'token',
              label,
              'Leap rejected the token: generate a new one in Settings → Developers (and make sure nothing was added around it when pasting).',
            );
  }
  return [tokenCheck, settingsCheck(config, 'Leap')];
}

function verifyServiceTitan(state: ServerState, config: CrmConfig): Check[] {
  const value = (name: string) => config.connection[name]?.value;
  const checks: Check[] = [];
  const clientId = value('clientId');
  const app = clientId ? findAppByClientId(state, clientId) : undefined;

  const appLabel = 'Client ID belongs to the HeavySet Tech app';
  if (!clientId) checks.push(fail('clientId', appLabel, 'No Client ID saved yet: copy it from Developer Portal → My Apps → App Connections.'));
  else if (!app) {
    checks.push(
      fail('clientId', appLabel, 'ServiceTitan does not know this Client ID: copy it again from Developer Portal → My Apps → App Connections (production, not sandbox).'),
    );
  } else checks.push(pass('clientId', appLabel));

  const tenantLabel = 'Tenant ID matches the connected tenant';
  const tenantId = value('tenantId');
  if (!tenantId) checks.push(fail('tenantId', tenantLabel, 'No Tenant ID saved yet: copy it from My Apps → App Connections.'));
  else if (tenantId !== state.crm.servicetitan.tenantId || (app && app.tenantId !== tenantId)) {
    checks.push(fail('tenantId', tenantLabel, 'This Tenant ID is not the tenant the app is connected to: copy it again from My Apps → App Connections.'));
  } else checks.push(pass('tenantId', tenantLabel));

  const keyLabel = "Application Key matches the app";
  const applicationKey = value('applicationKey');
  if (!applicationKey) checks.push(fail('applicationKey', keyLabel, 'No Application Key saved yet: copy it from My Apps → Edit.'));
  else if (!app || app.applicationKey !== applicationKey) {
    checks.push(fail('applicationKey', keyLabel, 'ServiceTitan rejected the Application Key: copy it again from My Apps → HeavySet Tech → Edit.'));
  } else checks.push(pass('applicationKey', keyLabel));

  const secretLabel = "Client Secret is the app's current secret";
  const clientSecret = value('clientSecret');
  if (!clientSecret) checks.push(fail('clientSecret', secretLabel, 'No Client Secret saved yet: generate it under Client Secret in App Connections.'));
  else if (!app?.clientSecret || app.clientSecret !== clientSecret) {
    checks.push(
      fail(
        'clientSecret',
        secretLabel,
        'ServiceTitan rejected the Client Secret (generating a new one invalidates the previous): generate a new one in App Connections and send it.',
      ),
    );
  } else checks.push(pass('clientSecret', secretLabel));

  const allowedLabel = 'App allowed by the tenant';
  if (app?.allowedByTenant) checks.push(pass('allowedByTenant', allowedLabel));
  else {
    checks.push(
      fail(
        'allowedByTenant',
        allowedLabel,
        'The tenant has not allowed HeavySet Tech: in ServiceTitan Settings → Integrations → API Application Access, Connect New App → HeavySet Tech → Connect, then Accept (Phase 4).',
      ),
    );
  }

  const tagLabel = 'Booking Provider ID is a booking provider tag';
  const tagId = config.settings.bookingProviderId;
  if (typeof tagId !== 'string') {
    checks.push(fail('bookingProviderId', tagLabel, 'No Booking Provider ID saved yet: add the "HeavySet Tech" tag in Settings → Integrations → Booking Providers and send its ID.'));
  } else if (!state.crm.servicetitan.tags.some((t) => t.id === tagId)) {
    checks.push(fail('bookingProviderId', tagLabel, 'No booking provider tag has this ID: copy it from Settings → Integrations → Booking Providers (Phase 3).'));
  } else checks.push(pass('bookingProviderId', tagLabel));
  return checks;
}

function verifyZoho(state: ServerState, config: CrmConfig): Check[] {
  const checks: Check[] = [];
  const refreshToken = config.connection.refreshToken?.value;
  const apiDomain = config.connection.apiDomain?.value;
  const accountsDomain = config.connection.accountsDomain?.value;
  const connectedLabel = 'Zoho connection authorized';
  if (!refreshToken || !apiDomain || !accountsDomain) {
    checks.push(
      fail('connection', connectedLabel, 'Refresh Token, API Domain or Accounts Domain is missing: press Connect Zoho and accept all permissions on the Zoho page (Steps 4–6).'),
    );
  } else if (!state.crm.zoho.refreshTokens.includes(refreshToken)) {
    checks.push(fail('connection', connectedLabel, 'Zoho rejected the refresh token: press Connect Zoho and accept again (Steps 4–6).'));
  } else checks.push(pass('connection', connectedLabel));

  const dcLabel = 'API Domain and Accounts Domain in the same data centre';
  const apiDc = apiDomain ? dataCentreOf(apiDomain, 'api') : undefined;
  const accountsDc = accountsDomain ? dataCentreOf(accountsDomain, 'accounts') : undefined;
  if (apiDc && accountsDc && apiDc.location === accountsDc.location) checks.push(pass('dataCentre', dcLabel));
  else {
    checks.push(
      fail('dataCentre', dcLabel, 'The API Domain and Accounts Domain do not belong to one Zoho data centre: press Connect Zoho again while signed in to the right Zoho account (Steps 4–6).'),
    );
  }
  checks.push(settingsCheck(config, 'Zoho'));
  return checks;
}

export function verifyConfig(state: ServerState, config: CrmConfig): VerifyResult {
  const checks =
    config.crmType === 'leap'
      ? verifyLeap(state, config)
      : config.crmType === 'servicetitan'
        ? verifyServiceTitan(state, config)
        : verifyZoho(state, config);
  return { ok: checks.every((c) => c.ok), checks };
}
