import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { InlineConfig } from 'vite';
import { defineConfig } from 'wxt';
import { parseProductionKeys } from './utils/heavyset/production-keys';
import type { Browser } from 'wxt/browser';
import { playbooks } from './utils/crm';
import { isLoopbackPattern, LOOPBACK_ORIGINS } from './utils/heavyset/loopback';
import { FOCUS_CARD_COMMAND } from './utils/commands';
import { privacyPage } from './scripts/privacy-page';

/** Firefox add-on ID: AMO ties the listing, updates and the extension's storage to it. */
export const GECKO_ID = 'setup-assistant@heavyset.tech';

/** .gitignore's patterns as globs for the AMO sources zip (what git ignores is not source). */
function gitIgnoredGlobs(): string[] {
  const gitignore = new URL('.gitignore', import.meta.url);
  if (!existsSync(gitignore)) return [];
  return readFileSync(gitignore, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'))
    .flatMap((line) => {
      const anchored = line.startsWith('/') || line.slice(0, -1).includes('/');
      const path = line.replace(/^\//, '');
      const glob = anchored ? path : `**/${path}`;
      return line.endsWith('/') ? [`${glob}**`] : [glob, `${glob}/**`];
    });
}

/**
 * HeavySet's production playbook keys (README → "Playbook updates"): HEAVYSET_PLAYBOOK_KEYS, the JSON list
 * `npm run playbook:keygen` prints. Checked here (a malformed value stops the build); without it the
 * build trusts no production key and takes updates only from a loopback sandbox API.
 */
const productionKeys = parseProductionKeys(process.env.HEAVYSET_PLAYBOOK_KEYS);

/** The CRM pages' origins, as web-accessible resources name them ("/*": only origins count). */
const crmOrigins = [...new Set(playbooks.flatMap((p) => p.pages).map((pattern) => pattern.replace(/^([a-z]+:\/\/[^/]+)\/.*$/, '$1/*')))].sort();

/**
 * The store package holds no loopback host: a playbook's loopback pages (the sandbox's return page)
 * leave the content scripts here, and are registered at run time once the person grants loopback
 * (utils/background/loopback-pages.ts). The page-report code stays web-accessible to those origins
 * (`use_dynamic_url`: not a permission, and the address changes every session); the card's stylesheet
 * is inside the content script (components/overlay/mount.tsx).
 */
export function withoutLoopbackPages(manifest: Browser.runtime.Manifest): void {
  manifest.content_scripts = manifest.content_scripts
    ?.map((script) => ({ ...script, matches: (script.matches ?? []).filter((pattern) => !isLoopbackPattern(pattern)) }))
    .filter((script) => script.matches.length > 0);
}

// One build per browser family for every use: the stores, the tests and the demo. Loopback http is
// accepted at run time by the options page (sandbox), not by a separate build; the tests grant the
// optional loopback host as a person would (test/sandbox/browser.ts). The chrome-mv3 output is also
// the Edge package; firefox-mv3 is built with `-b firefox`.
/** Content scripts get the browser's own API for `wxt/browser` (utils/native-browser.ts); the
 *  polyfill stays for the background, popup and options. */
function contentScriptsWithoutPolyfill(
  entrypoints: readonly { type: string }[],
  config: InlineConfig,
): void {
  if (!entrypoints.length || !entrypoints.every((e) => e.type === 'content-script')) return;
  const replacement = fileURLToPath(new URL('./utils/native-browser.ts', import.meta.url));
  // WXT's context (window listeners a page can trigger, an address watcher) is built for `main(ctx)`
  // and never used: an inert one takes its place (utils/inert-content-context.ts).
  const context = fileURLToPath(new URL('./utils/inert-content-context.ts', import.meta.url));
  // The words through the browser's own i18n, without @wxt-dev/i18n (utils/content-i18n.ts).
  const words = fileURLToPath(new URL('./utils/content-i18n.ts', import.meta.url));
  config.resolve ??= {};
  const alias = config.resolve.alias;
  if (Array.isArray(alias)) alias.unshift({ find: /^wxt\/browser$/, replacement }, { find: /^wxt\/utils\/content-script-context$/, replacement: context });
  else config.resolve.alias = { ...(alias as Record<string, string> | undefined), 'wxt/browser': replacement, 'wxt/utils/content-script-context': context };
  // `#i18n` is WXT's own alias (added after this hook): its target is taken over.
  config.plugins = [
    ...(config.plugins ?? []),
    { name: 'content-words', enforce: 'pre', resolveId: (id: string) => (/(^#i18n|[\\/]\.wxt[\\/]i18n[\\/]index(\.ts)?)$/.test(id) ? words : undefined) },
    // An entry's `matches` and `cssInjectionMode` are for the manifest only (WXT reads them at build time,
    // importing the entry on its own), `noScriptStartedPostMessage` for WXT's context (inert here); the
    // running script never reads them, so they (and Zoho's nine data centres) stay out.
    { name: 'content-matches', transform: (code: string, id: string) => (/[\\/]entrypoints[\\/][\w-]+\.content\.ts$/.test(id) ? { code: code.replace(/^[ \t]*(matches: \w+|cssInjectionMode: ["']\w+["']|noScriptStartedPostMessage: true),$/gm, ''), map: null } : undefined) },
    // The card's JSX as Preact's own `h` calls (the classic runtime) instead of its jsx-runtime module: the
    // same elements, 250 bytes less on every CRM page. After @preact/preset-vite's config, which sets the automatic one.
    {
      name: 'content-jsx',
      enforce: 'post',
      config: () => ({ oxc: { jsx: { runtime: 'classic', pragma: 'jsxH', pragmaFrag: 'JsxFragment' }, jsxInject: `import { h as jsxH, Fragment as JsxFragment } from 'preact'` } }),
    },
  ];
  // Every CRM page loads these: terser, three passes, packs them tighter than the default minifier.
  // pure_getters: no code of ours or Preact's reads a property for its side effect (a forced layout).
  // module: the sources are ES modules (strict); unsafe_arrows: no function expression of ours or
  // Preact's is called with `new` without using `this`. Preact's internal properties (`__k`, `__e`…:
  // two underscores and one letter, never read from outside the bundle) get one-letter names.
  config.build = {
    ...config.build,
    minify: 'terser',
    terserOptions: {
      ecma: 2020,
      toplevel: true,
      module: true,
      compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
      mangle: { properties: { regex: /^__[a-zA-Z]$/ } },
      format: { comments: false },
    },
  };
}

// The popup's early read (entrypoints/popup-early.ts) is a classic script, built by WXT on its own: its
// tag joins the popup's page once Vite has bundled the page's modules (Vite bundles module scripts only).
const popupEarlyRead = {
  name: 'popup-early-read',
  transformIndexHtml: {
    order: 'post' as const,
    handler: (html: string, { path }: { path: string }) =>
      path.endsWith('/popup/index.html') ? html.replace('</title>', '</title>\n    <script async src="/popup-early.js"></script>') : html,
  },
};

export default defineConfig({
  // @wxt-dev/i18n: every word a person reads comes from locales/<lang>.yml (built into _locales/<lang>/messages.json).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), popupEarlyRead],
    ...(process.env.HS_SOURCEMAP && { build: { sourcemap: true } }),
    define: { 'import.meta.env.HEAVYSET_PLAYBOOK_KEYS': JSON.stringify(productionKeys.length ? JSON.stringify(productionKeys) : '') },
  }),
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: 'HeavySet Setup Assistant',
    description:
      'Guides the connection of Leap CRM, ServiceTitan and Zoho to HeavySet Tech and sends the captured credentials safely.',
    // notifications: a send that ends while the popup is closed (README → Publish → permissions).
    // scripting: the return page served on loopback (sandbox) is registered at run time, only once loopback is granted.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    // The HeavySet API answers CORS for extension origins, so it needs no host permission. Loopback
    // (sandbox, local development) is asked for when a loopback API URL is saved, never at install.
    optional_host_permissions: LOOPBACK_ORIGINS,
    // icons: found by WXT in public/icon/<size>.png (drawn by `npm run icons`).
    // "Report this page", "Fill for me", "Pick on page": code a CRM page's content script imports only when the
    // person asks (entrypoints/page-report.ts, fill.ts, pick.ts, oauth-return.ts), so the content scripts stay small.
    web_accessible_resources: [{ resources: ['page-report.js', 'fill.js', 'pick.js', 'oauth-return.js'], matches: crmOrigins, ...(browser !== 'firefox' && { use_dynamic_url: true }) }],
    // The keyboard's ways in: the popup (the browser's own _execute_action) and the card on a CRM page
    // (utils/background/card-focus.ts). People can change both in the browser's shortcuts settings.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+J' } },
      [FOCUS_CARD_COMMAND]: { suggested_key: { default: 'Alt+Shift+H' }, description: 'Move the keyboard focus to the HeavySet card on this page' },
    },
    action: {
      default_title: 'HeavySet Setup Assistant',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140: the first Firefox (and the ESR line) that shows data_collection_permissions at install;
          // it also covers MV3 (109), storage.session (115) and Ed25519 in WebCrypto (129, signed playbooks).
          strict_min_version: '140.0',
          // Sent to HeavySet: the CRM credentials captured or typed (authenticationInfo) and, for Zoho,
          // the Token Expiry Alert e-mail addresses (personallyIdentifyingInfo). Nothing else leaves.
          data_collection_permissions: { required: ['authenticationInfo', 'personallyIdentifyingInfo'] },
        },
      },
    }),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => withoutLoopbackPages(manifest),
    'vite:build:extendConfig': contentScriptsWithoutPolyfill,
    // PRIVACY.md as the package's own page (the options page links to it): the policy of the version installed.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'privacy.html', contents: privacyPage(readFileSync(new URL('PRIVACY.md', import.meta.url), 'utf8')) });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('privacy.html');
    },
  },
  zip: {
    // The AMO sources zip: what builds the add-on and redraws its icons (README → Publish → Firefox).
    // Dot files too (.gitignore, .puppeteerrc.cjs), but nothing git ignores, no tests, sandbox,
    // screenshots or CI, nor the dev tools (bench, demo, HeavySet's playbook signing).
    dotSources: true,
    excludeSources: [
      '.git',
      '.git/**',
      ...gitIgnoredGlobs(),
      'artifacts/**',
      '.sandbox-data/**',
      '.ci/**',
      'test/**',
      'docs/**',
      'scripts/bench/**',
      'scripts/bench.ts',
      'scripts/demo.ts',
      'scripts/matrix.ts', // drives test/e2e (not in the sources)
      'scripts/playbooks/**',
    ],
  },
});
