import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnyRequest, PopupState } from '../../utils/messages';
import { popupSnapshotItem, readSnapshot, toSnapshot } from '../../utils/popup-snapshot';
import { keepPopupSnapshot } from '../../utils/background/popup-snapshot';
import { VALUE_DRAFT_PREFIX, valueDraftsItem } from '../../utils/drafts';
import { startEarlyRead } from '../../utils/popup-early-read';

let answer: (request: AnyRequest) => Promise<unknown> = () => new Promise(() => undefined);
vi.mock('../../utils/ask', () => ({ ask: vi.fn((request: AnyRequest) => answer(request)) }));

const { PopupApp } = await import('../../components/PopupApp');
const { preloadPopupState } = await import('../../components/usePopupState');

const session = {
  organization: { id: 'org_1', name: 'Acme Roofing' },
  crmConfig: { id: 'cfg_1', name: 'Main CRM', crmType: 'leap' as const },
  expiresAt: '2099-01-01T00:00:00Z',
};

function state(lastFour: string, drafts: Record<string, unknown> = {}): PopupState {
  return {
    configured: true,
    session,
    crm: 'leap',
    values: [
      {
        field: 'apiToken',
        label: 'API Token',
        secret: true,
        status: 'captured',
        lastFour,
        check: { ok: true, message: 'ok' },
        source: 'https://www.jobprogress.com/app/#/settings/developers',
        how: 'page',
        capturedAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        history: [],
      },
    ],
    checklist: [],
    queue: { state: 'idle', attempts: 0 },
    fillValues: {},
    drafts,
    expiryHours: 24,
    notices: [],
    elsewhere: [],
  };
}

const valueDraft = `${VALUE_DRAFT_PREFIX}leap:apiToken`;
const tokenCode = (root: ParentNode) => root.querySelector('[role="group"][aria-label="API Token"] code')?.textContent ?? '';

beforeEach(() => fakeBrowser.reset());

describe('snapshot format', () => {
  it('keeps no hand-typed value drafts (maybe secrets)', () => {
    expect(toSnapshot(state('Xk3Q', { [valueDraft]: 'typed-secret', 'settings.leap.x': 'Sold' })).drafts).toEqual({ 'settings.leap.x': 'Sold' });
  });

  it('shows the snapshot with the value drafts from their own item, and refuses what it does not know', async () => {
    await popupSnapshotItem.setValue(toSnapshot(state('Xk3Q')));
    await valueDraftsItem.setValue({ [valueDraft]: 'typed' });
    expect((await readSnapshot())?.drafts).toEqual({ [valueDraft]: 'typed' });
    await popupSnapshotItem.setValue({ configured: true } as PopupState);
    expect(await readSnapshot()).toBeNull();
    await popupSnapshotItem.removeValue();
    expect(await readSnapshot()).toBeNull();
  });
});

describe('the early read (started by a classic script as the popup is parsed)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the first read its answer, once; later reads ask storage', async () => {
    vi.stubGlobal('browser', fakeBrowser);
    await popupSnapshotItem.setValue(toSnapshot(state('Xk3Q')));
    await valueDraftsItem.setValue({ [valueDraft]: 'typed' });
    startEarlyRead();
    await popupSnapshotItem.setValue(toSnapshot(state('Zz99'))); // written after the early read began
    const first = await readSnapshot();
    expect(first?.values[0]?.lastFour).toBe('Xk3Q');
    expect(first?.drafts).toEqual({ [valueDraft]: 'typed' });
    expect((await readSnapshot())?.values[0]?.lastFour).toBe('Zz99');
  });

  it('refuses an early answer it does not know, and does nothing without the extension API', async () => {
    vi.stubGlobal('browser', fakeBrowser);
    await popupSnapshotItem.setValue({ configured: true } as PopupState);
    startEarlyRead();
    expect(await readSnapshot()).toBeNull();
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    expect(() => startEarlyRead()).not.toThrow();
    await popupSnapshotItem.setValue(toSnapshot(state('Ab12')));
    expect((await readSnapshot())?.values[0]?.lastFour).toBe('Ab12');
  });
});

describe('keepPopupSnapshot', () => {
  it('writes the built state without value drafts, and rebuilds when storage.local changes', async () => {
    let lastFour = 'AAAA';
    const build = vi.fn(async () => state(lastFour, { [valueDraft]: 'typed-secret' }));
    const keeper = keepPopupSnapshot(build);
    await keeper.refresh();
    const read = async () => (await popupSnapshotItem.getValue())!;
    expect((await read()).values[0]?.lastFour).toBe('AAAA');
    expect(JSON.stringify(await read())).not.toContain('typed-secret');

    lastFour = 'BBBB';
    await browser.storage.local.set({ vault: { changed: true } });
    await vi.waitFor(async () => expect((await read()).values[0]?.lastFour).toBe('BBBB'));

    const builds = build.mock.calls.length;
    await valueDraftsItem.setValue({});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(build.mock.calls.length).toBe(builds);
    keeper.stop();
  });

  it('coalesces a burst into the rebuild in flight plus one, and drops the snapshot when building fails', async () => {
    const build = vi.fn(async () => state('CCCC'));
    const keeper = keepPopupSnapshot(build);
    await Promise.all([keeper.refresh(), keeper.refresh(), keeper.refresh(), keeper.refresh()]);
    expect(build).toHaveBeenCalledTimes(2);

    build.mockRejectedValueOnce(new Error('vault unreadable'));
    await keeper.refresh();
    expect(await popupSnapshotItem.getValue()).toBeNull();
    keeper.stop();
  });
});

describe('popup first render', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('shows the snapshot before the background answers, then the fresh state', async () => {
    let reply: (value: { ok: true; value: PopupState }) => void = () => undefined;
    answer = (request) => (request.type === 'popup/state' ? new Promise((resolve) => (reply = resolve)) : Promise.resolve({ ok: true, value: null }));
    await popupSnapshotItem.setValue(toSnapshot(state('Xk3Q')));

    await preloadPopupState();
    act(() => render(<PopupApp />, root));
    expect(tokenCode(root)).toContain('Xk3Q');

    await act(async () => reply({ ok: true, value: state('Zz99') }));
    expect(tokenCode(root)).toContain('Zz99');
  });

  it('without a snapshot waits for the background as before', async () => {
    answer = () => new Promise(() => undefined);
    await preloadPopupState();
    act(() => render(<PopupApp />, root));
    expect(tokenCode(root)).toBe('');
  });
});
