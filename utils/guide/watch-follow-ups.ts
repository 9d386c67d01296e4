// No polling: a subtree just added is read again a few times, then left (watch.ts). A value may be
// set by script without any mutation (an input's property), or fade in (an animation changes no
// attribute).
import type { Lifecycle } from './ports';

const FOLLOW_UP_MS = [50, 250, 750, 2_000];
/** At most this many subtrees followed at once: a page adding many costs no more. */
const MAX_FOLLOWED = 16;

/** Returns `followUp(scopes)`: scans each still-connected scope again after each delay. */
export function followUpScans(lifecycle: Lifecycle, handlers: { scan(scopes: ParentNode[]): void }, stopped: () => boolean): (scopes: Iterable<ParentNode>) => void {
  const followed = new Set<ParentNode>();
  return (scopes) => {
    for (const scope of scopes) {
      if (followed.size >= MAX_FOLLOWED || followed.has(scope) || !(scope as Node).isConnected) continue;
      followed.add(scope);
      FOLLOW_UP_MS.forEach((ms, i) =>
        lifecycle.setTimeout(() => {
          if (i === FOLLOW_UP_MS.length - 1) followed.delete(scope);
          if (!stopped() && (scope as Node).isConnected) handlers.scan([scope]);
        }, ms),
      );
    }
  };
}
