// The card keeps off an open dialog's buttons (and the whole dialog while a value is awaited in it),
// also when a web component's dialog shows buttons slotted from its host's light DOM.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dialogAvoidRects } from '../../utils/guide/rings';

/** Each element's box from its data-box attribute ("top left width height"); laid out when it has one. */
function boxes(): void {
  const box = (el: Element) => (el.getAttribute('data-box') ?? '').split(' ').map(Number);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [top = 0, left = 0, width = 0, height = 0] = box(this);
    return { top, left, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) } as DOMRect;
  });
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (this.hasAttribute('data-box') ? [{}] : []) as unknown as DOMRectList;
  });
}

const rect = (top: number, left: number, width: number, height: number) => ({ top, left, width, height });

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('dialogAvoidRects', () => {
  it('keeps off the top dialog’s buttons, and off the whole dialog while a value is awaited in it', () => {
    boxes();
    document.body.innerHTML = `
      <div role="dialog" data-box="160 240 544 320"><h2>API Token Generated</h2>
        <input readonly value="tok"><button data-box="500 600 80 36">Done</button></div>`;
    const dialog = document.querySelector('[role=dialog]')!;
    expect(dialogAvoidRects([dialog], false)).toEqual([rect(500, 600, 80, 36)]);
    expect(dialogAvoidRects([dialog], true)).toEqual([rect(500, 600, 80, 36), rect(160, 240, 544, 320)]);
    expect(dialogAvoidRects([], true)).toEqual([]);
  });

  it('finds the buttons a web component’s dialog shows from its host’s light DOM (slotted), in their own shadow roots too', () => {
    boxes();
    document.body.innerHTML = `
      <jp-dialog><p>Copy this token now.</p>
        <jp-button slot="footer"></jp-button>
        <button slot="footer" data-box="500 520 70 36">Copy</button></jp-dialog>`;
    const host = document.querySelector('jp-dialog')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div class="overlay"></div>
      <div part="panel" role="dialog" aria-modal="true" data-box="160 240 544 400">
        <header><h2>API Token Generated</h2><button aria-label="Close" data-box="172 660 32 32">×</button></header>
        <slot></slot><footer><slot name="footer"></slot></footer></div>`;
    host.querySelector('jp-button')!.attachShadow({ mode: 'open' }).innerHTML = '<button part="base" data-box="500 600 80 36">Done</button>';
    const panel = shadow.querySelector('[role=dialog]')!;
    const found = dialogAvoidRects([panel], false);
    expect(found).toHaveLength(3);
    expect(found).toEqual(expect.arrayContaining([rect(172, 660, 32, 32), rect(500, 600, 80, 36), rect(500, 520, 70, 36)]));
  });

  it('does not take a host’s other buttons for a dialog without slots (a plain dialog inside an app’s shadow root)', () => {
    boxes();
    document.body.innerHTML = '<jp-app><button data-box="10 10 90 30">Generate Token</button></jp-app>';
    const shadow = document.querySelector('jp-app')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div role="dialog" data-box="160 240 544 320"><h2>Name the token</h2><button data-box="500 600 80 36">Generate</button></div>';
    expect(dialogAvoidRects([shadow.querySelector('[role=dialog]')!], false)).toEqual([rect(500, 600, 80, 36)]);
  });
});
