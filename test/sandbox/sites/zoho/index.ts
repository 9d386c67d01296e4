// Zoho Accounts' OAuth pages for every data centre (product.md), served at their real URLs.
import type { SandboxSite, SiteRequest, SiteResponse } from '../types';
import { readAuthRequest, SIGNED_IN_USER } from './auth-request';
import { consentPageHtml, errorPageHtml } from './consent-page';
import { dataCentreForHost, ZOHO_DATA_CENTRES } from './data-centres';

const AUTH_PATH = /^\/oauth\/v2\/auth\/?$/;

function html(status: number, body: string): SiteResponse {
  return { status, contentType: 'text/html; charset=utf-8', body };
}

export const zohoSite: SandboxSite = {
  crm: 'zoho',
  hosts: ZOHO_DATA_CENTRES.map((dc) => dc.accountsHost),
  serve(request: SiteRequest): SiteResponse | null {
    const dataCentre = dataCentreForHost(request.url.host);
    if (!dataCentre || request.method !== 'GET' || !AUTH_PATH.test(request.url.pathname)) return null;
    const page = readAuthRequest(request.url, dataCentre);
    return page.ok ? html(200, consentPageHtml(page.model)) : html(400, errorPageHtml(page.error, SIGNED_IN_USER));
  },
};

export { HEAVYSET_ZOHO_CLIENT_ID } from './auth-request';
export { ZOHO_DATA_CENTRES, dataCentreForHost } from './data-centres';
