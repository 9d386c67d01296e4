import type { ValueStatus } from '../utils/messages';

const WORDS: Record<ValueStatus | 'none', string> = {
  none: 'Not captured',
  captured: 'Captured',
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
};

/** `notSent`: a failed send that was not about this value (e.g. a refused connect code): it waits, it is not wrong. */
export function StatusChip({ status, notSent }: { status?: ValueStatus; notSent?: boolean }) {
  const key = status ?? 'none';
  if (notSent && status === 'failed') return <span class="chip chip-queued">Not sent</span>;
  return <span class={`chip chip-${key}`}>{WORDS[key]}</span>;
}
