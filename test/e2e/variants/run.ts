// Runs one walk of a variant: opens its tabs on the variant's pages (and the walk's backend), hands
// the walk its checkpoint and card hooks, and records what happened. Shared by the dry run (no
// extension: the hooks do nothing) and the matrix (scripts/matrix.ts: the hooks read the card).
import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import type { Sandbox } from '../harness';
import { screenshot } from '../harness';
import { whenCovered } from '../person';
import type { CrmName, MarkupVariant, VariantWalk, WalkResult } from './types';

export interface CheckpointRecord {
  step: string;
  /** The title the card should show (from steps.ts). */
  expected?: string;
  /** What the card showed: its title and its visible text. */
  cardTitle?: string;
  cardText?: string;
  matched: boolean;
}

export interface WalkRecord {
  variant: string;
  walk: string;
  crm: CrmName;
  completed: boolean;
  error?: string;
  ms: number;
  result?: WalkResult;
  checkpoints: CheckpointRecord[];
  /** Buttons the walk asked to press on the card, and whether the card had them. */
  cardClicks: { name: string; clicked: boolean }[];
  /** Times the card lay over what the person wanted to click (they minimised it to go on). */
  cardInTheWay: string[];
}

export interface WalkHooks {
  checkpoint(page: Page, crm: CrmName, stepId: string): Promise<CheckpointRecord | undefined>;
  /** True when the card had the button and it was pressed. */
  cardClick(page: Page, name: string | RegExp): Promise<boolean>;
  /** Something covers what the person wants to click: true when it was the card and it got out of the way. */
  uncover(page: Page, coveredBy: string): Promise<boolean>;
  /** A tab the walk opened, before it loads its first page (e.g. to watch every page it shows). */
  opened?(page: Page): Promise<void>;
  /** The walk is over: a last look at each of its tabs before they close. */
  closing?(page: Page): Promise<void>;
  /** The walk reached its end, its tabs still open: the moment a person takes to read the card before closing them. */
  settle?(result: WalkResult): Promise<void>;
}

export const NO_EXTENSION: WalkHooks = {
  checkpoint: async () => undefined,
  cardClick: async () => false,
  uncover: async () => false,
};

/** Where failures' pictures go when the walks' own pictures are not asked for. */
const FAILURE_SHOTS = resolve('artifacts/matrix-failures');

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

export async function runWalk(variant: MarkupVariant, walk: VariantWalk, sandbox: Sandbox, hooks: WalkHooks, shotDir?: string): Promise<WalkRecord> {
  const record: WalkRecord = { variant: variant.id, walk: walk.name, crm: walk.crm, completed: false, ms: 0, checkpoints: [], cardClicks: [], cardInTheWay: [] };
  const pages: Page[] = [];
  const started = Date.now();
  try {
    record.result = await walk.walk({
      sandbox,
      async open(url) {
        const page = await sandbox.browser.newPage(undefined, { variant: variant.id, serverUrl: sandbox.server.url, viewport: walk.viewport ?? DEFAULT_VIEWPORT });
        pages.push(page);
        whenCovered(page, async (covered, coveredBy, wanted) => {
          // What the card lay over, as the person saw it (--shots).
          if (shotDir) await screenshot(covered, `${variant.id}--in-the-way-${record.cardInTheWay.length + 1}`, { dir: shotDir }).catch(() => undefined);
          if (process.env.MATRIX_DUMP_HTML) await import('node:fs/promises').then(async (fs) => fs.writeFile(process.env.MATRIX_DUMP_HTML!, await covered.content()));
          const moved = await hooks.uncover(covered, coveredBy);
          if (moved) record.cardInTheWay.push(`${wanted} (${covered.url()})`);
          return moved;
        });
        await hooks.opened?.(page);
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      async cardClick(page, name) {
        record.cardClicks.push({ name: String(name), clicked: await hooks.cardClick(page, name) });
      },
      async checkpoint(page, stepId) {
        const seen = await hooks.checkpoint(page, walk.crm, stepId);
        if (seen) record.checkpoints.push(seen);
      },
      async shot(page, name) {
        if (shotDir) await screenshot(page, name, { dir: shotDir });
      },
    });
    record.completed = true;
  } catch (error) {
    record.error = error instanceof Error ? error.message : String(error);
    // A failure's picture is always kept: a walk that fails once in a full run may not fail again.
    if (pages.length) {
      const last = pages[pages.length - 1]!;
      await screenshot(last, `${variant.id}--failed-${slug(walk.name)}`, { dir: shotDir ?? FAILURE_SHOTS }).catch(() => undefined);
    }
  } finally {
    record.ms = Date.now() - started;
    if (record.result) await hooks.settle?.(record.result).catch(() => undefined);
    await Promise.all(pages.map(async (p) => (await hooks.closing?.(p).catch(() => undefined), await p.close().catch(() => undefined))));
  }
  return record;
}

export const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
