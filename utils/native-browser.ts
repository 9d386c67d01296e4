// `wxt/browser` for the content scripts: the browser's own promise-based API (Chrome's `chrome`,
// Firefox's `browser`), without webextension-polyfill (≈ 9 KB they do not need: they only send
// messages, answer the extension and read their own storage). wxt.config.ts aliases it for their builds.
const g = globalThis as unknown as { browser?: { runtime?: unknown }; chrome?: unknown };
export const browser = (g.browser?.runtime ? g.browser : g.chrome) as typeof import('wxt/browser').browser;
export type { Browser } from 'wxt/browser';
