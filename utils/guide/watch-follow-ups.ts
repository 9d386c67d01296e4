// No polling: a subtree just added is read again a few times, then left (watch.ts). A value may be
// set by script without any mutation (an input's property), or fade in (an animation changes no
// attribute).
import { parentOf } from './dom';
import type { Lifecycle } from './ports';
import { actedRecently } from './recent';

const FOLLOW_UP_MS = [50, 250, 750, 2_000];
/** At most this many subtrees followed at once: a page adding many costs no more. */
const MAX_FOLLOWED = 16;

/** Returns `followUp(scopes)`: scans each still-connected scope again after each delay. */
export function followUpScans(lifecycle: Lifecycle, handlers: { scan(scopes: ParentNode[]): void }, stopped: () => boolean): (scopes: Iterable<ParentNode>) => void {
  /** Followed subtrees, with when their follow-ups began. */
  const followed = new Map<ParentNode, number>();
  /** Inside a subtree (its nested roots too) whose follow-ups began just now: their scans read this one. */
  const covered = (scope: ParentNode): boolean => {
    for (let at: Node | null = scope as Node; at; at = at.nodeType === 1 ? parentOf(at as Element) : (at as ShadowRoot).host ?? at.parentNode)
      if (Date.now() - (followed.get(at as ParentNode) ?? -Infinity) < FOLLOW_UP_MS[1]!) return true;
    return false;
  };
  return (scopes) => {
    for (const scope of scopes) {
      if (!(scope as Node).isConnected || followed.has(scope) || covered(scope)) continue;
      if (followed.size >= MAX_FOLLOWED) {
        // Full: what answers the person's click just now is newer than what crowds the list (a form and a
        // table re-rendered before the secret's dialog): the oldest gives way. Churn alone adds nothing more.
        if (!actedRecently()) continue;
        followed.delete(followed.keys().next().value!);
      }
      followed.set(scope, Date.now());
      FOLLOW_UP_MS.forEach((ms, i) =>
        lifecycle.setTimeout(() => {
          if (!followed.has(scope)) return; // gave way
          if (i === FOLLOW_UP_MS.length - 1) followed.delete(scope);
          if (!stopped() && (scope as Node).isConnected) handlers.scan([scope]);
        }, ms),
      );
    }
  };
}
