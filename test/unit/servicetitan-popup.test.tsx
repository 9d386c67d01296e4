// The popup's "Fill for me" values for ServiceTitan: the Homepage and e-mail the New App form
// gets, defaults first, changed by the person and saved through the background.
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnyRequest, PopupState } from '../../utils/messages';
import { serviceTitanPlaybook } from '../../utils/crm/servicetitan';
import { leapPlaybook } from '../../utils/crm/leap';

const calls: AnyRequest[] = [];
vi.mock('../../utils/ask', () => ({
  ask: vi.fn(async (request: AnyRequest) => {
    calls.push(request);
    return { ok: true, value: null };
  }),
}));
const { FillValuesForm, fillSettingsOf } = await import('../../components/FillValuesForm');

const state = (fillValues: Record<string, string>): PopupState => ({
  configured: true,
  values: [],
  checklist: [],
  queue: { state: 'idle', attempts: 0 },
  fillValues,
  drafts: {},
  expiryHours: 24,
  notices: [],
  elsewhere: [],
});

let root: HTMLElement;
beforeEach(() => {
  calls.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Fill for me values', () => {
  it('lists the settings the fill items read, named as the form fields', () => {
    expect(fillSettingsOf(serviceTitanPlaybook)).toEqual([
      { key: 'homepage', label: 'Homepage' },
      { key: 'contactEmail', label: 'Email Address' },
    ]);
    expect(fillSettingsOf(leapPlaybook)).toEqual([]);
  });

  it('shows the defaults and saves what the person changes', async () => {
    const changed = vi.fn();
    await act(async () => {
      render(<FillValuesForm playbook={serviceTitanPlaybook} state={state({ ...serviceTitanPlaybook.fillDefaults })} onChanged={changed} />, root);
    });
    const homepage = root.querySelector<HTMLInputElement>('#fill-homepage')!;
    expect(root.querySelector('label[for="fill-homepage"]')!.textContent).toBe('Homepage');
    expect(homepage.value).toBe('https://heavyset.tech');
    expect(root.querySelector<HTMLInputElement>('#fill-contactEmail')!.value).toBe('support@heavyset.tech');
    const save = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(save.disabled).toBe(true);
    await act(async () => {
      homepage.value = 'https://book.heavyset.tech';
      homepage.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      save.click();
    });
    expect(calls).toEqual([{ type: 'fill/set', crm: 'servicetitan', key: 'homepage', value: 'https://book.heavyset.tech' }]);
    expect(changed).toHaveBeenCalled();
    expect(root.textContent).toMatch(/Saved/);
  });
});
