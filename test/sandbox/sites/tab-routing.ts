// Per-tab sites in one browser: a tab may show another rendering of the CRM pages (a markup
// variant) and talk to another reference server than the browser's default. Chromium's
// `Fetch.requestPaused` says which frame asked (a tab's main frame id equals its target id);
// the frames of a tab, and the tabs it opens, follow the tab. Requests from elsewhere (other
// tabs, the extension's worker) get the default router.
import { createSiteRouter, type SiteRouter } from './index';
import type { SandboxSite } from './types';

/** The variant's sites answer their hosts; the base sites answer the hosts the variant leaves. */
export function overlaySites(top: SandboxSite[], base: SandboxSite[]): SandboxSite[] {
  const taken = new Set(top.flatMap((site) => site.hosts.map((host) => host.toLowerCase())));
  const rest = base.flatMap((site) => {
    const hosts = site.hosts.filter((host) => !taken.has(host.toLowerCase()));
    if (hosts.length === site.hosts.length) return [site];
    return hosts.length ? [{ ...site, hosts, serve: site.serve.bind(site) }] : [];
  });
  return [...top, ...rest];
}

export interface TabRoute {
  /** The variant's sites (laid over the default sites), or none for the default sites. */
  sites?: SandboxSite[];
  /** Another reference server for this tab's `/__sandbox__/` calls; omitted: the default one. */
  serverUrl?: string;
}

export interface TabRouting {
  /** The router for a request paused in this frame (undefined or unknown: the default router). */
  routerFor(frameId: string | undefined): SiteRouter;
  /** Routes a tab (its main frame id is its target id) and, later, its frames and the tabs it opens. */
  assignTab(targetId: string, route: TabRoute): void;
  /** A frame attached inside a routed frame follows it. */
  frameAttached(frameId: string, parentFrameId: string): void;
  /** A tab opened by a routed tab (window.open, target=_blank) follows its opener. */
  tabOpened(targetId: string, openerTargetId: string | undefined): void;
  /** Forgets a closed tab and its frames. */
  releaseTab(targetId: string): void;
}

export function createTabRouting(defaultSites: SandboxSite[], defaultServerUrl: string): TabRouting {
  const defaultRouter = createSiteRouter(defaultSites, defaultServerUrl);
  const routers = new Map<string, SiteRouter>();
  const routerByFrame = new Map<string, SiteRouter>();
  const tabOfFrame = new Map<string, string>();

  const routerOf = (route: TabRoute): SiteRouter => {
    if (!route.sites && !route.serverUrl) return defaultRouter;
    // Built once per (sites, server): a variant's pages are the same objects across tabs.
    const key = `${route.serverUrl ?? ''} ${(route.sites ?? []).map(siteKey).join(' ')}`;
    let router = routers.get(key);
    if (!router) {
      router = createSiteRouter(overlaySites(route.sites ?? [], defaultSites), route.serverUrl ?? defaultServerUrl);
      routers.set(key, router);
    }
    return router;
  };

  const setFrame = (frameId: string, tabId: string, router: SiteRouter) => {
    routerByFrame.set(frameId, router);
    tabOfFrame.set(frameId, tabId);
  };

  return {
    routerFor: (frameId) => (frameId ? routerByFrame.get(frameId) : undefined) ?? defaultRouter,
    assignTab(targetId, route) {
      setFrame(targetId, targetId, routerOf(route));
    },
    frameAttached(frameId, parentFrameId) {
      const router = routerByFrame.get(parentFrameId);
      const tab = tabOfFrame.get(parentFrameId);
      if (router && tab) setFrame(frameId, tab, router);
    },
    tabOpened(targetId, openerTargetId) {
      const router = openerTargetId ? routerByFrame.get(openerTargetId) : undefined;
      if (router) setFrame(targetId, targetId, router);
    },
    releaseTab(targetId) {
      for (const [frame, tab] of tabOfFrame) {
        if (tab !== targetId) continue;
        tabOfFrame.delete(frame);
        routerByFrame.delete(frame);
      }
    },
  };
}

const siteIds = new WeakMap<SandboxSite, number>();
let nextSiteId = 1;
function siteKey(site: SandboxSite): number {
  let id = siteIds.get(site);
  if (id === undefined) {
    id = nextSiteId++;
    siteIds.set(site, id);
  }
  return id;
}
