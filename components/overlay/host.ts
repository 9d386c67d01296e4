// The card's host element: <heavyset-assistant> with a closed shadow root holding the card's own
// styles. It goes back if the page removes it, and it moves into an open modal <dialog> (the rest
// of the page is inert under its backdrop then) and back out when the dialog closes. A page's focus
// trap does not take the focus out of it.
import type { ContentLifecycle } from '../../utils/lifecycle';
import { parentOf } from '../../utils/guide/dom';

export const HOST_TAG = 'heavyset-assistant';
const MAX_RETURNS = 20;
const RETURN_WINDOW_MS = 2_000;
const REST_MS = 5_000;

/** The host's own box: nothing of the page's styles, never in the way of the page's clicks. */
const HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;' +
  'width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important;visibility:visible!important;opacity:1!important';

export interface CardHost {
  /** Where the card renders (inside the closed shadow root). */
  container: HTMLElement;
  /** Puts the host where a person can use it: in the open modal dialog, else in the page. */
  place(): void;
  remove(): void;
}

/** The page's top modal dialog: the one holding the focus (everything outside it is inert), also in a
 *  web component's shadow root (Lit and Spectrum-style kits show theirs there); else the document's last. */
function openModal(doc: Document): HTMLDialogElement | null {
  let at = doc.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  // Up the tree as drawn: slotted content (a field a component's dialog shows) sits in the dialog by its slot.
  for (; at; at = at.assignedSlot ?? parentOf(at)) if (at.matches('dialog:modal')) return at as HTMLDialogElement;
  return [...doc.querySelectorAll<HTMLDialogElement>('dialog:modal')].pop() ?? null;
}

export function hostElement(doc: Document, css: string, lifecycle: ContentLifecycle): CardHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Keys typed in the card are the card's, not the page's shortcuts; a press in the card is not "outside"
  // to the page's open dialog or menu (Radix closes them on a pointerdown outside, others on mousedown or
  // touchstart). Listeners on the page's capture phase still see it: nothing in a page's DOM can stop those.
  for (const type of ['keydown', 'keyup', 'pointerdown', 'mousedown', 'touchstart']) container.addEventListener(type, (event) => event.stopPropagation());
  // The focus coming into the card is the card's too: a page's focus trap (Radix's FocusScope, MUI's, the
  // focus-trap library: on focusin, or on the focusout of its field towards the card) would take it back.
  // Both stop at the window, before any listener of the page's document (the page sees the host, not the card).
  for (const type of ['focusin', 'focusout'])
    doc.defaultView?.addEventListener(
      type,
      (event) => {
        if ((type === 'focusin' ? event.target : (event as FocusEvent).relatedTarget) === host) event.stopImmediatePropagation();
      },
      { capture: true, signal: lifecycle.signal },
    );

  // A page that keeps removing the card is not fought forever (that would freeze it): after
  // MAX_RETURNS in a window the card waits, then comes back once.
  let returns: number[] = [];
  let resting = false;
  const observer = new MutationObserver(() => place());
  const place = (): void => {
    if (resting) return;
    const modal = openModal(doc);
    const parent = modal ?? doc.documentElement;
    if (host.parentNode !== parent) {
      const now = Date.now();
      returns = [...returns.filter((at) => now - at < RETURN_WINDOW_MS), now];
      if (returns.length > MAX_RETURNS) {
        resting = true;
        observer.disconnect();
        lifecycle.setTimeout(() => {
          resting = false;
          returns = [];
          place();
        }, REST_MS);
        return;
      }
      parent.append(host);
      // Out again as soon as that dialog closes.
      modal?.addEventListener('close', place, { once: true, signal: lifecycle.signal });
    }
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    // Removed or restyled by the page: placed again. (Modal dialogs opening: the guide renders.)
    observer.disconnect();
    observer.observe(host, { attributes: true, attributeFilter: ['style'] });
    observer.observe(parent, { childList: true });
  };
  place();
  lifecycle.onInvalidated(() => observer.disconnect());

  return {
    container,
    place,
    remove: () => host.remove(),
  };
}
