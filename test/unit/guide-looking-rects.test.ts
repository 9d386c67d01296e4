// The card keeps off where the person looks besides the rings: the row the target would be in while it is not
// shown (a menu still closed, a control worded otherwise), any open menu or list, the words naming a ringed switch,
// and what showed a value just captured (the person may still read or copy it).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lookingRects } from '../../utils/guide/rings';
import { patternOf as re } from '../../utils/guide/text';
import type { StepSpec } from '../../utils/guide/playbook';
import { leapSender } from './support/leap-sender';

const step = {
  id: 'open-edit',
  title: 'Back in My Apps, click "Edit" on HeavySet Tech',
  target: { role: 'link', name: re(/^(edit|view details)$/i), within: { rowContaining: re(/^heavyset tech$/i) } },
} as unknown as StepSpec;

/** Each element's box from its data-box attribute ("top left width height"). */
function boxes(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [top = 0, left = 0, width = 0, height = 0] = (this.getAttribute('data-box') ?? '').split(' ').map(Number);
    return { top, left, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) } as DOMRect;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('lookingRects', () => {
  it('keeps off the row the step’s target would be in while the target is not shown, and off an open menu', () => {
    boxes();
    document.body.innerHTML = `
      <table><tr data-box="270 24 976 32"><td>Acme Dispatch Sync</td><td><button>Actions</button></td></tr>
        <tr data-box="307 24 976 32"><td>HeavySet Tech</td><td><button>Actions</button></td></tr></table>
      <div role="menu" data-box="343 830 180 120"><button role="menuitem">View details</button><button role="menuitem">Connections</button></div>
      <div role="menu" hidden data-box="0 0 180 120"><button role="menuitem">Log out</button></div>`;
    expect(lookingRects(document, step, [], [])).toEqual([
      { top: 307, left: 24, width: 976, height: 32 },
      { top: 343, left: 830, width: 180, height: 120 },
    ]);
    // The target is ringed (and so kept clear already): only the open menu.
    const ringed = [{ el: document.querySelector('tr:last-child button')!, label: 'Click here', tone: 'accent' as const }];
    expect(lookingRects(document, step, ringed, [])).toEqual([{ top: 343, left: 830, width: 180, height: 120 }]);
    // A step without a target, on a page without menus: nothing.
    document.querySelectorAll('[role=menu]').forEach((m) => m.remove());
    expect(lookingRects(document, { ...step, target: undefined } as StepSpec, [], [])).toEqual([]);
  });

  it('keeps off the words a ringed switch is named by (aria-labelledby), shown beside it', () => {
    boxes();
    document.body.innerHTML = `<div><button role="switch" aria-checked="false" aria-labelledby="allow-words" data-box="400 300 40 24"></button>
      <span id="allow-words" data-box="400 350 420 24">Permito que HeavySet Tech acesse os dados acima</span></div>`;
    const ringed = [{ el: document.querySelector('[role=switch]')!, label: 'Click here', tone: 'accent' as const }];
    expect(lookingRects(document, { ...step, target: { role: 'switch' } } as unknown as StepSpec, ringed, [])).toEqual([{ top: 400, left: 350, width: 420, height: 24 }]);
  });

  it('keeps off the buttons beside a ringed box to tick (pressed next), not those of the rest of the page', () => {
    boxes();
    document.body.innerHTML = `<header><button data-box="10 900 80 30">Sign out</button></header>
      <footer><div><input type="checkbox" id="allow" data-box="540 260 20 20"><label for="allow" data-box="540 290 300 20">I allow HeavySet Tech to access the above data</label></div>
      <div><button data-box="580 530 110 40">Reject</button><div role="button" data-box="580 700 110 40">Accept</div></div></footer>`;
    const ringed = [{ el: document.querySelector('#allow')!, label: 'Click here', tone: 'accent' as const }];
    const tick = { ...step, target: { role: 'checkbox' } } as unknown as StepSpec;
    expect(lookingRects(document, tick, ringed, [])).toEqual([
      { top: 580, left: 530, width: 110, height: 40 },
      { top: 580, left: 700, width: 110, height: 40 },
    ]);
    // A ringed button is pressed itself: nothing beside it is kept off.
    const pressed = [{ el: document.querySelector('[role=button]')!, label: 'Click here', tone: 'accent' as const }];
    expect(lookingRects(document, tick, pressed, [])).toEqual([]);
  });

  it('keeps off the element that showed a value it sent, while that element is shown', async () => {
    boxes();
    document.body.innerHTML = `<div role="dialog" data-box="100 224 576 400"><h3>Your API Token</h3>
      <p>Copy it now: it is shown only once.</p><pre data-box="200 240 544 28"></pre><button data-box="560 600 80 32">Done</button></div>`;
    const { s, captures } = leapSender();
    const noTarget = { ...step, target: undefined } as StepSpec;
    s.acted();
    document.body.querySelector('pre')!.textContent = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl';
    s.scan([document.querySelector('[role=dialog]')!]);
    await Promise.resolve();
    expect(captures).toHaveLength(1);
    expect(lookingRects(document, noTarget, [], s.shown)).toEqual([{ top: 200, left: 240, width: 544, height: 28 }]);
    // The dialog closed: nothing of it to keep clear.
    document.querySelector('[role=dialog]')!.remove();
    expect(lookingRects(document, noTarget, [], s.shown)).toEqual([]);
  });
});
