// Label and value in one element: "<p>Tenant ID: <strong>4090290322</strong></p>",
// "<div>Tenant ID: 4090290322</div>", "<li><b>Client ID:</b> cid.abc…</li>".
import type { CaptureRule } from './playbook';
import { containersFor, locateAll } from './locate';
import { isVisible, parentOf, searchRoots } from './dom';
import { compileMatch, escapeRegExp, fold, nameText, type TextMatch } from './text';

const SKIP = 'script,style,noscript,template,button,[role=button]';
const prefixCache = new WeakMap<CaptureRule, RegExp[]>();

/** Raw values written right after a `near` label inside the same element, for a rule. */
export function inlineCandidates(rule: CaptureRule, root: ParentNode): string[] {
  const prefixes = prefixesOf(rule);
  if (!prefixes.length) return [];
  const out: string[] = [];
  const containers = rule.within ? containersFor(rule.within, root) : [root];
  for (const container of containers) {
    const rows = rule.row ? locateAll({ rowContaining: rule.row }, container) : undefined;
    if (rows && !rows.length) continue;
    for (const scope of searchRoots(container)) {
      const node = scope as Node;
      const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4 /* SHOW_TEXT */);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const el = text.parentElement;
        const words = fold(text.nodeValue ?? '');
        if (!el || !words || el.closest(SKIP)) continue;
        const prefix = prefixes.find((p) => p.test(words));
        if (!prefix || (rows && !rows.some((row) => row.contains(el)))) continue;
        out.push(...valuesAfter(el, prefix));
      }
    }
  }
  return out;
}

/** From the label's element up (a <b>Client ID:</b> inside its <li>): the text after the label. */
function valuesAfter(start: Element, prefix: RegExp): string[] {
  for (let el: Element | null = start, depth = 0; el && depth < 3; el = parentOf(el), depth++) {
    const text = ownText(el);
    const label = prefix.exec(text);
    if (!label) return []; // words before the label: it is not this element's label
    const rest = text.slice(label[0].length).replace(/^[\s:]+/, '');
    if (!rest) continue;
    if (!isVisible(el)) return [];
    const children = Array.from(el.children).flatMap((child) =>
      child.matches('input,textarea') ? [(child as HTMLInputElement).value] : child.matches(SKIP) ? [] : [fold(nameText(child))],
    );
    return [rest, ...children];
  }
  return [];
}

/** The element's readable text without its buttons ("Copy") and hidden icons. */
function ownText(el: Element): string {
  if (!el.querySelector(SKIP)) return fold(nameText(el));
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const holder = node.parentElement;
    if (holder && holder !== el && el.contains(holder.closest(SKIP))) continue;
    if (holder?.closest('[aria-hidden="true"]') && el.contains(holder.closest('[aria-hidden="true"]'))) continue;
    parts.push(node.nodeValue ?? '');
  }
  return fold(parts.join(''));
}

function prefixesOf(rule: CaptureRule): RegExp[] {
  let prefixes = prefixCache.get(rule);
  if (!prefixes) {
    prefixes = rule.near.flatMap((near) => {
      const p = labelPrefix(near);
      return p ? [p] : [];
    });
    prefixCache.set(rule, prefixes);
  }
  return prefixes;
}

/** A whole-text label ("^tenant id:?$", "Tenant ID") as "starts with it, then ':' or a space". */
function labelPrefix(near: TextMatch): RegExp | null {
  const { re, needle } = compileMatch(near);
  if (!re) return new RegExp(`^${escapeRegExp(needle!)}(?=[\\s:]|$)`, 'i');
  const src = re.source;
  if (!src.startsWith('^') || !/[^\\]\$$/.test(src)) return null;
  return new RegExp(`^(?:${src.slice(1, -1)})(?=[\\s:]|$)`, re.flags);
}
