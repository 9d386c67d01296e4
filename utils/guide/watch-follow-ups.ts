// No polling: a subtree just added is read again a few times, then left (watch.ts). A value may be
// set by script without any mutation (an input's property), or fade in (an animation changes no
// attribute).
import type { Lifecycle } from './ports';

const FOLLOW_UP_MS = [50, 250, 750, 2_000];
/** At most this many subtrees followed at once (the newest): a page adding many costs no more. */
const MAX_FOLLOWED = 16;

/** Returns `followUp(scopes)`: scans each still-connected scope again after each delay. A scope followed
 *  already starts again (a dialog reused: the confirmation, then the secret in the same <dialog>). */
export function followUpScans(lifecycle: Lifecycle, handlers: { scan(scopes: ParentNode[]): void }, stopped: () => boolean): (scopes: Iterable<ParentNode>) => void {
  const followed = new Map<ParentNode, object>();
  return (scopes) => {
    for (const scope of scopes) {
      if (!(scope as Node).isConnected) continue;
      const run = {};
      followed.delete(scope);
      // The oldest gives way: what answers the person's last click is the newest (a page re-rendering
      // a form and a table just before must not crowd out the secret's dialog).
      if (followed.size >= MAX_FOLLOWED) followed.delete(followed.keys().next().value!);
      followed.set(scope, run);
      FOLLOW_UP_MS.forEach((ms, i) =>
        lifecycle.setTimeout(() => {
          if (followed.get(scope) !== run) return; // followed again since: that schedule scans it
          if (i === FOLLOW_UP_MS.length - 1) followed.delete(scope);
          if (!stopped() && (scope as Node).isConnected) handlers.scan([scope]);
        }, ms),
      );
    }
  };
}
