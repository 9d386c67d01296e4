// Loopback pages (the sandbox's OAuth return page) run only while the person grants loopback:
// registered at run time with the playbook's own script files, unregistered when it is taken back.
import { describe, expect, it } from 'vitest';
import { keepLoopbackPages, type LoopbackPagesApi } from '@/utils/background/loopback-pages';
import { isLoopbackPattern, loopbackOriginOf } from '@/utils/heavyset/loopback';
import { playbooks } from '@/utils/crm';

/** As the build writes it: loopback pages left out of the content scripts. */
const manifestScripts = playbooks.map((p) => ({ matches: p.pages.filter((m) => !isLoopbackPattern(m)), js: [`content-scripts/${p.crm}.js`] }));

function fakeApi(granted: Set<string>) {
  let registered: { id: string; js: string[]; matches: string[] }[] = [];
  const api: LoopbackPagesApi = {
    granted: async (origin) => granted.has(origin),
    manifestScripts: () => manifestScripts,
    registered: async () => registered,
    register: async (scripts) => {
      for (const s of scripts) if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      registered = [...registered, ...scripts];
    },
    unregister: async (ids) => {
      registered = registered.filter((r) => !ids.includes(r.id));
    },
  };
  return { api, registered: () => registered };
}

describe('loopback pages', () => {
  it('knows which API URLs need loopback, and which patterns are loopback', () => {
    expect(loopbackOriginOf('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
    expect(loopbackOriginOf('http://localhost:3000/')).toBe('http://localhost/*');
    expect(loopbackOriginOf('https://api.heavyset.tech')).toBeUndefined();
    expect(loopbackOriginOf('http://127.0.0.1.evil.example')).toBeUndefined();
    expect(isLoopbackPattern('http://127.0.0.1/sandbox/zoho/callback')).toBe(true);
    expect(isLoopbackPattern('https://api.heavyset.tech/oauth/zoho/callback')).toBe(false);
    expect(isLoopbackPattern('http://127.0.0.1.evil.example/*')).toBe(false);
  });

  it('registers nothing until loopback is granted, then the return page on that host only; unregisters when taken back', async () => {
    const granted = new Set<string>();
    const { api, registered } = fakeApi(granted);
    const sync = keepLoopbackPages(playbooks, api);
    await sync();
    expect(registered()).toEqual([]);

    granted.add('http://127.0.0.1/*');
    await Promise.all([sync(), sync()]); // concurrent syncs: no duplicate registration
    expect(registered()).toEqual([
      { id: 'loopback-zoho', js: ['content-scripts/zoho.js'], matches: ['http://127.0.0.1/sandbox/zoho/callback', 'http://127.0.0.1/sandbox/zoho/callback?*'] },
    ]);

    granted.add('http://localhost/*');
    await sync();
    expect(registered()[0]?.matches).toHaveLength(4);

    granted.clear();
    await sync();
    expect(registered()).toEqual([]);
  });
});
