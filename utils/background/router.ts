// Every message is parsed with zod and its sender checked before a handler sees it:
// content scripts only from the CRM pages of the CRM they speak for; popup and options
// requests only from this extension's own pages.
import type { Runtime } from 'webextension-polyfill';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ContentRequest, PageRequest } from '../messages';
import { playbookFor } from '../crm';
import type { Service } from './service';

export function createRouter(service: Service, extension: { id: string; origin: string }) {
  const dispatch = service.handlers as unknown as Record<string, (request: unknown) => Promise<unknown>>;

  return async function route(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
    if (sender.id !== extension.id) return { ok: false, error: 'Unknown sender.' };
    const senderUrl = sender.url ?? '';
    if (senderUrl.startsWith(extension.origin)) {
      const request = PageRequest.safeParse(message);
      if (!request.success) return { ok: false, error: 'Malformed request.' };
      return dispatch[request.data.type]!(request.data);
    }
    const request = ContentRequest.safeParse(message);
    if (!request.success) return { ok: false, problem: 'Malformed request.', error: 'Malformed request.' };
    const pages = playbookFor(request.data.crm)?.pages ?? [];
    if (!sender.tab || !pages.some((pattern) => new MatchPattern(pattern).includes(senderUrl))) {
      return { ok: false, problem: 'Not accepted from this page.', error: 'Not accepted from this page.' };
    }
    return dispatch[request.data.type]!(request.data);
  };
}
