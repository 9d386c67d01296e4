import { i18n } from '#i18n';
import type { ValueStatus } from '../utils/messages';

const words = (): Record<ValueStatus | 'none', string> => ({
  none: i18n.t('status.none'),
  captured: i18n.t('status.captured'),
  queued: i18n.t('status.queued'),
  sending: i18n.t('status.sending'),
  sent: i18n.t('status.sent'),
  failed: i18n.t('status.failed'),
});

/** `notSent`: a failed send that was not about this value (e.g. a refused connect code): it waits, it is not wrong. */
export function StatusChip({ status, notSent }: { status?: ValueStatus; notSent?: boolean }) {
  const key = status ?? 'none';
  if (notSent && status === 'failed') return <span class="chip chip-queued">{i18n.t('status.notSent')}</span>;
  return <span class={`chip chip-${key}`}>{words()[key]}</span>;
}
