// Where the card sits: in a corner that covers nothing the step needs (its target, the dialog
// holding the value, the dialog's buttons); when every corner would, it shrinks to a one-line bar
// on the freer edge. A place the person dragged it to wins, kept inside the window.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Placement = { mode: 'card'; top: number; left: number } | { mode: 'bar'; edge: 'top' | 'bottom' };

export const MARGIN = 12;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

const covered = (box: Box, avoid: Box[]) => avoid.reduce((sum, a) => sum + overlap(box, a), 0);

export function placeCard(card: { width: number; height: number }, viewport: { width: number; height: number }, avoid: Box[], dragged?: { top: number; left: number }): Placement {
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(left, viewport.width - card.width - MARGIN));
  const clampTop = (top: number) => Math.max(MARGIN, Math.min(top, viewport.height - card.height - MARGIN));
  if (dragged) return { mode: 'card', top: clampTop(dragged.top), left: clampLeft(dragged.left) };
  const right = clampLeft(viewport.width - card.width - MARGIN);
  const bottom = clampTop(viewport.height - card.height - MARGIN);
  const corners = [
    { top: bottom, left: right },
    { top: bottom, left: MARGIN },
    { top: MARGIN, left: right },
    { top: MARGIN, left: MARGIN },
  ];
  for (const corner of corners) if (covered({ ...corner, ...card }, avoid) === 0) return { mode: 'card', ...corner };
  const barHeight = 44;
  const atTop = covered({ top: 0, left: 0, width: viewport.width, height: barHeight }, avoid);
  const atBottom = covered({ top: viewport.height - barHeight, left: 0, width: viewport.width, height: barHeight }, avoid);
  return { mode: 'bar', edge: atTop < atBottom ? 'top' : 'bottom' };
}
