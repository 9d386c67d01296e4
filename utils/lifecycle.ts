// The content script's own lifecycle. Not WXT's context: that one stops when a DOM event named
// after the extension's (public) id arrives, which any page can send. This one stops only when
// the extension itself is gone (reloaded or removed: `runtime.id` is undefined), which no page
// can fake; everything started through it is undone then.
import { ext } from './ext';

export interface ContentLifecycle {
  readonly signal: AbortSignal;
  /** True while the extension that injected this script is alive. */
  isValid(): boolean;
  setTimeout(handler: () => void, timeout?: number): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  onInvalidated(callback: () => void): () => void;
}

/** The extension is asked whether it is alive at most this often (each ask is a call into the
 *  extension's bindings, and a busy page fires several timers and frames of ours per update). */
const RECHECK_MS = 100;

export function createLifecycle(): ContentLifecycle {
  const controller = new AbortController();
  let aliveAt = -Infinity;
  const isValid = (): boolean => {
    if (controller.signal.aborted) return false;
    if (Date.now() - aliveAt < RECHECK_MS) return true;
    let alive: boolean;
    try {
      alive = ext()?.runtime?.id != null;
    } catch {
      alive = false; // the context of an orphaned script throws on access
    }
    if (!alive) controller.abort('The extension was reloaded or removed.');
    else aliveAt = Date.now();
    return alive;
  };
  const guarded =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A) => {
      if (isValid()) handler(...args);
    };
  return {
    signal: controller.signal,
    isValid,
    // Timers, idle callbacks and frames check `isValid()` when they fire (nothing runs after the
    // extension is gone); no abort listener per call, which would pile up one per frame.
    setTimeout(handler, timeout) {
      return window.setTimeout(guarded(handler), timeout);
    },
    requestIdleCallback(callback, options) {
      if (typeof window.requestIdleCallback !== 'function') return window.setTimeout(guarded(() => callback({ didTimeout: true, timeRemaining: () => 0 })), 1);
      return window.requestIdleCallback(guarded(callback), options);
    },
    requestAnimationFrame(callback) {
      return window.requestAnimationFrame(guarded(callback));
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, guarded(handler), { ...options, signal: controller.signal });
    },
    onInvalidated(callback) {
      controller.signal.addEventListener('abort', callback);
      return () => controller.signal.removeEventListener('abort', callback);
    },
  };
}
