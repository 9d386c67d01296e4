// Budget 1: what the browser loads for each entry point, raw and gzipped.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  kind: 'content-script' | 'background' | 'popup' | 'options' | 'shared';
  raw: number;
  gzip: number;
}

function kindOf(file: string): FileSize['kind'] {
  if (file.startsWith('content-scripts/')) return 'content-script';
  if (file === 'background.js') return 'background';
  if (/^chunks\/popup-/.test(file)) return 'popup';
  if (/^chunks\/options-/.test(file)) return 'options';
  return 'shared';
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every .js (and content-script .css, injected into the page too) of the built extension. */
export async function measureSizes(outputDir: string): Promise<FileSize[]> {
  const files = (await listFiles(outputDir))
    .map((path) => ({ path, file: relative(outputDir, path).split('\\').join('/') }))
    .filter(({ file }) => file.endsWith('.js') || (file.startsWith('content-scripts/') && file.endsWith('.css')))
    .sort((a, b) => a.file.localeCompare(b.file));
  const sizes: FileSize[] = [];
  for (const { path, file } of files) {
    const bytes = await readFile(path);
    sizes.push({ file, kind: kindOf(file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizes;
}

/** The scripts an extension page loads up front (its entry and modulepreloaded chunks). */
export async function pageScripts(outputDir: string, html: string): Promise<string[]> {
  const text = await readFile(join(outputDir, html), 'utf8');
  const refs = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].flatMap((m) => (m[1] ? [m[1]] : []));
  return [...new Set(refs)];
}
