// The card keeps clear of what the step needs, in a corner, else as a one-line bar; a place the
// person dragged it to wins, kept inside the window.
import { describe, expect, it } from 'vitest';
import { placeCard } from '../../components/overlay/placement';

const card = { width: 340, height: 300 };
const viewport = { width: 1024, height: 640 };
const box = (left: number, top: number, width = 120, height = 40) => ({ top, left, width, height });

describe('placeCard', () => {
  it('takes the bottom right corner when it covers nothing', () => {
    expect(placeCard(card, viewport, [box(100, 100)])).toEqual({ mode: 'card', top: 640 - 300 - 12, left: 1024 - 340 - 12 });
  });

  it('moves to another corner when bottom right would cover the target or a dialog button', () => {
    expect(placeCard(card, viewport, [box(900, 560)])).toEqual({ mode: 'card', top: 328, left: 12 });
    expect(placeCard(card, viewport, [box(900, 560), box(60, 560)])).toEqual({ mode: 'card', top: 12, left: 672 });
  });

  it('becomes a bar on the freer edge when every corner would cover something (a big dialog at 1024×640)', () => {
    const dialog = box(150, 60, 724, 520);
    const placed = placeCard(card, viewport, [dialog, box(700, 590, 100, 36)]);
    expect(placed).toEqual({ mode: 'bar', edge: 'top' });
  });

  it('stays where the person dragged it, inside the window', () => {
    expect(placeCard(card, viewport, [box(900, 560)], { top: 200, left: 400 })).toEqual({ mode: 'card', top: 200, left: 400 });
    expect(placeCard(card, viewport, [], { top: 900, left: -50 })).toEqual({ mode: 'card', top: 640 - 300 - 12, left: 12 });
  });
});
