// Serving a rendering's own files and the UI frameworks it loads from node_modules (the real
// libraries, not copies) through the site's asset route.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteResponse } from '../../sites/types';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const require = createRequire(import.meta.url);
const cache = new Map<string, string>();

function read(path: string): string {
  let text = cache.get(path);
  if (text === undefined) {
    text = readFileSync(path, 'utf8');
    cache.set(path, text);
  }
  return text;
}

function answer(path: string): SiteResponse {
  return { status: 200, contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', body: read(path) };
}

/** A file next to the rendering's module (`base` is its import.meta.url). */
export function ownFile(base: string, name: string): SiteResponse {
  return answer(fileURLToPath(new URL(name, base)));
}

/** A file of an installed package, e.g. `angular/angular.min.js`. */
export function packageFile(specifier: string): SiteResponse {
  return answer(require.resolve(specifier));
}

/** Serves `/<prefix>/<name>` from a fixed table of asset names (anything else: null, a 404). */
export function assetRoute(pathname: string, prefix: string, table: Record<string, () => SiteResponse>): SiteResponse | null {
  if (!pathname.startsWith(prefix)) return null;
  const serve = table[pathname.slice(prefix.length)];
  return serve ? serve() : null;
}
