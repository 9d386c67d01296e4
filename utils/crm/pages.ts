// The pages each CRM's content script runs on (the manifest's matches): kept apart from the
// playbooks so that a content script's entry names its pages without carrying its playbook (the
// background hands the playbook over at start).

export const LEAP_PAGES = ['https://www.jobprogress.com/app/*', 'https://jobprogress.com/app/*'];

/** Where ServiceTitan's values show: the Developer Portal (production), the main app. */
export const SERVICETITAN_PORTAL_PAGES = 'https://developer.servicetitan.io/*';
export const SERVICETITAN_MAIN_APP_PAGES = 'https://go.servicetitan.com/*';
export const SERVICETITAN_PAGES = [SERVICETITAN_PORTAL_PAGES, SERVICETITAN_MAIN_APP_PAGES, 'https://integration.servicetitan.com/*'];

/** Zoho's accounts host in each data centre (product.md's table; the rest of it is in zoho.ts). */
export const ZOHO_ACCOUNTS_HOSTS = {
  us: 'accounts.zoho.com',
  eu: 'accounts.zoho.eu',
  in: 'accounts.zoho.in',
  au: 'accounts.zoho.com.au',
  jp: 'accounts.zoho.jp',
  ca: 'accounts.zohocloud.ca',
  cn: 'accounts.zoho.com.cn',
  sa: 'accounts.zoho.sa',
  uk: 'accounts.zoho.uk',
} as const;

export const CONSENT_PATH = '/oauth/v2/auth';
/** HeavySet's redirect target: one exact page in production, the sandbox's exact path on loopback (any
 *  port; registered at run time once loopback is granted, never in the store manifest). A match pattern's
 *  path also matches the query, hence each page twice: bare and with its parameters. */
export const RETURN_PAGE = 'https://api.heavyset.tech/oauth/zoho/callback';
export const SANDBOX_RETURN_PATH = '/sandbox/zoho/callback';
const exactPage = (url: string) => [url, `${url}?*`];
// Computed lists are marked pure: the other CRMs' content scripts leave them (and the data centres) out.
export const RETURN_PAGES = /* @__PURE__ */ (() =>
  [RETURN_PAGE, ...['127.0.0.1', 'localhost'].map((host) => `http://${host}${SANDBOX_RETURN_PATH}`)].flatMap(exactPage))();

export const ZOHO_PAGES = /* @__PURE__ */ (() => [...Object.values(ZOHO_ACCOUNTS_HOSTS).map((host) => `https://${host}${CONSENT_PATH}*`), ...RETURN_PAGES])();
