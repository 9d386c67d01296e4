// How a control looks, for pages whose words a playbook cannot know: the page's main action is
// the button filled with a colour (blue, green, red…), the others are white, grey or bare.
import { styleOf } from './dom';

/** A computed `rgb()`/`rgba()` fill a person reads as emphasis: opaque enough, saturated (HSL),
 *  neither near black nor near white. */
export function colourful(color: string): boolean {
  if (!color.startsWith('rgb')) return false; // other spaces (oklch, lab, color()) are not read as sRGB
  const [r = 0, g = 0, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (b === undefined || a < 0.5) return false;
  const max = Math.max(r, g, b) / 255;
  const min = Math.min(r, g, b) / 255;
  const light = (max + min) / 2;
  return light > 0.12 && light < 0.92 && (max - min) / (1 - Math.abs(2 * light - 1)) >= 0.35;
}

/** The button stands out by its fill: its own, or that of the one real button it wraps (custom-element
 *  kits render a <button> inside their own element). */
export function standsOut(el: Element): boolean {
  const only = el.children.length === 1 && el.children[0];
  const inner = (only && only.matches('button,[role=button]') && only) || el;
  return [el, inner].some((one) => colourful(styleOf(one)?.backgroundColor ?? ''));
}
