// Loopback: the sandbox and local development. HeavySet's API is reached without any host
// permission (it answers CORS for extension origins); only the pages served on loopback that a
// playbook follows (an OAuth return page) need the host, for their content script. The store
// manifest never lists loopback: it is an optional host permission, asked for when a loopback
// API URL is saved, and those pages' scripts are registered at run time once it is granted
// (utils/background/loopback-pages.ts).
import { browser } from 'wxt/browser';

export const LOOPBACK_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

const LOOPBACK_PATTERN = /^(\*|https?):\/\/(127\.0\.0\.1|localhost)(\/|$)/;

/** A match pattern on a loopback host (never in the store manifest). */
export const isLoopbackPattern = (pattern: string): boolean => LOOPBACK_PATTERN.test(pattern);

/** The optional host permission a loopback API URL's pages need, or undefined (not loopback). */
export function loopbackOriginOf(apiUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    return undefined;
  }
  return LOOPBACK_ORIGINS.find((origin) => origin === `${url.protocol}//${url.hostname}/*`);
}

/** The origin permission covering a loopback match pattern. */
export const originOfPattern = (pattern: string): string | undefined => LOOPBACK_ORIGINS.find((origin) => pattern.startsWith(origin.slice(0, -1)));

/**
 * Asks for the loopback host a loopback API URL's pages need. Call it synchronously from the
 * person's click (browsers grant a permission prompt only from a user gesture); resolves to
 * whether it is granted, or undefined when the URL needs nothing. Never throws.
 */
export function requestLoopbackAccess(apiUrl: string): Promise<boolean | undefined> {
  const origin = loopbackOriginOf(apiUrl);
  if (!origin) return Promise.resolve(undefined);
  try {
    return browser.permissions.request({ origins: [origin] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
