// Where the card sits: bottom right, unless there it would cover what the person must click.
import type { RingView } from '../../utils/guide/view';

const CARD_WIDTH = 340;
const MARGIN = 16;
/** The card's height is its content's; assume a tall one rather than measure every frame. */
const CARD_HEIGHT = 440;

type Box = { top: number; left: number; width: number; height: number };

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

export function cardSide(rings: RingView[], viewport: { width: number; height: number }): 'right' | 'left' {
  const height = Math.min(CARD_HEIGHT, viewport.height - 120);
  const top = viewport.height - MARGIN - height;
  const right: Box = { top, left: viewport.width - MARGIN - CARD_WIDTH, width: CARD_WIDTH, height };
  const left: Box = { top, left: MARGIN, width: CARD_WIDTH, height };
  const covered = (card: Box) => rings.reduce((sum, ring) => sum + overlap(card, ring.rect), 0);
  return covered(right) > covered(left) ? 'left' : 'right';
}
