// Every message is parsed with zod and its sender checked before a handler sees it: content
// scripts only from the pages of the CRM they speak for; popup and options requests only from
// this extension's own pages. Every answer, refusals included, is a Reply with words.
import type { Runtime } from 'webextension-polyfill';
import type { z } from 'zod';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ContentRequest, PageRequest, refuse, type Reply } from '../messages';
import { playbookFor } from '../crm';
import type { Handlers } from './handlers/types';

const UNREADABLE = 'The assistant could not read this request: reload the page (or the extension) and try again.';
/** zod's own wording: too technical for a person; our schemas word what a person can fix. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Expected|Unrecognized|Required)\b/;

function problemOf(error: z.ZodError): string {
  const message = error.issues[0]?.message;
  return message && !ZOD_DEFAULT.test(message) ? message : UNREADABLE;
}

export function createRouter(handlers: Handlers, extension: { id: string; origin: string }) {
  const dispatch = handlers as unknown as Record<string, (request: unknown) => Promise<Reply<unknown>>>;

  return async function route(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
    if (sender.id !== extension.id) return refuse('This request did not come from the assistant.');
    const senderUrl = sender.url ?? '';
    if (senderUrl.startsWith(extension.origin)) {
      const request = PageRequest.safeParse(message);
      if (!request.success) return refuse(problemOf(request.error));
      return dispatch[request.data.type]!(request.data);
    }
    const request = ContentRequest.safeParse(message);
    if (!request.success) return refuse(problemOf(request.error));
    const playbook = playbookFor(request.data.crm);
    if (!playbook) return refuse('This CRM is not supported by this version of the assistant: update the extension.');
    const from = (patterns: string[]) => patterns.some((pattern) => new MatchPattern(pattern).includes(senderUrl));
    if (!sender.tab || !from(playbook.pages))
      return refuse(`Not accepted from this page: the assistant takes ${playbook.name} values only from ${playbook.name}'s own pages. Open them there.`);
    // A value is taken only on the pages where the CRM shows it (never, say, another environment's).
    const data = request.data;
    const field = data.type === 'capture' ? playbook.fields.find((f) => f.key === data.field) : undefined;
    if (field?.hosts && !from(field.hosts)) return refuse(`Not accepted from this page: ${playbook.name} shows the ${field.label} elsewhere: capture it on that page.`);
    return dispatch[request.data.type]!(request.data);
  };
}
