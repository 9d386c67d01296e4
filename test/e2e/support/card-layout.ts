// The card's look, checked by rule rather than by pixels (fonts and antialiasing differ between
// machines): what a person would call broken or cramped in any state of it. Run in the card's closed
// shadow root through the DevTools protocol (support/card.ts).
import type { Page } from 'puppeteer';
import { cardEval } from './card';

// `this` = the card's shadow root. No named inner functions (see harness.ts waitForText).
const FAULTS = `function () {
  const faults = [];
  const shown = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const name = (el) => (el.getAttribute('aria-label') || el.textContent || el.className || el.tagName).replace(/\\s+/g, ' ').trim().slice(0, 40);
  const boxes = [...this.querySelectorAll('.card, .barline, .pill')].filter(shown);
  if (!boxes.length) faults.push('no card, bar or pill shown');
  for (const box of boxes) {
    const r = box.getBoundingClientRect();
    if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) faults.push('outside the window: ' + box.className);
  }
  const controls = [...this.querySelectorAll('button, a[href]')].filter(shown);
  for (const control of controls) {
    const r = control.getBoundingClientRect();
    const inText = control.tagName === 'A' || control.classList.contains('linkbutton');
    // WCAG 2.5.8: 24 × 24 CSS px, links inside a sentence excepted.
    if (!inText && (r.width < 24 || r.height < 24)) faults.push('target under 24 px: "' + name(control) + '" ' + Math.round(r.width) + '×' + Math.round(r.height));
    for (const box of boxes) {
      const b = box.getBoundingClientRect();
      if (box.contains(control) && (r.left < b.left - 1 || r.right > b.right + 1)) faults.push('cut off at the side: "' + name(control) + '"');
    }
  }
  for (let i = 0; i < controls.length; i++)
    for (let j = i + 1; j < controls.length; j++) {
      const a = controls[i].getBoundingClientRect();
      const b = controls[j].getBoundingClientRect();
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1 && !controls[i].contains(controls[j]) && !controls[j].contains(controls[i])) faults.push('controls overlap: "' + name(controls[i]) + '" and "' + name(controls[j]) + '"');
    }
  for (const el of this.querySelectorAll('*')) {
    if (el.tagName === 'STYLE' || !shown(el)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'inline' || style.display === 'contents') continue;
    // Words running out of the box that holds them (an ellipsis or a scroll box holds them on purpose).
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim())) continue;
    if (style.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) faults.push('text runs out of its box: "' + name(el) + '"');
    if (Number.parseFloat(style.fontSize) < 11) faults.push('text under 11 px: "' + name(el) + '"');
  }
  return [...new Set(faults)];
}`;

/** What is broken or cramped about the card as shown now ([] when nothing). */
export async function cardLayoutFaults(page: Page): Promise<string[]> {
  return ((await cardEval(page, FAULTS)) as string[] | undefined) ?? ['no card'];
}
