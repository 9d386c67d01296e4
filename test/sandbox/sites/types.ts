// A sandbox site: the CRM pages served at their real URLs (through Chromium request
// interception, see ../browser.ts). Pages talk to their simulated backend with same-origin
// fetches to `/__sandbox__/<path>`, which the router forwards to the reference server's
// `/sandbox/crm/<crm>/<path>` (the CRM side of the sandbox).

export interface SiteRequest {
  url: URL;
  method: string;
  body?: string;
}

export interface SiteResponse {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

export interface SandboxSite {
  /** Which CRM backend `/__sandbox__/` calls go to (reference server `/sandbox/crm/<crm>/`). */
  crm: 'leap' | 'servicetitan' | 'zoho';
  /** Exact host names served, e.g. `www.jobprogress.com`. */
  hosts: string[];
  /** The page or asset for this URL, or null for 404. Not called for `/__sandbox__/` paths. */
  serve(request: SiteRequest): SiteResponse | null;
}
