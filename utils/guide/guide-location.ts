// Where the guide is (guide.ts): the address values are said to come from, and the move to
// another page of a single-page app (history, hash, or a page change that rewrote the address).
import { forgetShown } from './recent';

/** Page address without query string (may hold secrets): origin + path + hash route. */
export function sourceOf(location: Location): string {
  return location.origin + location.pathname + location.hash.split('?')[0];
}

/** Returns `onLocation()`: has the address changed since it last looked? If so, what the new page
 *  shows before the person acts is not new, and `arrived` reads it all again. */
export function followLocation(doc: Document, arrived: () => void): () => boolean {
  let shownUrl = doc.location.href;
  return () => {
    if (doc.location.href === shownUrl) return false;
    shownUrl = doc.location.href;
    forgetShown();
    arrived();
    return true;
  };
}
