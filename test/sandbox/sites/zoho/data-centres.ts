// Zoho's data centres: the accounts host decides the `location` and `accounts-server`
// parameters Zoho adds to the OAuth redirect (product.md, data-centre table).
export interface ZohoDataCentre {
  location: 'us' | 'eu' | 'in' | 'au' | 'jp' | 'ca' | 'cn' | 'sa' | 'uk';
  accountsHost: string;
  /** As a person reads it. */
  name: string;
}

export const ZOHO_DATA_CENTRES: readonly ZohoDataCentre[] = [
  { location: 'us', accountsHost: 'accounts.zoho.com', name: 'United States' },
  { location: 'eu', accountsHost: 'accounts.zoho.eu', name: 'Europe' },
  { location: 'in', accountsHost: 'accounts.zoho.in', name: 'India' },
  { location: 'au', accountsHost: 'accounts.zoho.com.au', name: 'Australia' },
  { location: 'jp', accountsHost: 'accounts.zoho.jp', name: 'Japan' },
  { location: 'ca', accountsHost: 'accounts.zohocloud.ca', name: 'Canada' },
  { location: 'cn', accountsHost: 'accounts.zoho.com.cn', name: 'China' },
  { location: 'sa', accountsHost: 'accounts.zoho.sa', name: 'Saudi Arabia' },
  { location: 'uk', accountsHost: 'accounts.zoho.uk', name: 'United Kingdom' },
];

export function dataCentreForHost(host: string): ZohoDataCentre | undefined {
  const hostname = host.toLowerCase().replace(/:\d+$/, '');
  return ZOHO_DATA_CENTRES.find((dc) => dc.accountsHost === hostname);
}
