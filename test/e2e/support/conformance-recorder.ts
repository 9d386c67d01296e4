// Records, while walks run, what every playbook's locators and steps find on the sandbox pages:
// the engine's evaluator (probe-entry.ts, bundled here) runs inside each CRM tab after every
// change of its page (debounced), with the background's state facts as the popup reads them.
import { build } from 'esbuild';
import type { Page, Target } from 'puppeteer';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { StateFacts } from '../../../utils/guide/conditions';
import type { Playbook } from '../../../utils/guide/playbook';
import type { PopupState } from '../../../utils/messages';
import type { Sandbox } from '../harness';
import type { ProbeResult } from './probe-entry';

export interface Coverage {
  locators: Set<string>;
  when: Set<string>;
  done: Set<string>;
}

async function probeBundle(): Promise<string> {
  const result = await build({ entryPoints: ['test/e2e/support/probe-entry.ts'], bundle: true, format: 'iife', write: false, platform: 'browser', logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

function factsOf(state: PopupState | undefined, crm: string): StateFacts {
  if (!state || state.crm !== crm) return { captured: [], sent: [], settingsSaved: false, verified: false };
  return {
    captured: state.values.filter((v) => v.status && v.status !== 'sent').map((v) => v.field),
    sent: state.values.filter((v) => v.status === 'sent' || v.server?.set).map((v) => v.field),
    settingsSaved: state.settings?.complete ?? false,
    verified: state.verify?.ok ?? false,
    oauth: state.oauth,
  };
}

/** In the page: the probe after load and after every change (30 ms quiet), reported to the test. */
function watcher(playbooks: Playbook[]): void {
  type Probe = (p: Playbook, f: StateFacts) => ProbeResult;
  const scope = globalThis as unknown as {
    __heavysetProbe: Probe;
    __heavysetFacts: (crm: string) => Promise<StateFacts>;
    __heavysetReport: (crm: string, result: ProbeResult) => Promise<void>;
    __heavysetWatching?: boolean;
    __heavysetRun?: () => Promise<void>;
  };
  if (scope.__heavysetWatching) return;
  scope.__heavysetWatching = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    for (const playbook of playbooks) {
      const facts = await scope.__heavysetFacts(playbook.crm);
      await scope.__heavysetReport(playbook.crm, scope.__heavysetProbe(playbook, facts));
    }
  };
  scope.__heavysetRun = run;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch(() => undefined), 30);
  };
  const start = () => {
    new MutationObserver(later).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    later();
  };
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
}

export async function startRecording(sandbox: Sandbox, playbooks: readonly Playbook[]) {
  const bundle = await probeBundle();
  const coverage = new Map(playbooks.map((p) => [p.crm, { locators: new Set<string>(), when: new Set<string>(), done: new Set<string>() } satisfies Coverage]));
  const owners = playbooks.map((p) => ({ playbook: p, patterns: p.pages.map((page) => new MatchPattern(page)) }));
  const extension = await sandbox.browser.newPage(sandbox.extensionUrl('popup.html'));
  let facts: PopupState | undefined;
  let stopped = false;

  const script = `${bundle};(${watcher.toString()})(${JSON.stringify(playbooks)});`;
  const runAll = async () => {
    await readFacts();
    for (const page of await sandbox.browser.browser.pages())
      if (page !== extension) await page.evaluate(() => (globalThis as { __heavysetRun?: () => Promise<void> }).__heavysetRun?.()).catch(() => undefined);
  };
  async function readFacts(): Promise<void> {
    const reply = await extension
      .evaluate(() => chrome.runtime.sendMessage({ type: 'popup/state' }) as Promise<{ ok: boolean; value?: PopupState }>)
      .catch(() => undefined);
    if (reply?.ok) facts = reply.value;
  }
  // Facts kept fresh; a page whose watcher was lost (installed while it navigated) gets it again.
  const keepUp = (async () => {
    while (!stopped) {
      await readFacts();
      for (const page of await sandbox.browser.browser.pages()) {
        if (page === extension) continue;
        const watching = await page.evaluate(() => !!(globalThis as { __heavysetWatching?: boolean }).__heavysetWatching).catch(() => true);
        if (!watching) await page.evaluate(script).catch(() => undefined);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  })();

  const installed = new WeakSet<Page>();
  async function install(page: Page): Promise<void> {
    if (installed.has(page) || page === extension) return;
    installed.add(page);
    await page.exposeFunction('__heavysetFacts', (crm: string) => factsOf(facts, crm));
    await page.exposeFunction('__heavysetReport', (crm: string, result: ProbeResult) => {
      // Only the playbook whose pages these are.
      const owner = owners.find((o) => o.playbook.crm === crm);
      if (!owner?.patterns.some((pattern) => pattern.includes(result.url))) return;
      const seen = coverage.get(crm)!;
      for (const key of result.locators) seen.locators.add(key);
      for (const id of result.when) seen.when.add(id);
      for (const id of result.done) seen.done.add(id);
    });
    await page.evaluateOnNewDocument(script);
    await page.evaluate(script).catch(() => undefined);
  }
  const onTarget = (target: Target) => void target.page().then((page) => page && install(page)).catch(() => undefined);
  sandbox.browser.browser.on('targetcreated', onTarget);
  for (const page of await sandbox.browser.browser.pages()) await install(page);

  return {
    /** Every open page sampled now, with fresh facts (after a popup step changed the state). */
    sample: runAll,
    async stop(): Promise<Map<string, Coverage>> {
      stopped = true;
      sandbox.browser.browser.off('targetcreated', onTarget);
      await keepUp;
      await extension.close().catch(() => undefined);
      return coverage;
    },
  };
}
