// A capture sender for Leap's playbook on this test's document, with the values it sent (in order).
import { createCaptureSender } from '../../../utils/guide/capture-sender';
import { leapPlaybook } from '../../../utils/crm/leap';

export function leapSender(lookMs?: number) {
  const captures: string[] = [];
  const s = createCaptureSender({
    playbook: leapPlaybook,
    ask: (async (req: { type: string; value?: string }) => {
      if (req.type === 'capture') captures.push(req.value!);
      return { ok: true, value: { outcome: 'stored', lastFour: (req.value ?? '').slice(-4) } };
    }) as never,
    doc: document,
    source: () => 'https://www.jobprogress.com/app/#/settings/developers',
    alert: () => undefined,
    clearAlerts: () => undefined,
    stored: async () => undefined,
    lookMs,
  });
  return { s, captures };
}
