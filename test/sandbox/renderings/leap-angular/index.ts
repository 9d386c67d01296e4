// Leap (JobProgress) web app rendered by its own frameworks: AngularJS 1.8 with hash routes
// (`#/settings/developers`), angular-ui-bootstrap's $uibModal and Bootstrap 3, all served from
// node_modules. Tokens come from the sandbox Leap backend (`/__sandbox__/tokens`).
import type { SandboxSite, SiteRequest, SiteResponse } from '../../sites/types';
import { assetRoute, ownFile, packageFile } from '../shared/static';

const ASSETS: Record<string, () => SiteResponse> = {
  'vendor/angular.min.js': () => packageFile('angular/angular.min.js'),
  'vendor/ui-bootstrap-tpls.js': () => packageFile('angular-ui-bootstrap/dist/ui-bootstrap-tpls.js'),
  'vendor/ui-bootstrap-csp.css': () => packageFile('angular-ui-bootstrap/dist/ui-bootstrap-csp.css'),
  'vendor/bootstrap.min.css': () => packageFile('bootstrap/dist/css/bootstrap.min.css'),
  'app.js': () => ownFile(import.meta.url, 'app.js'),
  'app.css': () => ownFile(import.meta.url, 'app.css'),
};

const redirect = (location: string): SiteResponse => ({ status: 302, contentType: 'text/html; charset=utf-8', body: '', headers: { Location: location } });

function serve({ url }: SiteRequest): SiteResponse | null {
  const path = url.pathname;
  if (path === '/' || path === '/app') return redirect('/app/');
  if (path === '/app/' || path === '/app/index.html') return ownFile(import.meta.url, 'app.html');
  return assetRoute(path, '/app/assets/', ASSETS);
}

export const leapAngularSite: SandboxSite = {
  crm: 'leap',
  hosts: ['www.jobprogress.com', 'jobprogress.com'],
  serve,
};
