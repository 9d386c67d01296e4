// A stand-in for WXT's content-script context in unit tests: timers and listeners the engine
// registers through it are undone by `invalidate()`, as on navigation or extension reload (a timer
// due later never runs: as utils/lifecycle.ts's, and never after the test's document is gone).
import type { Lifecycle } from '../../../utils/guide/ports';

export function fakeLifecycle(): { lifecycle: Lifecycle; invalidate: () => void } {
  const cleanups: (() => void)[] = [];
  let valid = true;
  const lifecycle: Lifecycle = {
    setTimeout: (fn, ms) => setTimeout(() => valid && fn(), ms) as unknown as number,
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler, options);
      cleanups.push(() => target.removeEventListener(type, handler, options));
    },
    onInvalidated(cb) {
      cleanups.push(cb);
      return () => undefined;
    },
  };
  return {
    lifecycle,
    invalidate: () => {
      valid = false;
      cleanups.splice(0).forEach((cleanup) => cleanup());
    },
  };
}
