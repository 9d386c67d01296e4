// What a person does on a page, found the way a person finds it: by role and visible name (the
// accessibility tree, so whatever a modal <dialog> makes inert cannot be reached), by visible text,
// by the column a header sits over. Never by a page's ids or classes.
import type { ElementHandle, Page } from 'puppeteer';

const TIMEOUT = 10_000;
const aria = (role: string, name: string) => `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;

export async function press(page: Page, role: 'button' | 'link' | 'tab' | 'menuitem' | 'option', name: string): Promise<void> {
  await clickUncovered(await page.locator(aria(role, name)).setTimeout(TIMEOUT).waitHandle());
}

/**
 * Clicks where a person would: if something floats over the control (a fixed card, a toast), the
 * page is scrolled so the control sits in the upper part of the window first. Only the window
 * scrolls: scrolling a virtual list would replace its rows.
 */
export async function clickUncovered(el: ElementHandle<Element>): Promise<void> {
  for (const fraction of [-1, 0.3, 0.15]) {
    const free = await el.evaluate((node, f) => {
      let rect = node.getBoundingClientRect();
      if (f >= 0) {
        window.scrollBy(0, rect.top - window.innerHeight * f);
        rect = node.getBoundingClientRect();
      } else if (rect.bottom > window.innerHeight || rect.top < 0) {
        return false;
      }
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return hit !== null && (hit === node || node.contains(hit) || (node instanceof HTMLInputElement && node.labels !== null && [...node.labels].some((l) => l.contains(hit))));
    }, fraction);
    if (free) break;
  }
  await el.click();
}

/** Clicks the visible control (link, button, …) whose text contains `text`, e.g. a profile name next to an avatar. */
export async function clickText(page: Page, text: string): Promise<void> {
  const handle = await page.waitForFunction(
    (t: string) => {
      const candidates = [...document.querySelectorAll<HTMLElement>('a, button, [role="button"], [role="link"], [role="tab"], [role="menuitem"]')];
      return candidates.find((el) => el.offsetParent !== null && (el.innerText ?? '').includes(t)) ?? false;
    },
    { timeout: TIMEOUT },
    text,
  );
  await (handle.asElement() as ElementHandle<HTMLElement>).click();
}

export async function textbox(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  return (await page.locator(aria('textbox', label)).setTimeout(TIMEOUT).waitHandle()) as ElementHandle<HTMLInputElement>;
}

/** What the text box labelled `label` holds (its value property, as the person reads it). */
export async function valueOf(page: Page, label: string): Promise<string> {
  return (await textbox(page, label)).evaluate((el) => el.value);
}

/** Types `value` into the box labelled `label` unless it holds it already (replacing what it held). */
export async function fillIfNeeded(page: Page, label: string, value: string): Promise<void> {
  const box = await textbox(page, label);
  if ((await box.evaluate((el) => el.value)) === value) return;
  await box.click({ count: 3 });
  await page.keyboard.down('Control');
  await page.keyboard.press('A');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await box.type(value);
}

/** What the combobox labelled `label` shows (an input's value, or a select-only trigger's text). */
export async function comboboxShows(page: Page, label: string): Promise<string> {
  const box = await page.locator(aria('combobox', label)).setTimeout(TIMEOUT).waitHandle();
  return box.evaluate((el) => (el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText).trim());
}

/** Opens the combobox labelled `label` and picks the option named `option`, unless it shows it already. */
export async function chooseIfNeeded(page: Page, label: string, option: string): Promise<void> {
  if ((await comboboxShows(page, label)) === option) return;
  // A click toggles the list: if it was left open (and so just closed), click once more.
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.locator(aria('combobox', label)).setTimeout(TIMEOUT).click();
    const listed = await page.waitForSelector(aria('option', option), { timeout: 1_500 }).catch(() => null);
    if (listed) break;
  }
  await press(page, 'option', option);
  await page.waitForFunction(
    (name: string, want: string) =>
      [...document.querySelectorAll<HTMLElement>('[role="combobox"]')].some((el) => {
        const labelledBy = el.getAttribute('aria-labelledby');
        const labelText = labelledBy ? document.getElementById(labelledBy)?.innerText.trim() : '';
        const shown = el instanceof HTMLInputElement ? el.value : el.innerText;
        return labelText === name && shown.trim() === want;
      }),
    { timeout: TIMEOUT },
    label,
    option,
  );
}

/** Ticks the radio button or checkbox named `name` unless it is ticked. */
export async function tick(page: Page, role: 'radio' | 'checkbox', name: string): Promise<void> {
  const box = (await page.locator(aria(role, name)).setTimeout(TIMEOUT).waitHandle()) as ElementHandle<HTMLInputElement>;
  if (!(await box.evaluate((el) => el.checked))) await clickUncovered(box);
}

/** Waits until the page shows this text (what is rendered, dialogs included). */
export async function waitForVisibleText(page: Page, text: string, timeout = TIMEOUT): Promise<void> {
  await page.waitForFunction((t: string) => document.body.innerText.includes(t), { timeout }, text);
}

export async function waitForTextGone(page: Page, text: string, timeout = TIMEOUT): Promise<void> {
  await page.waitForFunction((t: string) => !document.body.innerText.includes(t), { timeout }, text);
}

/** Waits until no "Loading…" is shown. */
export async function waitUntilLoaded(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => !/Loading…|Loading\.\.\./.test(document.body.innerText), { timeout });
}

/** The visible row (table row or ARIA row) one of whose cells has a line reading exactly `rowText`. */
export async function row(page: Page, rowText: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (t: string) =>
      [...document.querySelectorAll('tr, [role="row"]')].find(
        (r) => (r as HTMLElement).offsetParent !== null && [...r.children].some((c) => ((c as HTMLElement).innerText ?? '').split('\n').some((line) => line.trim() === t)),
      ) ?? false,
    { timeout: TIMEOUT },
    rowText,
  );
  return handle.asElement() as ElementHandle<Element>;
}

export async function rowIsShown(page: Page, rowText: string): Promise<boolean> {
  return page.evaluate(
    (t: string) =>
      [...document.querySelectorAll('tr, [role="row"]')].some(
        (r) => (r as HTMLElement).offsetParent !== null && [...r.children].some((c) => ((c as HTMLElement).innerText ?? '').split('\n').some((line) => line.trim() === t)),
      ),
    rowText,
  );
}

/** Presses the button named `name` in the row reading `rowText`. */
export async function pressInRow(page: Page, rowText: string, name: string): Promise<void> {
  const r = await row(page, rowText);
  const button = await r.waitForSelector(aria('button', name), { timeout: TIMEOUT });
  await clickUncovered(button!);
}

/**
 * The checkbox in the row reading `rowText`, under the column headed `column` (by where the header
 * sits on screen, as a person lines them up). A long list is scrolled until the row shows.
 */
async function cellCheckbox(page: Page, rowText: string, column: string): Promise<ElementHandle<HTMLInputElement>> {
  for (let attempt = 0; attempt < 80; attempt++) {
    // No named inner functions in page code: tsx (the demo) would wrap them in a helper the page lacks.
    const found = await page.evaluateHandle(
      (t: string, col: string) => {
        const headers = [...document.querySelectorAll('th, [role="columnheader"]')].filter(
          (th) => th.getBoundingClientRect().width > 0 && (th as HTMLElement).innerText.trim() === col,
        );
        const rows = [...document.querySelectorAll('tr, [role="row"]')].filter(
          (r) => r.getBoundingClientRect().height > 0 && [...r.children].some((c) => ((c as HTMLElement).innerText ?? '').split('\n').some((line) => line.trim() === t)),
        );
        for (const th of headers) {
          const span = th.getBoundingClientRect();
          for (const r of rows) {
            const box = [...r.querySelectorAll('input[type="checkbox"]')].find((b) => {
              const rect = b.getBoundingClientRect();
              const x = rect.left + rect.width / 2;
              return rect.width > 0 && x >= span.left && x <= span.right;
            });
            if (!box) continue;
            // In a scrolling list only a row inside its view can be clicked: bring it in first.
            let list: HTMLElement | null = box.parentElement;
            while (list && list !== document.body && !(/auto|scroll/.test(getComputedStyle(list).overflowY) && list.scrollHeight > list.clientHeight + 4)) list = list.parentElement;
            if (list && list !== document.body) {
              const view = list.getBoundingClientRect();
              const rect = box.getBoundingClientRect();
              if (rect.top < view.top || rect.bottom > view.bottom) {
                list.scrollTop += rect.top - view.top - view.height / 3;
                return null;
              }
            }
            return box;
          }
        }
        // The row is not in view: scroll the list of checkboxes further (from the top again once at its end).
        const list = [...document.querySelectorAll<HTMLElement>('*')].find(
          (el) =>
            /auto|scroll/.test(getComputedStyle(el).overflowY) &&
            el.scrollHeight > el.clientHeight + 4 &&
            el.getBoundingClientRect().height > 0 &&
            el.querySelector('input[type="checkbox"]') !== null,
        );
        if (list) {
          const atEnd = list.scrollTop + list.clientHeight >= list.scrollHeight - 2;
          list.scrollTop = atEnd ? 0 : list.scrollTop + list.clientHeight * 0.7;
        }
        return null;
      },
      rowText,
      column,
    );
    const box = found.asElement() as ElementHandle<HTMLInputElement> | null;
    if (box) return box;
    await new Promise((r) => setTimeout(r, 60));
  }
  throw new Error(`No checkbox at row "${rowText}" × column "${column}"`);
}

/** Ticks the box at row × column unless it is ticked. */
export async function tickCell(page: Page, rowText: string, column: string): Promise<void> {
  const box = await cellCheckbox(page, rowText, column);
  if (!(await box.evaluate((el) => el.checked))) {
    await clickUncovered(box);
    await page.waitForFunction((el: HTMLInputElement) => !el.isConnected || el.checked, { timeout: TIMEOUT }, box);
  }
}

/** Hovers the cell at row × column (e.g. a status dot with a tooltip) and returns the tooltip text that appears. */
export async function hoverCellTooltip(page: Page, rowText: string, column: string): Promise<string> {
  const target = await page.evaluateHandle(
    (t: string, col: string) => {
      const th = [...document.querySelectorAll('th, [role="columnheader"]')].find((h) => (h as HTMLElement).innerText.trim() === col);
      const r = [...document.querySelectorAll('tr, [role="row"]')].find((x) => [...x.children].some((c) => ((c as HTMLElement).innerText ?? '').split('\n').some((line) => line.trim() === t)));
      if (!th || !r) return null;
      const span = th.getBoundingClientRect();
      return [...r.querySelectorAll('*')].find((el) => {
        const rect = el.getBoundingClientRect();
        const x = rect.left + rect.width / 2;
        return rect.width > 0 && x >= span.left && x <= span.right && el.children.length === 0;
      }) ?? null;
    },
    rowText,
    column,
  );
  const el = target.asElement() as ElementHandle<Element> | null;
  if (!el) throw new Error(`Nothing at row "${rowText}" × column "${column}"`);
  await el.hover();
  const tip = await page.waitForSelector('::-p-aria([role="tooltip"])', { timeout: TIMEOUT });
  return tip!.evaluate((node) => (node as HTMLElement).innerText.trim());
}
