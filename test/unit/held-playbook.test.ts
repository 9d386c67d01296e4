// A content script's start: the playbook the background hands over (a signed update it holds, or
// the bundled one); a background that does not answer is asked again a few times, then no card.
import { describe, expect, it, vi } from 'vitest';
import { playbookInUse } from '@/utils/guide/held-playbook';
import { leapPlaybook } from '@/utils/crm/leap';
import type { Ask } from '@/utils/guide/ports';
import { documentOf, retitled } from './support/playbook-copies';

const answering = (...values: unknown[]): Ask => {
  const queue = [...values];
  return vi.fn(async () => (queue.length > 1 ? queue.shift() : queue[0]) as never) as unknown as Ask;
};

describe('playbookInUse', () => {
  it('takes what the background holds for this CRM: an update with its version, or the bundled one', async () => {
    const update = retitled('leap', 'From HeavySet');
    const ask = answering({ ok: true, value: { version: 4, playbook: update } });
    expect(await playbookInUse('leap', ask)).toEqual({ playbook: update, version: 4 });
    expect(ask).toHaveBeenCalledWith({ type: 'guide/playbook', crm: 'leap' });
    expect(await playbookInUse('leap', answering({ ok: true, value: { version: null, playbook: leapPlaybook } }))).toEqual({ playbook: leapPlaybook, version: null });
  });

  it('asks again while the extension does not answer (a worker waking, an update), then gives up', async () => {
    const silent = { ok: false, problem: 'The assistant is not answering' };
    const ask = answering(silent, silent, { ok: true, value: { version: null, playbook: leapPlaybook } });
    expect(await playbookInUse('leap', ask, [1, 1, 1])).toEqual({ playbook: leapPlaybook, version: null });
    expect(ask).toHaveBeenCalledTimes(3);
    const never = answering(silent);
    expect(await playbookInUse('leap', never, [1, 1])).toBeNull();
    expect(never).toHaveBeenCalledTimes(3);
  });

  it('never follows another CRM’s playbook', async () => {
    expect(await playbookInUse('leap', answering({ ok: true, value: { version: 4, playbook: documentOf('zoho') } }), [1])).toBeNull();
  });
});
