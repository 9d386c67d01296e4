// What the engine needs from its surroundings, as interfaces: the background (ask), the page's
// lifecycle (timers and listeners undone when the guide stops) and per-tab memory. Content-script
// wiring passes the real ones; unit tests pass fakes.
import type { ask } from '../ask';

export type Ask = typeof ask;

/** Timers and listeners that stop with the guide (WXT's content-script context, or a fake). */
export interface Lifecycle {
  setTimeout(handler: () => void, timeout?: number): number;
  requestIdleCallback?(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  requestAnimationFrame?(callback: FrameRequestCallback): number;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  onInvalidated(callback: () => void): () => void;
}
