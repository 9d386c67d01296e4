// Loads "Fill for me" (entrypoints/fill.ts) from the extension the first time the person asks for it.
import { ext } from '../ext';
import type { fillForMe } from './fill';

export const FILL_GLOBAL = '__heavysetFill';
export type Fill = typeof fillForMe;

let loading: Promise<Fill> | undefined;

export function loadFill(): Promise<Fill> {
  loading ??= import(/* @vite-ignore */ ext().runtime.getURL('/fill.js')).then(
    () => (globalThis as Record<string, unknown>)[FILL_GLOBAL] as Fill,
    (error: unknown) => {
      loading = undefined; // an extension reloaded mid-way: the next click tries again
      throw error;
    },
  );
  return loading;
}
