// Zoho data centres: the `location` Zoho reports and the hosts that belong to it (product.md).
export const ZOHO_LOCATIONS = ['us', 'eu', 'in', 'au', 'jp', 'ca', 'cn', 'sa', 'uk'] as const;
export type ZohoLocation = (typeof ZOHO_LOCATIONS)[number];

export interface ZohoDataCentre {
  location: ZohoLocation;
  label: string;
  accountsHost: string;
  apiHost: string;
}

export const ZOHO_DATA_CENTRES: Record<ZohoLocation, ZohoDataCentre> = {
  us: { location: 'us', label: 'United States', accountsHost: 'accounts.zoho.com', apiHost: 'www.zohoapis.com' },
  eu: { location: 'eu', label: 'Europe', accountsHost: 'accounts.zoho.eu', apiHost: 'www.zohoapis.eu' },
  in: { location: 'in', label: 'India', accountsHost: 'accounts.zoho.in', apiHost: 'www.zohoapis.in' },
  au: { location: 'au', label: 'Australia', accountsHost: 'accounts.zoho.com.au', apiHost: 'www.zohoapis.com.au' },
  jp: { location: 'jp', label: 'Japan', accountsHost: 'accounts.zoho.jp', apiHost: 'www.zohoapis.jp' },
  ca: { location: 'ca', label: 'Canada', accountsHost: 'accounts.zohocloud.ca', apiHost: 'www.zohoapis.ca' },
  cn: { location: 'cn', label: 'China', accountsHost: 'accounts.zoho.com.cn', apiHost: 'www.zohoapis.com.cn' },
  sa: { location: 'sa', label: 'Saudi Arabia', accountsHost: 'accounts.zoho.sa', apiHost: 'www.zohoapis.sa' },
  uk: { location: 'uk', label: 'United Kingdom', accountsHost: 'accounts.zoho.uk', apiHost: 'www.zohoapis.uk' },
};

/** The data centre an https origin belongs to, as accounts or API domain. */
export function dataCentreOf(origin: string, kind: 'accounts' | 'api'): ZohoDataCentre | undefined {
  let host: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:') return undefined;
    host = url.hostname;
  } catch {
    return undefined;
  }
  return Object.values(ZOHO_DATA_CENTRES).find((dc) => (kind === 'accounts' ? dc.accountsHost : dc.apiHost) === host);
}

export const HEAVYSET_ZOHO_CLIENT_ID = '1000.43ZTRRY4BWJYTZSL03CM4FVBUWOVKI';
export const ZOHO_SCOPES = 'ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ';
export const ZOHO_MODULES = ['Leads', 'Contacts', 'Accounts', 'Deals', 'Events', 'Tasks', 'Calls', 'Contact_Us'];
