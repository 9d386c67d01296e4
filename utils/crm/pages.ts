// The pages each CRM's content script runs on (the manifest's matches): kept apart from the
// playbooks so that a content script's entry names its pages without carrying its playbook (the
// background hands the playbook over at start).

export const LEAP_PAGES = ['https://www.jobprogress.com/app/*', 'https://jobprogress.com/app/*'];

/** Where ServiceTitan's values show: the Developer Portal (production), the main app. */
export const SERVICETITAN_PORTAL_PAGES = 'https://developer.servicetitan.io/*';
export const SERVICETITAN_MAIN_APP_PAGES = 'https://go.servicetitan.com/*';
export const SERVICETITAN_PAGES = [SERVICETITAN_PORTAL_PAGES, SERVICETITAN_MAIN_APP_PAGES, 'https://integration.servicetitan.com/*'];

/** product.md's data-centre table: location, accounts host, API host. */
export const ZOHO_DATA_CENTRES = [
  { location: 'us', label: 'United States', accounts: 'accounts.zoho.com', api: 'www.zohoapis.com' },
  { location: 'eu', label: 'Europe', accounts: 'accounts.zoho.eu', api: 'www.zohoapis.eu' },
  { location: 'in', label: 'India', accounts: 'accounts.zoho.in', api: 'www.zohoapis.in' },
  { location: 'au', label: 'Australia', accounts: 'accounts.zoho.com.au', api: 'www.zohoapis.com.au' },
  { location: 'jp', label: 'Japan', accounts: 'accounts.zoho.jp', api: 'www.zohoapis.jp' },
  { location: 'ca', label: 'Canada', accounts: 'accounts.zohocloud.ca', api: 'www.zohoapis.ca' },
  { location: 'cn', label: 'China', accounts: 'accounts.zoho.com.cn', api: 'www.zohoapis.com.cn' },
  { location: 'sa', label: 'Saudi Arabia', accounts: 'accounts.zoho.sa', api: 'www.zohoapis.sa' },
  { location: 'uk', label: 'United Kingdom', accounts: 'accounts.zoho.uk', api: 'www.zohoapis.uk' },
] as const;

export const CONSENT_PATH = '/oauth/v2/auth';
/** HeavySet's redirect target: one exact page in production, the sandbox's exact path on loopback (any
 *  port; registered at run time once loopback is granted, never in the store manifest). A match pattern's
 *  path also matches the query, hence each page twice: bare and with its parameters. */
export const RETURN_PAGE = 'https://api.heavyset.tech/oauth/zoho/callback';
export const SANDBOX_RETURN_PATH = '/sandbox/zoho/callback';
const exactPage = (url: string) => [url, `${url}?*`];
export const RETURN_PAGES = [RETURN_PAGE, ...['127.0.0.1', 'localhost'].map((host) => `http://${host}${SANDBOX_RETURN_PATH}`)].flatMap(exactPage);

export const ZOHO_PAGES = [...ZOHO_DATA_CENTRES.map((dc) => `https://${dc.accounts}${CONSENT_PATH}*`), ...RETURN_PAGES];
