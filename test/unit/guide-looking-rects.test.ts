// The card keeps off where the person looks when the step's target is not shown: the row the
// target would be in (a menu still closed, a control worded otherwise), and any open menu or list.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lookingRects } from '../../utils/guide/rings';
import { patternOf as re } from '../../utils/guide/text';
import type { StepSpec } from '../../utils/guide/playbook';

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
    expect(lookingRects(document, step, false)).toEqual([
      { top: 307, left: 24, width: 976, height: 32 },
      { top: 343, left: 830, width: 180, height: 120 },
    ]);
    // The target is ringed (and so kept clear already): only the open menu.
    expect(lookingRects(document, step, true)).toEqual([{ top: 343, left: 830, width: 180, height: 120 }]);
    // A step without a target, on a page without menus: nothing.
    document.querySelectorAll('[role=menu]').forEach((m) => m.remove());
    expect(lookingRects(document, { ...step, target: undefined } as StepSpec, false)).toEqual([]);
  });
});
