// The Node side of the conformance probe (./page-probe.ts): bundles it with esbuild, installs it in
// every tab a walk opens (before the tab's first page, on every document after), answers its
// questions (the background's guide state for a CRM, asked through the tab's content script as the
// card asks it) and collects what it reports. The walks' hooks are the matrix's (extension-probe.ts)
// with a probe round after each checkpoint, each press on the card and at the end of each walk.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'puppeteer';
import type { StateFacts } from '../../../utils/guide/conditions';
import type { WalkHooks } from '../variants/run';
import type { ProbeContext, ProbeHits } from './page-probe';
import { playbooks } from '../../../utils/crm/index';
import { locatorParts, pageSteps } from './playbook-parts';

export interface CrmCoverage {
  /** Locator path → where it first matched ("variant: walk @ url"). */
  locators: Map<string, string>;
  /** Step id → where its `when` first held. */
  when: Map<string, string>;
  done: Map<string, string>;
}

/** The probe as one script (engine, playbooks and all), `wxt/browser` as the content scripts get it. */
export async function bundleProbe(): Promise<string> {
  const out = await build({
    entryPoints: [resolve('test/e2e/conformance/page-probe.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    alias: { 'wxt/browser': resolve('utils/native-browser.ts') },
  });
  return out.outputFiles[0]!.text;
}

/** How stale a state answer may be while the page keeps changing (a checkpoint always asks afresh). */
const STATE_FRESH_MS = 100;

interface StateAsker {
  ask(crm: string): Promise<StateFacts | null>;
  /** Forget the answers kept: the next question is asked afresh. */
  forget(): void;
}

/**
 * Asks `guide/state` as the card does, from the extension's content script in this tab (its
 * isolated world, reached through the DevTools protocol): the background answers it only from a
 * tab of the CRM's pages, and there with the very state the card renders.
 */
async function stateAsker(page: Page): Promise<StateAsker> {
  const client = await page.createCDPSession();
  const contexts = new Set<number>();
  client.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) contexts.add(context.id);
  });
  client.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  client.on('Runtime.executionContextsCleared', () => contexts.clear());
  await client.send('Runtime.enable');
  const kept = new Map<string, { at: number; state: Promise<StateFacts | null> }>();
  const askNow = async (crm: string): Promise<StateFacts | null> => {
    for (const contextId of [...contexts].reverse()) {
      const { result } = await client
        .send('Runtime.evaluate', {
          contextId,
          expression: `chrome.runtime.sendMessage({ type: 'guide/state', crm: ${JSON.stringify(crm)} })`,
          awaitPromise: true,
          returnByValue: true,
        })
        .catch(() => ({ result: undefined }));
      const answer = result?.value as { ok?: boolean; value?: StateFacts } | undefined;
      if (answer?.ok && answer.value) return answer.value;
    }
    return null;
  };
  return {
    ask(crm) {
      const cached = kept.get(crm);
      if (cached && Date.now() - cached.at < STATE_FRESH_MS) return cached.state;
      const state = askNow(crm);
      kept.set(crm, { at: Date.now(), state });
      return state;
    },
    forget: () => kept.clear(),
  };
}

export class CoverageRecorder {
  readonly coverage = new Map<string, CrmCoverage>();
  /** The walk under way, for where things were first seen. */
  walk = '';
  private askers = new WeakMap<Page, StateAsker>();

  constructor(
    private readonly script: string,
    private readonly base: WalkHooks,
  ) {}

  of(crm: string): CrmCoverage {
    let c = this.coverage.get(crm);
    if (!c) this.coverage.set(crm, (c = { locators: new Map(), when: new Map(), done: new Map() }));
    return c;
  }

  readonly hooks: WalkHooks = {
    checkpoint: async (page, crm, stepId) => {
      const seen = await this.base.checkpoint(page, crm, stepId);
      await this.round(page);
      return seen;
    },
    cardClick: async (page, name) => {
      const clicked = await this.base.cardClick(page, name);
      await this.round(page);
      return clicked;
    },
    uncover: (page, coveredBy) => this.base.uncover(page, coveredBy),
    // The state reached last (e.g. HeavySet holding the connection) may show only on the card.
    closing: (page) => this.round(page),
    opened: async (page) => {
      await this.base.opened?.(page);
      const asker = await stateAsker(page);
      this.askers.set(page, asker);
      await page.exposeFunction('__conformanceContext', (crm: string) => this.context(crm, asker));
      await page.exposeFunction('__conformanceReport', (crm: string, hits: ProbeHits) => this.report(crm, hits, page));
      await page.evaluateOnNewDocument(this.script);
    },
  };

  /** A probe round on the page as it is now, with the state the background has now. */
  async round(page: Page): Promise<void> {
    this.askers.get(page)?.forget();
    await page.evaluate(() => window.__conformance?.round()).catch(() => undefined);
  }

  private async context(crm: string, asker: StateAsker): Promise<ProbeContext> {
    const c = this.of(crm);
    const seen = { locators: [...c.locators.keys()], when: [...c.when.keys()], done: [...c.done.keys()] };
    // Everything of this CRM seen already: no state to ask, nothing to evaluate.
    if (this.complete(crm, c)) return { state: null, seen, complete: true };
    return { state: await asker.ask(crm), seen };
  }

  private complete(crm: string, c: CrmCoverage): boolean {
    const playbook = playbooks.find((p) => p.crm === crm);
    if (!playbook) return false;
    const steps = pageSteps(playbook);
    return (
      locatorParts(playbook).every((p) => c.locators.has(p.path)) && steps.every((s) => c.when.has(s.id)) && steps.every((s) => !s.done || c.done.has(s.id))
    );
  }

  private report(crm: string, hits: ProbeHits, page: Page): void {
    const c = this.of(crm);
    const where = `${this.walk} @ ${page.url().split('?')[0]}`;
    for (const path of hits.locators) if (!c.locators.has(path)) c.locators.set(path, where);
    for (const id of hits.when) if (!c.when.has(id)) c.when.set(id, where);
    for (const id of hits.done) if (!c.done.has(id)) c.done.set(id, where);
  }
}
