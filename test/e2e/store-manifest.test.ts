// The store packages (what `npm run zip` packs: the built folders) hold no loopback host: loopback is
// an optional host permission, asked for when a loopback API URL is saved; the playbooks' loopback
// pages are registered at run time only once it is granted. The Zoho return page is HeavySet's one
// exact callback page, never a wildcard path.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOOPBACK_ORIGINS } from '../../utils/heavyset/loopback';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[] }[];
  web_accessible_resources?: { matches?: string[]; resources: string[]; use_dynamic_url?: boolean }[];
}
const LOOPBACK = /^(\*|https?):\/\/(127\.0\.0\.1|localhost|\[::1\])(\/|:|$)/;

const builds = ['chrome-mv3', 'firefox-mv3'].map((name) => ({ name, path: resolve('.output', name, 'manifest.json') }));

describe.each(builds)('the $name package', ({ name, path }) => {
  const manifest = (): Manifest => {
    if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  };

  it('asks for no loopback host at install: optional only', () => {
    const m = manifest();
    expect((m.host_permissions ?? []).filter((p) => LOOPBACK.test(p) || p === '<all_urls>')).toEqual([]);
    expect((m.permissions ?? []).filter((p) => LOOPBACK.test(p) || p.includes('://'))).toEqual([]);
    expect(m.optional_host_permissions).toEqual(LOOPBACK_ORIGINS);
    expect(m.permissions).toContain('scripting');
  });

  it('injects no content script on loopback, and the return page only on HeavySet’s exact callback', () => {
    const matches = (manifest().content_scripts ?? []).flatMap((s) => s.matches ?? []);
    expect(matches.filter((p) => LOOPBACK.test(p))).toEqual([]);
    expect(matches.filter((p) => p.includes('callback')).sort()).toEqual([
      'https://api.heavyset.tech/oauth/zoho/callback',
      'https://api.heavyset.tech/oauth/zoho/callback?*',
    ]);
    expect(matches.filter((p) => /\*[^/]*callback/.test(p))).toEqual([]);
  });

  // Not a permission: files a page of those origins may load (the card's stylesheet, the page-report code),
  // at an address it cannot guess. Chromium: use_dynamic_url (new every session); Firefox: the
  // moz-extension host is random per install.
  it('names loopback only for the card’s stylesheet and the code loaded on first use (report, fill, pick), at an address a page cannot guess', () => {
    for (const resource of manifest().web_accessible_resources ?? []) {
      if (!(resource.matches ?? []).some((p) => LOOPBACK.test(p))) continue;
      expect(resource.resources.every((r) => /^content-scripts\/[a-z]+\.css$/.test(r) || ['page-report.js', 'fill.js', 'pick.js', 'oauth-return.js'].includes(r)), resource.resources.join()).toBe(true);
      if (name.startsWith('chrome')) expect(resource.use_dynamic_url).toBe(true);
    }
  });

  // WXT's context listens to window events and messages a page can forge and watches the address; the
  // content scripts take no `ctx`, so an inert one is built in (utils/inert-content-context.ts).
  it('carries none of WXT’s content-script context in its content scripts', () => {
    for (const script of manifest().content_scripts ?? []) {
      for (const file of script.js ?? []) {
        const code = readFileSync(resolve('.output', name, file), 'utf8');
        expect(code, file).not.toMatch(/wxt:content-script-started|wxt:locationchange/);
      }
    }
  });

  // The popup opens many times a day and must show its values at once (the bench's popup budget): it
  // loads no zod — a constant it needs from a module of schemas would bring the whole library along.
  it('loads no zod in the popup (its state is read without it: utils/popup-snapshot.ts)', () => {
    const html = readFileSync(resolve('.output', name, 'popup.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) expect(readFileSync(resolve('.output', name, file), 'utf8'), file).not.toMatch(/ZodError|\$ZodType/);
  });

  // The popup's first read starts as its page is parsed, before its modules have loaded (utils/popup-early-read.ts).
  it('starts the popup\'s early read from a classic script of the package, ahead of the popup\'s modules', () => {
    const html = readFileSync(resolve('.output', name, 'popup.html'), 'utf8');
    const early = html.indexOf('<script async src="/popup-early.js"></script>');
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(html.indexOf('type="module"'));
    expect(readFileSync(resolve('.output', name, 'popup-early.js'), 'utf8')).toMatch(/popup-snapshot/);
  });

  // The bench's first budget, held on every test run: each CRM page loads its content script.
  it('ships content scripts of at most 30 KB gzipped each (as the bench measures: zlib, level 9)', () => {
    for (const script of manifest().content_scripts ?? []) {
      for (const file of script.js ?? []) {
        const gzipped = gzipSync(readFileSync(resolve('.output', name, file)), { level: 9 }).length;
        expect(gzipped, file).toBeLessThanOrEqual(30 * 1024);
      }
    }
  });
});
