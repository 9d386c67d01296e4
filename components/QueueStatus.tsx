import type { QueueView } from '../utils/messages';
import { inTime } from './format';

/** The send queue in words: what is happening and what to do about it ('' when nothing is going on). */
export function queueWords(queue: QueueView): string {
  switch (queue.state) {
    case 'idle':
      return queue.message ?? '';
    case 'sending':
      return queue.message ?? 'Sending to HeavySet…';
    case 'waiting': {
      const retry = queue.nextAttemptAt ? ` Next try ${inTime(queue.nextAttemptAt)}.` : '';
      return (queue.message ?? 'Waiting to send.') + (queue.message?.includes('retrying') ? '' : retry);
    }
    case 'failed':
      return `⚠ ${queue.message ?? 'Sending failed. Try again.'}`;
    case 'done':
      return queue.message ?? '✓ Sent to HeavySet.';
  }
}
