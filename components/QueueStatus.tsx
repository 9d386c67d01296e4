import { i18n } from '#i18n';
import type { QueueView } from '../utils/messages';
import { inTime } from './format';

/** The send queue in words: what is happening and what to do about it ('' when nothing is going on). */
export function queueWords(queue: QueueView): string {
  switch (queue.state) {
    case 'idle':
      return queue.message ?? '';
    case 'sending':
      return queue.message ?? i18n.t('queue.sending');
    case 'waiting': {
      const retry = queue.nextAttemptAt ? i18n.t('queue.nextTry', { when: inTime(queue.nextAttemptAt) }) : '';
      return (queue.message ?? i18n.t('queue.waiting')) + retry;
    }
    case 'failed':
      return `⚠ ${queue.message ?? i18n.t('queue.failed')}`;
    case 'done':
      return queue.message ?? i18n.t('queue.done');
  }
}
