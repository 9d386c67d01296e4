// The person of person.ts, looking into a same-origin frame. person.ts reads the top document only (its
// page side runs in the page's main frame), so what a frame shows is asked in that frame, and the
// clicks land on the window where the frame puts those words. Something of the top page lying over
// that spot (the assistant's card) covers it, as it would for a person.
import type { Frame, Page } from 'puppeteer';
import { whenCovered } from './person';

/**
 * A Page-like view of the frame `find` returns (undefined while it is not there): pass it to
 * person.ts's helpers. `name` says which frame in messages ("content frame").
 */
export function frameArea(top: Page, find: (top: Page) => Frame | undefined, name = 'frame'): Page {
  const frame = (): Frame => {
    const f = find(top);
    // "detached": person.ts then asks again (the frame is still loading its first page).
    if (!f) throw new Error(`${name} detached (not loaded yet)`);
    return f;
  };
  const offset = async (f: Frame): Promise<{ x: number; y: number }> => {
    const el = await f.frameElement();
    if (!el) throw new Error(`${name} detached`);
    try {
      return await el.evaluate((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.left + e.clientLeft, y: r.top + e.clientTop };
      });
    } finally {
      await el.dispose();
    }
  };
  return {
    async evaluate(fn: string | ((...a: unknown[]) => unknown), ...args: unknown[]) {
      const f = frame();
      const answer = (await f.evaluate(fn as string, ...(args as []))) as { ok?: boolean; x?: number; y?: number } | undefined;
      if (answer && typeof answer === 'object' && answer.ok && typeof answer.x === 'number' && typeof answer.y === 'number') {
        const o = await offset(f);
        const over = await top.evaluate(
          (x: number, y: number) => {
            const hit = document.elementFromPoint(x, y);
            return !hit || hit.tagName === 'IFRAME' ? '' : `<${hit.tagName.toLowerCase()}>`;
          },
          answer.x + o.x,
          answer.y + o.y,
        );
        if (over) return { ok: false, why: `in the ${name}, the spot is covered by ${over}` };
      }
      return answer;
    },
    mouse: {
      async click(x: number, y: number, options?: Parameters<Page['mouse']['click']>[2]) {
        const o = await offset(frame());
        await top.mouse.click(x + o.x, y + o.y, options);
      },
    },
    keyboard: top.keyboard,
    url: () => find(top)?.url() ?? top.url(),
  } as unknown as Page;
}

/**
 * When the assistant's card lies over what the person wants in the frame: `getOutOfTheWay` (e.g. note
 * it, take a picture, minimise the card), then the person tries again. Anything else covering the spot
 * is left to person.ts (it waits, then says what covers it).
 */
export function whenCardCoversFrame(area: Page, getOutOfTheWay: (wanted: string) => Promise<void>): void {
  whenCovered(area, async (_page, coveredBy, wanted) => {
    if (!/heavyset-assistant/i.test(coveredBy)) return false;
    await getOutOfTheWay(wanted);
    return true;
  });
}
