// The matrix: walks of markup variants with the built extension, judged by what the card showed and
// what the extension captured. One browser (and one reference server) per session, reused across
// walks: before each walk the backend is reset, the extension disconnected (Disconnect forgets
// everything it keeps) and connected again with the walk's CRM, and the CRM sites' storage cleared
// (signed-in sessions, remembered tokens). Used by the matrix test files and `npm run matrix`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { launchSandboxBrowser } from '../../sandbox/browser';
import { startReferenceServer, type ReferenceServer } from '../../sandbox/server/index';
import { callSandbox } from '../../sandbox/server/testing';
import { allSites } from '../../sandbox/sites/index';
import { EXTENSION_PATH, type Sandbox } from '../harness';
import { extensionHooks, openDesk, readCaptured, resetExtension } from './extension-probe';
import { FIELDS } from './issued';
import { sleep } from '../person';
import { runWalk, type WalkHooks, type WalkRecord } from './run';
import type { CrmName, MarkupVariant, VariantWalk, WalkResult } from './types';

export interface MatrixRow extends WalkRecord {
  captured: Record<string, string>;
  /** Issued fields the extension holds with exactly the issued value. */
  capturedRight: string[];
  capturedWrongOrMissing: string[];
  /** Captured values that are decoys, or values for fields the CRM did not issue in this walk. */
  falseCaptures: { field: string; kind: 'decoy' | 'not issued' | 'other value' }[];
}

export function judge(record: WalkRecord, captured: Record<string, string>): Omit<MatrixRow, keyof WalkRecord | 'captured'> {
  // A walk that did not finish says nothing of what was issued: nothing to compare with.
  if (!record.result) return { capturedRight: [], capturedWrongOrMissing: [], falseCaptures: [] };
  const issued = record.result.issued;
  const decoys = record.result.decoys ?? {};
  const capturedRight = Object.keys(issued).filter((f) => captured[f] === issued[f]);
  const capturedWrongOrMissing = Object.keys(issued).filter((f) => captured[f] !== issued[f]);
  const falseCaptures: MatrixRow['falseCaptures'] = [];
  const heavysetSet = record.result.heavysetSet ?? {};
  for (const [field, value] of Object.entries(captured)) {
    // What HeavySet set itself (Zoho) may be mirrored by the assistant: not a capture, not false.
    if (heavysetSet[field] === value) continue;
    if (Object.values(decoys).some((list) => list.includes(value))) falseCaptures.push({ field, kind: 'decoy' });
    else if (issued[field] === undefined) falseCaptures.push({ field, kind: 'not issued' });
    else if (issued[field] !== value) falseCaptures.push({ field, kind: 'other value' });
  }
  return { capturedRight, capturedWrongOrMissing, falseCaptures };
}

const tail = (value: string | undefined) => (value === undefined ? 'nothing' : value.length > 8 ? `…${value.slice(-4)}` : value);

/** What went wrong in a walk, in words (secrets reduced to their last 4): empty when it passed. */
export function walkProblems(row: MatrixRow): string[] {
  const problems: string[] = [];
  if (!row.completed) problems.push(`the walk did not complete: ${row.error ?? 'no reason'}`);
  for (const cp of row.checkpoints) {
    if (!cp.expected) problems.push(`checkpoint ${cp.step}: no such step in steps.ts`);
    else if (!cp.matched) problems.push(`checkpoint ${cp.step}: the card showed "${cp.cardTitle ?? '(no card)'}", not "${cp.expected}"`);
  }
  for (const click of row.cardClicks) if (!click.clicked) problems.push(`the card had no "${click.name}" button`);
  for (const field of row.capturedWrongOrMissing) problems.push(`${field}: captured ${tail(row.captured[field])}, issued ${tail(row.result?.issued[field])}`);
  for (const f of row.falseCaptures) problems.push(`${f.field}: false capture (${f.kind}) ${tail(row.captured[f.field])}`);
  // The card must keep clear of what the step needs (the person had to minimise it to go on).
  for (const what of row.cardInTheWay) problems.push(`the card lay over what the person wanted: ${what}`);
  return problems;
}

/** How long a walk's end waits for the values it was issued to reach the extension. */
const SETTLE_MS = 3_000;

/**
 * A value shown as the walk ends may still be on its way to the extension (a busy machine): it gets the
 * moment a person reading the card would give it, no more. A value missed stays missed.
 */
async function untilIssuedHeld(sandbox: Sandbox, crm: CrmName, result: WalkResult, desk: Page): Promise<void> {
  const issued = Object.entries(result.issued);
  for (const deadline = Date.now() + SETTLE_MS; Date.now() < deadline; await sleep(200)) {
    const held = await readCaptured(sandbox, crm, issued.map(([field]) => field), desk);
    if (issued.every(([field, value]) => held[field] === value)) return;
  }
}

export interface MatrixSession {
  sandbox: Sandbox;
  run(variant: MarkupVariant, walk: VariantWalk): Promise<MatrixRow>;
  close(): Promise<void>;
}

export interface MatrixOptions {
  /** Folder for screenshots the walks take (`ctx.shot`) and of failures; none: no pictures. */
  shotDir?: string;
  /** What the walks ask of the extension (default: read its card, extension-probe.ts). */
  hooks?: WalkHooks;
}

export async function openMatrixSession(variants: MarkupVariant[], options: MatrixOptions = {}): Promise<MatrixSession> {
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_PATH}: run npm run build first.`);
  const server: ReferenceServer = await startReferenceServer({ quiet: true });
  const browser = await launchSandboxBrowser({ extensionPath: EXTENSION_PATH, serverUrl: server.url, sites: allSites, headless: true, variants, shareRenderers: true }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const sandbox: Sandbox = { server, browser, extensionUrl: (path) => `chrome-extension://${browser.extensionId}/${path}`, close: () => browser.close() };
  const hosts = [...new Set([...allSites, ...variants.flatMap((v) => v.sites)].flatMap((site) => site.hosts))];
  const desk = await openDesk(sandbox);
  return {
    sandbox,
    async run(variant, walk) {
      // Each walk starts clean: the sandbox CRMs as seeded, nothing captured, no CRM signed in.
      await callSandbox(server, 'POST', '/sandbox/reset');
      await resetExtension(sandbox, walk.crm, hosts, desk);
      const settle = (result: WalkResult) => untilIssuedHeld(sandbox, walk.crm, result, desk);
      const record = await runWalk(variant, walk, sandbox, { ...(options.hooks ?? extensionHooks), settle }, options.shotDir);
      const fields = [...new Set([...FIELDS[walk.crm], ...Object.keys(record.result?.issued ?? {}), ...Object.keys(record.result?.decoys ?? {})])];
      const captured = await readCaptured(sandbox, walk.crm, fields, desk);
      return { ...record, captured, ...judge(record, captured) };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
