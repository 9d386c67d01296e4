// The background's behaviour: one handler per message, grouped by what they touch, over one
// shared context. Entry points only wire it (entrypoints/background.ts).
import { browser } from 'wxt/browser';
import type { CryptoBox } from '../crypto-box';
import { playbooks } from '../crm';
import type { PlaybookPublicKey } from '../heavyset/contract-playbooks';
import type { FetchPlaybook } from '../heavyset/playbook-fetch';
import { createContext, type ContextOptions } from './context';
import { connectionHandlers } from './handlers/connection';
import { guideHandlers } from './handlers/guide';
import { oauthHandlers } from './handlers/oauth';
import { playbookHandlers } from './handlers/playbooks';
import { reportHandlers, type TabsApi } from './handlers/reports';
import { sendHandlers } from './handlers/send';
import type { Handlers } from './handlers/types';
import { valueHandlers } from './handlers/values';
import { playbookStatus } from './playbooks/status';
import { BUILD_PRODUCTION_KEYS } from './playbooks/trust';
import { createPlaybookUpdater } from './playbooks/updater';
import { buildPopupState } from './popup-state';

export interface ServiceOptions extends ContextOptions {
  /** Tests: the extension's version, the pinned production keys, how playbooks are fetched, the tabs. */
  extensionVersion?: string;
  productionKeys?: readonly PlaybookPublicKey[];
  fetchPlaybook?: FetchPlaybook;
  tabs?: TabsApi;
}

export function createService(box: CryptoBox, options: ServiceOptions = {}) {
  const ctx = createContext(box, options);
  const extensionVersion = options.extensionVersion ?? browser.runtime.getManifest().version;
  const productionKeys = options.productionKeys ?? BUILD_PRODUCTION_KEYS;
  const apiUrl = async () => (await ctx.link.read()).apiUrl;
  const updater = createPlaybookUpdater({ apiUrl, extensionVersion, productionKeys, fetchPlaybook: options.fetchPlaybook });
  const status = () => playbookStatus(updater, { apiUrl, productionKeys, playbooks });
  const handlers: Handlers = {
    ...valueHandlers(ctx),
    ...sendHandlers(ctx),
    ...connectionHandlers(ctx),
    ...oauthHandlers(ctx),
    ...guideHandlers(ctx),
    ...playbookHandlers(updater, status),
    ...reportHandlers(ctx, updater, { tabs: options.tabs, extensionVersion: () => extensionVersion }),
  };
  return { ...ctx, handlers, playbookUpdater: updater, popupState: () => buildPopupState(ctx) };
}
export type Service = ReturnType<typeof createService>;
