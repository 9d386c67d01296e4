// What guide.ts follows besides the page's content: another page of a single-page app (its address
// changed), the person's actions, scrolling and resizing, and the return to this tab.
import type { Ask, Lifecycle } from './ports';
import type { Playbook } from './playbook';
import type { CaptureSender } from './capture-sender';
import { watchPage } from './watch';
import { mutationsMatter } from './relevance';
import { textRevealFilter } from './capture-scope';
import { answersAction, noteAction } from './recent';
import { followLocation } from './guide-location';

/** A pause until the page's next task (work split in short tasks). */
export const nextTask = (lifecycle: Lifecycle) => (): Promise<void> => new Promise((resolve) => lifecycle.setTimeout(resolve, 0));

/** The guide's own functions are passed one by one (their names are not shipped in the content
 *  script: it stays within its size budget). */
export function followPage(
  { playbook, doc, lifecycle, ask }: { playbook: Playbook; doc: Document; lifecycle: Lifecycle; ask: Ask },
  sender: CaptureSender,
  /** Reads the page and renders the card again. */
  render: () => void,
  /** Re-place the rings only (what the page shows did not change): at once (it scrolled, resized), or
   *  after a page update (soon: at most a few times a second while the page keeps updating). */
  { reposition, followChange }: { reposition: () => void; followChange: () => void },
  /** Reads the background's state again, then renders. */
  refresh: () => Promise<void>,
): (pause: () => Promise<void>) => Promise<void> {
  // A page reached by pressing Generate (not a link) answers the press: what it shows is new.
  const onLocation = followLocation(doc, () => void sender.arrive(nextTask(lifecycle), answersAction()).then(render));
  const acted = (event: Event): void => {
    noteAction(event.composedPath()[0] ?? event.target);
    sender.acted();
    // A form posted loads a new page: the background tells it the press came just before (a click or Enter, not typing).
    const key = (event as KeyboardEvent).key;
    if (answersAction() && (!key || key === 'Enter')) void ask({ type: 'guide/pressed', crm: playbook.crm });
  };
  const win = doc.defaultView ?? window;
  const watcher = watchPage(lifecycle, doc, {
    scan: sender.scan,
    pageChanged: () => void (onLocation() || render()),
    matters: mutationsMatter(playbook),
    canReveal: textRevealFilter(playbook.fields),
    moved: () => void (onLocation() || followChange()),
    // The page's window and each same-origin frame's.
    listen(at) {
      for (const type of ['pointerdown', 'keydown']) lifecycle.addEventListener(at, type, acted, { capture: true, passive: true });
      lifecycle.addEventListener(at, 'scroll', reposition, { capture: true, passive: true });
    },
  });
  lifecycle.addEventListener(win, 'resize', reposition, { passive: true });
  for (const type of ['popstate', 'hashchange']) lifecycle.addEventListener(win, type, () => void onLocation());
  // Back to this tab after working in another (a value captured there, a step done): read again.
  lifecycle.addEventListener(doc, 'visibilitychange', () => void (doc.visibilityState === 'visible' && refresh()));
  lifecycle.addEventListener(win, 'focus', () => void refresh());
  return watcher.discover;
}
