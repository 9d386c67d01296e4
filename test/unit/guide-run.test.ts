import { fillForCard } from '../../utils/guide/fill';
import { patternOf as re } from '../../utils/guide/text';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Playbook } from '../../utils/guide/playbook';
import type { GuideActions, GuideView } from '../../utils/guide/view';
import type { GuideState } from '../../utils/messages';
import { startGuide, type Ask } from '../../utils/guide/guide';
import { fakeLifecycle } from './support/fake-lifecycle';
import { leapPlaybook } from '../../utils/crm/leap';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl';
const PAGE = '<h2>Developers</h2><button>+ Generate Token</button><table><tr><th>Name</th></tr><tr><td>Zapier</td></tr></table>';


function setup(playbook: Playbook = leapPlaybook, initial: Partial<GuideState> = {}, refuse = false, fill: () => Promise<typeof fillForCard> = async () => fillForCard) {
  const state: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {}, ...initial };
  const captures: { field: string; value: string; source: string }[] = [];
  const ask = vi.fn(async (req: { type: string; field?: string; value?: string; source?: string }) => {
    if (req.type === 'guide/state') return { ok: true, value: { ...state, captured: [...state.captured] } };
    if (req.type === 'capture') {
      captures.push({ field: req.field!, value: req.value!, source: req.source! });
      if (refuse) return { ok: false, problem: 'The value does not look like an API Token.' };
      state.captured.push(req.field!);
      return { ok: true, value: { outcome: 'stored', lastFour: req.value!.slice(-4) } };
    }
    return { ok: true, value: null };
  });
  let view: GuideView | undefined;
  let actions: GuideActions | undefined;
  const { lifecycle, invalidate } = fakeLifecycle();
  const guide = startGuide({
    playbook,
    doc: document,
    lifecycle,
    ask: ask as unknown as Ask,
    fill, // the content script loads it from the extension on the first click
    render(v, a) {
      view = v;
      actions = a;
    },
  });
  return { guide, ask, captures, invalidate, view: () => view!, actions: () => actions!, state };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
/** The person presses a button (what makes what appears next "new"). */
const press = (el: Element) => el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
const pressGenerate = () => press([...document.querySelectorAll('button')].find((b) => /generate/i.test(b.textContent ?? ''))!);

function tokenDialog(): HTMLElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.innerHTML = `<h3>Your API Token</h3><p>Copy it now: it is shown only once.</p><pre>${TOKEN}</pre><button>Copy to Clipboard</button>`;
  return dialog;
}

let current: ReturnType<typeof setup> | undefined;
beforeEach(() => {
  document.body.innerHTML = PAGE;
});
afterEach(() => {
  current?.invalidate();
  current = undefined;
});

describe('the guide on a page', () => {
  it('captures a token from a dialog added later, once, and confirms with the last 4 only', async () => {
    current = setup();
    await current.guide.start();
    expect(current.view().title).toMatch(/generate token/i);
    pressGenerate();
    document.body.append(tokenDialog());
    await tick();
    expect(current.captures).toEqual([{ field: 'apiToken', value: TOKEN, source: 'http://localhost:3000/' }]);
    await tick(10);
    expect(current.view().captures).toEqual([{ label: 'API Token', lastFour: TOKEN.slice(-4) }]);
    expect(JSON.stringify(current.view())).not.toContain(TOKEN.slice(0, 20));
    // Seen again (re-render of the dialog): not sent twice.
    document.querySelector('[role=dialog]')!.remove();
    document.body.append(tokenDialog());
    await tick(10);
    expect(current.captures).toHaveLength(1);
    expect(current.ask).toHaveBeenCalledWith(expect.objectContaining({ type: 'guide/done', stepIds: expect.arrayContaining(['capture-token']) }));
  });

  it('a token generated again after the first is sent too (the background asks which to keep)', async () => {
    current = setup();
    await current.guide.start();
    pressGenerate();
    document.body.append(tokenDialog());
    await tick(10);
    document.querySelector('[role=dialog]')!.remove();
    const second = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI5OTk5In0.c2Vjb25kLXNpZ25hdHVyZQ';
    pressGenerate();
    const dialog = tokenDialog();
    dialog.querySelector('pre')!.textContent = second;
    document.body.append(dialog);
    await tick(10);
    expect(current.captures.map((c) => c.value)).toEqual([TOKEN, second]);
  });

  it('never takes a dialog added and removed in the same task (never painted: no person saw it)', async () => {
    current = setup();
    await current.guide.start();
    pressGenerate();
    const dialog = tokenDialog();
    document.body.append(dialog);
    dialog.remove();
    await tick(10);
    expect(current.captures).toEqual([]);
  });

  it('does not take a token shown once that was on the page before the person did anything', async () => {
    document.body.append(tokenDialog());
    current = setup();
    await current.guide.start();
    await tick(10);
    expect(current.captures).toEqual([]);
    pressGenerate();
    document.querySelector('[role=dialog]')!.remove();
    document.body.append(tokenDialog());
    await tick(10);
    expect(current.captures).toEqual([]);
  });

  it('takes a token shown on a page of its own that pressing Generate led to; not one on a page a link led to', async () => {
    const NEW = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.bmV3LXRva2VuLXNpZ25hdHVyZQ';
    const tokenPage = (token: string) => `<h2>API token created</h2><p>Copy it now: it is shown only once.</p><p>Token</p><code>${token}</code>`;
    const goTo = (path: string) => {
      history.pushState({}, '', path);
      document.body.innerHTML = '<p>Loading…</p>'; // the route's data is fetched first
    };
    try {
      // A link first: the page it leads to is an arrival, what it shows was there before the person acted on it.
      document.body.innerHTML = `${PAGE}<a href="/app/settings/developers/tokens/41">Last token</a>`;
      current = setup();
      await current.guide.start();
      press(document.querySelector('a')!);
      goTo('/app/settings/developers/tokens/41');
      await tick(10);
      document.body.innerHTML = tokenPage(TOKEN);
      await tick(10);
      expect(current.captures).toEqual([]);

      // Generate (a button): the page it leads to answers it.
      document.body.innerHTML = PAGE;
      await tick(10);
      pressGenerate();
      goTo('/app/settings/developers/tokens/42');
      await tick(10);
      document.body.innerHTML = tokenPage(NEW);
      await tick(10);
      expect(current.captures.map((c) => c.value)).toEqual([NEW]);
    } finally {
      history.pushState({}, '', '/');
    }
  });

  it('takes a token the page shows on arrival when the background says a press on the previous page led here (a form posted); asks it to remember a press', async () => {
    document.body.innerHTML = `<h2>HeavySet Tech</h2><p>Your new API token — copy it now, it won't be shown again.</p><code>${TOKEN}</code>`;
    current = setup(leapPlaybook, { pressedBefore: true });
    await current.guide.start();
    await tick(10);
    expect(current.captures.map((c) => c.value)).toEqual([TOKEN]);

    document.body.innerHTML = '<form><label>Token name <input></label><button type="submit">Generate</button></form>';
    await tick(10);
    const asked = () => current!.ask.mock.calls.filter(([req]) => req.type === 'guide/pressed').length;
    press(document.querySelector('input')!);
    document.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(asked()).toBe(1); // the click, not the typing
    document.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    press(document.querySelector('button')!);
    expect(asked()).toBe(3);
  });

  it('reads the value before a "Copy to Clipboard" handler closes the dialog', async () => {
    current = setup();
    await current.guide.start();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<label>API Token <input readonly></label><button>Copy to Clipboard</button>';
    document.body.append(dialog);
    await tick();
    expect(current.captures).toHaveLength(0);
    // The page sets the value by property (no mutation, no event), then closes on copy.
    (dialog.querySelector('input') as HTMLInputElement).value = TOKEN;
    dialog.querySelector('button')!.addEventListener('click', () => dialog.remove());
    press(dialog.querySelector('button')!);
    dialog.querySelector('button')!.click();
    expect(current.captures.map((c) => c.value)).toEqual([TOKEN]);
  });

  it('reads a token set by script into a dialog’s box a moment after it opened (no event, no mutation)', async () => {
    current = setup();
    await current.guide.start();
    pressGenerate();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<h3>Your API Token</h3><label>API Token <input readonly></label><button>Close</button>';
    document.body.append(dialog);
    await tick(10);
    expect(current.captures).toHaveLength(0);
    (dialog.querySelector('input') as HTMLInputElement).value = TOKEN;
    await tick(300);
    expect(current.captures.map((c) => c.value)).toEqual([TOKEN]);
  });

  it('reads a dialog that faded in once its animation ends', async () => {
    document.head.insertAdjacentHTML('beforeend', '<style id="fade">.fading { opacity: 0 }</style>');
    current = setup();
    await current.guide.start();
    pressGenerate();
    const dialog = tokenDialog();
    dialog.className = 'fading';
    document.body.append(dialog);
    await tick(10);
    expect(current.captures).toHaveLength(0);
    // The page's own stylesheet ends the fade (nothing in the dialog changes).
    document.getElementById('fade')!.textContent = '.fading { opacity: 1 }';
    await tick(10);
    expect(current.captures).toHaveLength(0);
    dialog.dispatchEvent(new Event('animationend', { bubbles: true, composed: true }));
    expect(current.captures.map((c) => c.value)).toEqual([TOKEN]);
    document.getElementById('fade')!.remove();
  });

  it('shows the background’s problem when it refuses a value', async () => {
    current = setup(leapPlaybook, {}, true);
    await current.guide.start();
    pressGenerate();
    document.body.append(tokenDialog());
    await tick(10);
    expect(current.view().alerts).toEqual(['API Token: The value does not look like an API Token.']);
    expect(current.view().captures).toEqual([]);
  });

  it('shows troubles and checks only once they have been stable', async () => {
    document.body.innerHTML = '<h1>Settings</h1><ul><li>Company</li></ul>';
    current = setup();
    await current.guide.start();
    expect(current.view().title).toMatch(/admin account/i);
    expect(current.view().troubles).toEqual([]);
    await tick(900);
    expect(current.view().troubles[0]).toMatch(/lacks admin access/);
  });

  it('fills the token name on request', async () => {
    document.body.innerHTML = `${PAGE}<div role="dialog"><label for="tn">Token Name</label><input id="tn"><button>Generate</button></div>`;
    current = setup();
    await current.guide.start();
    expect(current.view().canFill).toBe(true);
    current.actions().onFill();
    await tick(20);
    expect((document.getElementById('tn') as HTMLInputElement).value).toBe('HeavySet Tech');
    expect(current.view().fill).toEqual({ filled: ['Token Name'], missed: [] });
    expect(current.view().rings[0]?.label).toBe('Click here');
  });

  it('says what it could not fill when the filling code cannot be loaded (the extension was just updated)', async () => {
    document.body.innerHTML = `${PAGE}<div role="dialog"><label for="tn">Token Name</label><input id="tn"><button>Generate</button></div>`;
    current = setup(leapPlaybook, {}, false, () => Promise.reject(new Error('Extension context invalidated.')));
    await current.guide.start();
    current.actions().onFill();
    await tick(20);
    expect((document.getElementById('tn') as HTMLInputElement).value).toBe('');
    expect(current.view().fill).toEqual({ filled: [], missed: ['Token Name'] });
  });

  it('asks before a guarded click and replays it on Continue', async () => {
    const guarded: Playbook = {
      ...leapPlaybook,
      steps: [
        ...leapPlaybook.steps,
        { id: 'regen', guideStep: '9', title: 'Regenerate', place: 'x', hint: 'x', guards: [{ click: { role: 'button', name: re(/generate token/i) }, field: 'apiToken', message: 'Generate again? The captured token stops working.' }] },
      ],
    };
    current = setup(guarded, { captured: ['apiToken'] });
    await current.guide.start();
    const pageClicks = vi.fn();
    const button = document.querySelector('button')!;
    button.addEventListener('click', pageClicks);
    button.click();
    expect(pageClicks).not.toHaveBeenCalled();
    expect(current.view().guard).toMatch(/Generate again/);
    current.actions().onGuardCancel();
    expect(current.view().guard).toBeUndefined();
    button.click();
    current.actions().onGuardContinue();
    expect(pageClicks).toHaveBeenCalledTimes(1);
  });

  it('stops watching when the content script is invalidated', async () => {
    current = setup();
    await current.guide.start();
    current.invalidate();
    document.body.append(tokenDialog());
    await tick(10);
    expect(current.captures).toHaveLength(0);
  });
});
