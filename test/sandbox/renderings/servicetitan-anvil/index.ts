// ServiceTitan reproduced as its own frameworks render it (Anvil2's markup, KendoReact 4.x grids;
// neither library is used: their licences keep them out of the project). Two hosts: the Developer
// Portal and the main app. Values come from the sandbox ServiceTitan backend (`/__sandbox__/…`).
import type { SandboxSite, SiteRequest, SiteResponse } from '../../sites/types';
import { assetRoute, ownFile } from '../shared/static';

const MODULES = ['dom.js', 'anvil.js', 'kendo-grid.js', 'styles.js', 'catalog.js', 'portal.js', 'go.js'];
const ASSETS: Record<string, () => SiteResponse> = Object.fromEntries(MODULES.map((name) => [name, () => ownFile(import.meta.url, `static/${name}`)]));

const PORTAL_PAGES = new Set(['/', '/signin', '/custom/my-apps/', '/custom/my-apps', '/apis', '/docs']);

function serve({ url }: SiteRequest): SiteResponse | null {
  const asset = assetRoute(url.pathname, '/static/', ASSETS);
  if (asset) return asset;
  if (url.hostname === 'go.servicetitan.com') return url.pathname === '/' ? ownFile(import.meta.url, 'static/go.html') : null;
  return PORTAL_PAGES.has(url.pathname) ? ownFile(import.meta.url, 'static/portal.html') : null;
}

export const serviceTitanAnvilSite: SandboxSite = {
  crm: 'servicetitan',
  hosts: ['developer.servicetitan.io', 'go.servicetitan.com'],
  serve,
};
