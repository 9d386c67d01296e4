// The background's behaviour: one handler per message, grouped by what they touch, over one
// shared context. Entry points only wire it (entrypoints/background.ts).
import type { CryptoBox } from '../crypto-box';
import { createContext } from './context';
import { connectionHandlers } from './handlers/connection';
import { guideHandlers } from './handlers/guide';
import { oauthHandlers } from './handlers/oauth';
import { sendHandlers } from './handlers/send';
import type { Handlers } from './handlers/types';
import { valueHandlers } from './handlers/values';
import { buildPopupState } from './popup-state';

export function createService(box: CryptoBox, options: { expiryHours?: number } = {}) {
  const ctx = createContext(box, options);
  const handlers: Handlers = {
    ...valueHandlers(ctx),
    ...sendHandlers(ctx),
    ...connectionHandlers(ctx),
    ...oauthHandlers(ctx),
    ...guideHandlers(ctx),
  };
  return { ...ctx, handlers, popupState: () => buildPopupState(ctx) };
}
export type Service = ReturnType<typeof createService>;
