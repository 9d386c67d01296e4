// The assistant's card as a test reads it: it lives in a closed shadow root (the page cannot reach
// it), so the test goes through the DevTools protocol, which sees closed roots: the text a person
// reads there, and a real mouse click on one of its buttons.
import type { CDPSession, Page } from 'puppeteer';

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const session = (page: Page) => {
  let found = sessions.get(page);
  if (!found) sessions.set(page, (found = page.createCDPSession()));
  return found;
};

const FIND_IN_SHADOW_ROOTS = `(() => {
  for (const roots = [document]; roots.length; ) {
    const root = roots.pop();
    const host = root.querySelector('heavyset-assistant');
    if (host) return host;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return null;
})()`;

/** The remote object id of the card's shadow root, or undefined when there is no card. */
async function cardRoot(page: Page): Promise<{ client: CDPSession; objectId: string } | undefined> {
  const client = await session(page);
  const { root } = await client.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'heavyset-assistant' });
  // Not in the document's own tree: in a modal dialog a web component shows in its (open) shadow root.
  const objectId = nodeId ? undefined : (await client.send('Runtime.evaluate', { expression: FIND_IN_SHADOW_ROOTS })).result.objectId;
  if (!nodeId && !objectId) return undefined;
  const { node } = await client.send('DOM.describeNode', { ...(nodeId ? { nodeId } : { objectId }), depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return undefined;
  const { object } = await client.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  return object.objectId ? { client, objectId: object.objectId } : undefined;
}

/** Runs `functionDeclaration` with `this` = the card's shadow root; its value, or undefined without a card. */
export async function cardEval(page: Page, functionDeclaration: string, args: unknown[] = []): Promise<unknown> {
  const root = await cardRoot(page).catch(() => undefined);
  if (!root) return undefined;
  const { result } = await root.client.send('Runtime.callFunctionOn', {
    objectId: root.objectId,
    functionDeclaration,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
  });
  return result.value;
}

/** The card's text (its styles left out), or '' when the page shows no card. */
export async function cardText(page: Page): Promise<string> {
  const root = await cardRoot(page).catch(() => undefined);
  if (!root) return '';
  const { result } = await root.client.send('Runtime.callFunctionOn', {
    objectId: root.objectId,
    functionDeclaration: 'function () { const c = this.querySelector("div"); return c ? c.textContent : ""; }',
    returnByValue: true,
  });
  return String(result.value ?? '');
}

/** Clicks, with the mouse, the card's button whose text or label is `name` (a RegExp: matches it). */
export async function cardClick(page: Page, name: string | RegExp, timeout = 10_000): Promise<void> {
  const pattern = typeof name === 'string' ? { source: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' } : { source: name.source, flags: name.flags };
  const started = Date.now();
  for (;;) {
    const root = await cardRoot(page).catch(() => undefined);
    if (root) {
      const { result } = await root.client.send('Runtime.callFunctionOn', {
        objectId: root.objectId,
        functionDeclaration: `function (source, flags) {
          const re = new RegExp(source, flags);
          const button = [...this.querySelectorAll('button')].find((b) => re.test((b.getAttribute('aria-label') || b.textContent || '').replace(/\\s+/g, ' ').trim()));
          if (!button) return null;
          button.scrollIntoView({ block: 'nearest' });
          const r = button.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }`,
        arguments: [{ value: pattern.source }, { value: pattern.flags }],
        returnByValue: true,
      });
      const at = result.value as { x: number; y: number } | null;
      if (at) {
        await page.mouse.click(at.x, at.y);
        return;
      }
    }
    if (Date.now() - started > timeout) throw new Error(`no card button ${String(name)} on ${page.url()}; the card showed:\n${await cardText(page)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits for the card to say this; on failure, says what it showed instead. */
export async function waitForCard(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  const started = Date.now();
  const test = (t: string) => (typeof text === 'string' ? t.includes(text) : text.test(t));
  for (;;) {
    const shown = await cardText(page);
    if (test(shown)) return;
    if (Date.now() - started > timeout)
      throw new Error(`waiting for ${String(text)} on ${page.url()}; the card showed:\n${shown}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The attribute naming the card's stand-in while axe looks at it (withCardStandIn). */
export const STAND_IN = 'data-card-stand-in';

/**
 * A stand-in of the card for tools that must see it laid out: a copy of the closed shadow root's
 * nodes (its style sheet, the card, the rings, with their inline positions) in an open root of an
 * element with the host's own style, appended to the page's body at the same place on screen, over
 * the same page. axe-core measures colours and stacking only from document.body down (its layout grid
 * starts there), while the card's host sits on <html> beside the body — on purpose, so that pages
 * replacing their body keep it — and its root is closed: axe would check nothing of the real one.
 * The copy is taken the moment `use` starts and removed when it ends; the real card is untouched.
 */
export async function withCardStandIn<T>(page: Page, use: (selector: string) => Promise<T>): Promise<T> {
  const made = await cardEval(
    page,
    `function (attribute) {
      const standIn = document.createElement('div');
      standIn.setAttribute('style', this.host.getAttribute('style') || '');
      standIn.setAttribute(attribute, '');
      const root = standIn.attachShadow({ mode: 'open' });
      for (const node of this.childNodes) root.append(node.cloneNode(true));
      document.body.append(standIn);
      return true;
    }`,
    [STAND_IN],
  );
  if (made !== true) throw new Error(`no card on ${page.url()}`);
  try {
    return await use(`[${STAND_IN}]`);
  } finally {
    await page.evaluate((attribute) => document.querySelector(`[${attribute}]`)?.remove(), STAND_IN);
  }
}

/** The element that has the focus inside the card (its tag, text or label and whether its focus shows), or null. */
export async function cardFocus(page: Page): Promise<{ tag: string; name: string; visible: boolean } | null> {
  return (await cardEval(
    page,
    `function () {
      const el = this.activeElement;
      if (!el) return null;
      const style = getComputedStyle(el);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { tag: el.tagName.toLowerCase(), name: (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim(), visible };
    }`,
  )) as { tag: string; name: string; visible: boolean } | null;
}
