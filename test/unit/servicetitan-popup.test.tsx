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
const { fillValuesOf } = await import('../../utils/background/popup-state');

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
    // No engineer e-mail saved: the support address, and where to offer one's own.
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.find((r) => r.checked)!.parentElement!.textContent).toContain('support@heavyset.tech');
    expect(root.textContent).toContain('Save your engineer e-mail in Settings to offer it here.');
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

  it('types the engineer e-mail by default once saved, and the support address when the person chooses it', async () => {
    const engineer = 'jane@heavyset.tech';
    // What the background computes (fillValuesOf): the contact address is the engineer's.
    const values = fillValuesOf(serviceTitanPlaybook, engineer, { seen: [], byHand: {}, fill: {} });
    expect(values).toMatchObject({ contactEmail: engineer, homepage: 'https://heavyset.tech', engineerEmail: engineer });
    expect(fillValuesOf(serviceTitanPlaybook, '', { seen: [], byHand: {}, fill: {} }).contactEmail).toBe('support@heavyset.tech');
    expect(fillValuesOf(serviceTitanPlaybook, engineer, { seen: [], byHand: {}, fill: { contactEmail: 'support@heavyset.tech' } }).contactEmail).toBe(
      'support@heavyset.tech',
    );

    await act(async () => {
      render(<FillValuesForm playbook={serviceTitanPlaybook} state={state(values)} onChanged={() => undefined} />, root);
    });
    expect(root.querySelector('summary')!.textContent).toContain(`Email Address: ${engineer}`);
    const radio = (text: string) => [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.parentElement!.textContent!.includes(text))!;
    expect(radio('Your engineer e-mail').checked).toBe(true);
    await act(async () => radio('support@heavyset.tech').click());
    await act(async () => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    expect(calls).toEqual([{ type: 'fill/set', crm: 'servicetitan', key: 'contactEmail', value: 'support@heavyset.tech' }]);
  });

  it('refuses another address that is not an e-mail address', async () => {
    await act(async () => {
      render(<FillValuesForm playbook={serviceTitanPlaybook} state={state({ ...serviceTitanPlaybook.fillDefaults })} onChanged={() => undefined} />, root);
    });
    const other = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.parentElement!.textContent!.includes('Another address'))!;
    await act(async () => other.click());
    const box = root.querySelector<HTMLInputElement>('#fill-contactEmail')!;
    await act(async () => {
      box.value = 'not an address';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    expect(calls).toEqual([]);
    expect(root.textContent).toContain('is not an e-mail address');
  });
});
