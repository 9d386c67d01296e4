// Code a person rarely needs ("Fill for me", "Pick on page") is not in every content script: it is
// imported from the extension (a web-accessible resource of the CRM pages only) the first time it is
// asked for, and leaves its function on the content script's global.
import { ext } from '../ext';

const loading = new Map<string, Promise<unknown>>();

export function loadExtensionModule<T>(path: string, global: string): Promise<T> {
  let found = loading.get(path) as Promise<T> | undefined;
  if (!found) {
    found = import(/* @vite-ignore */ ext().runtime.getURL(path)).then(
      () => (globalThis as Record<string, unknown>)[global] as T,
      (error: unknown) => {
        loading.delete(path); // an extension reloaded mid-way: the next ask tries again
        throw error;
      },
    );
    loading.set(path, found);
  }
  return found;
}
