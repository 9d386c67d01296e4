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
import type { From } from './handlers/types';
import { oauthHandlers } from './handlers/oauth';
import { playbookHandlers } from './handlers/playbooks';
import { reportHandlers, type TabsApi } from './handlers/reports';
import { sendHandlers } from './handlers/send';
import type { Handlers } from './handlers/types';
import { valueHandlers } from './handlers/values';
import { pickHandlers } from './handlers/pick';
import { keyUnchanged } from './key-check';
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
  // A lost key is noticed before any message is answered: what it sealed goes at once, in words.
  const ready = (async () => {
    if (await keyUnchanged(box)) return;
    await ctx.vault.dropSealed();
    await ctx.link.hasCode();
  })().catch(() => undefined);

  const extensionVersion = options.extensionVersion ?? browser.runtime.getManifest().version;
  const productionKeys = options.productionKeys ?? BUILD_PRODUCTION_KEYS;
  const apiUrl = async () => (await ctx.link.read()).apiUrl;
  const updater = createPlaybookUpdater({ apiUrl, extensionVersion, productionKeys, fetchPlaybook: options.fetchPlaybook });
  const status = () => playbookStatus(updater, { apiUrl, productionKeys, playbooks });
  const handlers = Object.fromEntries(
    Object.entries({
      ...valueHandlers(ctx),
      ...sendHandlers(ctx),
      ...connectionHandlers(ctx),
      ...oauthHandlers(ctx),
      ...guideHandlers(ctx),
      ...playbookHandlers(updater, status),
      ...reportHandlers(ctx, updater, { tabs: options.tabs, extensionVersion: () => extensionVersion }),
      ...pickHandlers({ tabs: options.tabs }),
    } as Record<string, (request: never, from?: From) => Promise<unknown>>).map(([type, handle]) => [type, (request: never, from?: From) => ready.then(() => handle(request, from))]),
  ) as unknown as Handlers;
  const popupState = () => ready.then(() => buildPopupState(ctx));
  return { ...ctx, handlers, ready, playbookUpdater: updater, popupState };
}
export type Service = ReturnType<typeof createService>;
