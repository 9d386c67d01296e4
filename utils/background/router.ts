// Every message is parsed with zod and its sender checked before a handler sees it: content
// scripts only from the pages of the CRM they speak for; popup and options requests only from
// this extension's own pages. Every answer, refusals included, is a Reply with words.
import { i18n } from '#i18n';
import type { Runtime } from 'webextension-polyfill';
import type { z } from 'zod';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ContentRequest, PageRequest, refuse, type Reply } from '../messages';
import { playbookFor } from '../crm';
import type { From, Handlers } from './handlers/types';

/** zod's own wording: too technical for a person; our schemas word what a person can fix. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Expected|Unrecognized|Required)\b/;

function problemOf(error: z.ZodError): string {
  const message = error.issues[0]?.message;
  return message && !ZOD_DEFAULT.test(message) ? message : i18n.t('bg.router.unreadable');
}

export function createRouter(handlers: Handlers, extension: { id: string; origin: string }) {
  const dispatch = handlers as unknown as Record<string, (request: unknown, from?: From) => Promise<Reply<unknown>>>;

  return async function route(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
    if (sender.id !== extension.id) return refuse(i18n.t('bg.router.notOurs'));
    const senderUrl = sender.url ?? '';
    if (senderUrl.startsWith(extension.origin)) {
      const request = PageRequest.safeParse(message);
      if (!request.success) return refuse(problemOf(request.error));
      return dispatch[request.data.type]!(request.data);
    }
    const request = ContentRequest.safeParse(message);
    if (!request.success) return refuse(problemOf(request.error));
    const playbook = playbookFor(request.data.crm);
    if (!playbook) return refuse(i18n.t('bg.notSupported'));
    const from = (patterns: string[]) => patterns.some((pattern) => new MatchPattern(pattern).includes(senderUrl));
    if (!sender.tab || !from(playbook.pages))
      return refuse(i18n.t('bg.router.notFromPage', { crm: playbook.name }));
    // A value is taken only on the pages where the CRM shows it (never, say, another environment's).
    const data = request.data;
    const field = data.type === 'capture' ? playbook.fields.find((f) => f.key === data.field) : undefined;
    if (field?.hosts && !from(field.hosts)) return refuse(i18n.t('bg.router.elsewhere', { crm: playbook.name, field: field.label }));
    return dispatch[request.data.type]!(request.data, { tabId: sender.tab.id, url: senderUrl });
  };
}
