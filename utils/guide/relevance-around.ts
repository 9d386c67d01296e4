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

export function enclosures(unpatterned: string | undefined, named: string | undefined): { of(el: Element): Enclosure; reset(): void } {
  const test = (el: Element, selector: string | undefined): boolean => selector !== undefined && el.matches(selector);
  const byTag = [unpatterned, named].every((s) => s === undefined || matchableByTag(s)) ? new Map<string, [boolean, boolean]>() : undefined;
  /** [a locator finds it without text, a locator reads its name]. */
  const hits = (el: Element): [boolean, boolean] => {
    if (!byTag || !(el instanceof HTMLElement) || el.hasAttributes()) return [test(el, unpatterned), test(el, named)];
    let known = byTag.get(el.localName);
    if (!known) {
      const plain = el.ownerDocument.createElement(el.localName);
      known = [test(plain, unpatterned), test(plain, named)];
      byTag.set(el.localName, known);
    }
    return known;
  };
  let memo = new Map<Element, Enclosure>();
  return {
    of(el) {
      const path: Element[] = [];
      let above = NONE;
      for (let at: Element | null = el; at; at = parentOf(at)) {
        const known = memo.get(at);
        if (known) {
          above = known;
          break;
        }
        path.push(at);
      }
      for (let i = path.length - 1; i >= 0; i--) {
        const at = path[i]!;
        const [isUnpatterned, isNamed] = hits(at);
        above = { unpatterned: above.unpatterned || isUnpatterned, named: isNamed ? at : above.named };
        memo.set(at, above);
      }
      return above;
    },
    reset() {
      memo = new Map();
    },
  };
}
