// The highlight drawn at the target's rect (viewport coordinates; updated on scroll/resize).
import type { RingView } from '../../utils/guide/view';

export function Ring({ ring }: { ring: RingView }) {
  const { top, left, width, height } = ring.rect;
  // The label sits above the target, below it at the top of the window, and ends at its right edge near the window's.
  const below = top < 30 ? ' ring--below' : '';
  const end = left + 140 > window.innerWidth ? ' ring--end' : '';
  return (
    <div
      class={`ring ring--${ring.tone}${below}${end}`}
      aria-hidden="true"
      style={{ top: `${top - 4}px`, left: `${left - 4}px`, width: `${width + 8}px`, height: `${height + 8}px` }}
    >
      <span class="ring__label">{ring.label}</span>
    </div>
  );
}
