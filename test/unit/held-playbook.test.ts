// A content script's start: the update the background holds, or the bundled playbook when there is
// none, when the answer is not for this CRM, or when the background does not answer in time.
import { describe, expect, it, vi } from 'vitest';
import { playbookInUse, HELD_PLAYBOOK_WAIT_MS } from '@/utils/guide/held-playbook';
import { leapPlaybook } from '@/utils/crm/leap';
import type { Ask } from '@/utils/guide/ports';
import { documentOf, retitled } from './support/playbook-copies';

const answering = (value: unknown, delayMs = 0): Ask =>
  vi.fn(() => new Promise((resolve) => setTimeout(() => resolve(value as never), delayMs))) as unknown as Ask;

describe('playbookInUse', () => {
  it('takes the held update, asking for this CRM', async () => {
    const update = retitled('leap', 'From HeavySet');
    const ask = answering({ ok: true, value: { version: 4, playbook: update } });
    const chosen = await playbookInUse(leapPlaybook, ask);
    expect(ask).toHaveBeenCalledWith({ type: 'guide/playbook', crm: 'leap' });
    expect(chosen).toEqual({ playbook: update, version: 4 });
  });

  it('keeps the bundled playbook for null, a refusal, another CRM’s playbook, or no answer in time', async () => {
    const bundled = { playbook: leapPlaybook, version: null };
    expect(await playbookInUse(leapPlaybook, answering({ ok: true, value: null }))).toEqual(bundled);
    expect(await playbookInUse(leapPlaybook, answering({ ok: false, problem: 'The assistant is not answering' }))).toEqual(bundled);
    expect(await playbookInUse(leapPlaybook, answering({ ok: true, value: { version: 4, playbook: documentOf('zoho') } }))).toEqual(bundled);
    const started = Date.now();
    const late = answering({ ok: true, value: { version: 4, playbook: retitled('leap', 'late') } }, 1_000);
    expect(await playbookInUse(leapPlaybook, late)).toEqual(bundled);
    expect(Date.now() - started).toBeLessThan(HELD_PLAYBOOK_WAIT_MS + 200);
  });
});
