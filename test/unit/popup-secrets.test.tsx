// A secret shown or copied in the popup does not linger: Reveal hides again after 30 s; Copy clears
// the clipboard after 60 s if it still holds that secret, and never wipes what was copied since.
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnyRequest, ValueView } from '../../utils/messages';

const SECRET = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJoZWF2eXNldCJ9.sig9Xk3Q';
vi.mock('../../utils/ask', () => ({
  ask: vi.fn(async (request: AnyRequest) => (request.type === 'value/reveal' ? { ok: true, value: SECRET } : { ok: true, value: null })),
}));
const { ValueRow, REVEAL_MS } = await import('../../components/ValueRow');
const { copyAndClearLater, copyPlain, CLEAR_AFTER_MS } = await import('../../components/clipboard');

/** The system clipboard as the page sees it; `readable: false` is a browser that refuses reading. */
let clipboard: { text: string; readable: boolean };
const writeText = vi.fn(async (text: string) => void (clipboard.text = text));
const readText = vi.fn(async () => {
  if (!clipboard.readable) throw new DOMException('Read permission denied.', 'NotAllowedError');
  return clipboard.text;
});

beforeEach(() => {
  vi.useFakeTimers();
  clipboard = { text: '', readable: true };
  writeText.mockClear();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText, readText }, configurable: true });
  vi.spyOn(document, 'hasFocus').mockReturnValue(true);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Copy of a secret', () => {
  it('clears the clipboard after 60 s when it still holds the secret', async () => {
    await copyAndClearLater(SECRET);
    expect(clipboard.text).toBe(SECRET);
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS - 1_000);
    expect(clipboard.text).toBe(SECRET);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(clipboard.text).toBe('');
  });

  it('leaves what was copied since (in another application)', async () => {
    await copyAndClearLater(SECRET);
    clipboard.text = 'a note the person copied';
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(clipboard.text).toBe('a note the person copied');
  });

  it('leaves what the person copied in the popup itself since', async () => {
    await copyAndClearLater(SECRET);
    clipboard.readable = false;
    document.dispatchEvent(new Event('copy'));
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(writeText).toHaveBeenCalledTimes(1);
    await copyAndClearLater(SECRET);
    await copyPlain('4522210957');
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(clipboard.text).toBe('4522210957');
  });

  it('without leave to read the clipboard: clears only if the popup kept the focus since the copy', async () => {
    clipboard.readable = false;
    await copyAndClearLater(SECRET);
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(clipboard.text).toBe('');

    await copyAndClearLater(SECRET);
    window.dispatchEvent(new Event('blur'));
    await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS);
    expect(clipboard.text).toBe(SECRET);
  });

  it('is offered on a captured secret row, which says the clipboard is cleared', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<ValueRow crm="leap" view={captured()} labelOf={(f) => f} onChanged={() => undefined} />, root));
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy')!;
    await act(async () => copy.click());
    await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
    expect(clipboard.text).toBe(SECRET);
    expect(root.textContent).toContain('Copied: cleared in 60 s if the popup stays open');
    await act(async () => void (await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS)));
    expect(clipboard.text).toBe('');
    render(null, root);
    root.remove();
  });
});

function captured(): ValueView {
  return { field: 'apiToken', label: 'API Token', secret: true, status: 'captured', lastFour: 'Xk3Q', check: { ok: true, message: 'ok' }, history: [] };
}

describe('Reveal of a secret', () => {
  it('shows it, then hides it again after 30 s', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<ValueRow crm="leap" view={captured()} labelOf={(f) => f} onChanged={() => undefined} />, root));
    const reveal = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Reveal')!;
    await act(async () => reveal.click());
    await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
    expect(root.textContent).toContain(SECRET);
    await act(async () => void (await vi.advanceTimersByTimeAsync(REVEAL_MS - 1_000)));
    expect(root.textContent).toContain(SECRET);
    await act(async () => void (await vi.advanceTimersByTimeAsync(1_000)));
    expect(root.textContent).not.toContain(SECRET);
    expect(root.textContent).toContain('••••••••Xk3Q');
    render(null, root);
    root.remove();
  });
});
