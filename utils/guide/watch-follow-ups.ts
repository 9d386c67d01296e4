// No polling: a subtree just added is read again a few times, then left (watch.ts). A value may be
// set by script without any mutation (an input's property), or fade in (an animation changes no
// attribute). A subtree the scan found unable to hold a value (no text box, no nested root, no word
// of a field or of its grid's headers) is not: nothing in it can change that unseen — its text
// changing is a mutation, its grid's header changing has the grid scanned (watch-scope.ts) — unless
// it holds an element still to be defined (its shadow root comes when it is, without a mutation).
import type { Lifecycle } from './ports';
import { actedRecently } from './recent';
import { isElement, stillUndefined } from './dom';

const FOLLOW_UP_MS = [50, 250, 750, 2_000];
/** At most this many subtrees followed at once: a page adding many costs no more. In answer to the
 *  person's click more are (a form of components re-rendered, then the secret's dialog). */
const MAX_FOLLOWED = 16;
const MAX_AFTER_CLICK = 64;

/** A custom element in the subtree (itself included) still to be defined. */
const holdsUndefined = (scope: ParentNode): boolean =>
  (isElement(scope) && stillUndefined(scope)) || Array.from(scope.querySelectorAll(':not(:defined)')).some((el) => stillUndefined(el));

/** Returns `followUp(scopes, cannotHold)`: scans each still-connected scope again after each delay;
 *  not those of `cannotHold` (scanned just now and found unable to hold a value). */
export function followUpScans(
  lifecycle: Lifecycle,
  handlers: { scan(scopes: ParentNode[]): unknown },
  stopped: () => boolean,
): (scopes: Iterable<ParentNode>, cannotHold?: ReadonlySet<ParentNode> | void) => void {
  /** Followed subtrees, with when their follow-ups began. */
  const followed = new Map<ParentNode, number>();
  return (scopes, cannotHold) => {
    for (const scope of scopes) {
      if (cannotHold?.has(scope) && !holdsUndefined(scope)) continue;
      const acted = actedRecently();
      const began = followed.get(scope);
      // Followed already: again from the start only in answer to a click (a view swapped in place, a dialog
      // reused), once its first scans ran (churn never starves them).
      if (!(scope as Node).isConnected || (began !== undefined && (!acted || Date.now() - began < FOLLOW_UP_MS[1]!))) continue;
      followed.delete(scope);
      if (followed.size >= (acted ? MAX_AFTER_CLICK : MAX_FOLLOWED)) continue;
      const at = Date.now();
      followed.set(scope, at);
      FOLLOW_UP_MS.forEach((ms, i) =>
        lifecycle.setTimeout(() => {
          if (followed.get(scope) !== at) return; // followed again since: that schedule reads it
          if (i === FOLLOW_UP_MS.length - 1) followed.delete(scope);
          if (!stopped() && (scope as Node).isConnected) handlers.scan([scope]);
        }, ms),
      );
    }
  };
}
