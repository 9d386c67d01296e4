import type { ValueStatus } from '../utils/messages';

const WORDS: Record<ValueStatus | 'none', string> = {
  none: 'Not captured',
  captured: 'Captured',
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
};

export function StatusChip({ status }: { status?: ValueStatus }) {
  const key = status ?? 'none';
  return <span class={`chip chip-${key}`}>{WORDS[key]}</span>;
}
