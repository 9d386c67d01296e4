// What encloses an element whose text changed (relevance.ts): a container some locator finds without
// reading text (a dialog), and the nearest control whose name a locator reads. Asked for thousands of
// changed cells a second, so each ancestor is looked at once per batch, in one walk for both
// questions, and an element with no attribute (a plain <td>, <tr>) is answered by its tag.
import { parentOf } from './dom';

export interface Enclosure {
  /** Inside (or is) an element a locator finds without reading text. */
  unpatterned: boolean;
  /** The nearest element, itself included, whose name a locator reads. */
  named: Element | null;
}

/** Can an element be matched against `selector` by its tag alone when it has no attributes? Yes
 *  when the selector has no combinator and no state pseudo-class (`:checked`, `:first-child`): a
 *  plain `<td>` then matches exactly as a detached `<td>` does. */
export function matchableByTag(selector: string): boolean {
  const bare = selector.replace(/\[[^\]]*\]/g, '').replace(/\([^)]*\)/g, '').replace(/\s*,\s*/g, ',').trim();
  return !/[\s>+~]/.test(bare) && !/:(?!is\b|not\b|where\b)/.test(bare);
}

const NONE: Enclosure = { unpatterned: false, named: null };

const UNPATTERNED = 1;
const NAMED = 2;

export function enclosures(unpatterned: string | undefined, named: string | undefined): { of(el: Element): Enclosure; reset(): void } {
  const test = (el: Element, selector: string | undefined): boolean => selector !== undefined && el.matches(selector);
  const byTag = [unpatterned, named].every((s) => s === undefined || matchableByTag(s)) ? new Map<string, number>() : undefined;
  /** UNPATTERNED | NAMED: a locator finds it without text, a locator reads its name (bits: no allocation). */
  const read = (at: Element): number => (test(at, unpatterned) ? UNPATTERNED : 0) | (test(at, named) ? NAMED : 0);
  const hits = (el: Element): number => {
    if (!byTag || !(el instanceof HTMLElement) || el.hasAttributes()) return read(el);
    let known = byTag.get(el.localName);
    if (known === undefined) {
      known = read(el.ownerDocument.createElement(el.localName));
      byTag.set(el.localName, known);
    }
    return known;
  };
  const memo = new Map<Element, Enclosure>();
  /** The ancestors not yet known, innermost first (one array for every call, its first `depth` used). */
  const path: Element[] = [];
  return {
    of(el) {
      let above = NONE;
      let depth = 0;
      for (let at: Element | null = el; at; at = parentOf(at)) {
        const known = memo.get(at);
        if (known) {
          above = known;
          break;
        }
        path[depth++] = at;
      }
      for (let i = depth - 1; i >= 0; i--) {
        const at = path[i]!;
        const found = hits(at);
        // A new answer only where this element changes it: most elements share their parent's.
        if ((found & NAMED) || ((found & UNPATTERNED) && !above.unpatterned)) {
          above = { unpatterned: above.unpatterned || !!(found & UNPATTERNED), named: found & NAMED ? at : above.named };
        }
        if (i > 1) memo.set(at, above); // the element asked about and its parent (a cell, its row) are rarely asked again: further ancestors are
      }
      return above;
    },
    reset() {
      memo.clear();
      path.length = 0;
    },
  };
}
