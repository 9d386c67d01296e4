// The content script's side of Pick on page started from the popup: the background (never a page or
// another extension) asks this tab to let the person click the element that shows a field's value.
import { i18n } from '#i18n';
import { answerExtension } from '../ext';
import type { GuidePickRequest, Reply } from '../messages';
import type { Playbook } from './playbook';

export function answerPickRequests(lifecycle: { onInvalidated(callback: () => void): () => void }, playbook: Playbook, pick: (field: string) => void): void {
  answerExtension(lifecycle.onInvalidated, (message): Promise<Reply<{ pageUrl: string }>> | undefined => {
    const request = message as GuidePickRequest | null;
    if (request?.type !== 'guide/pick' || request.crm !== playbook.crm) return undefined;
    const field = playbook.fields.find((f) => f.key === request.field && !f.readOnly && f.capture);
    if (!field) return Promise.resolve({ ok: false, problem: i18n.t('card.notHere') });
    pick(field.key);
    return Promise.resolve({ ok: true, value: { pageUrl: location.origin + location.pathname } });
  });
}
