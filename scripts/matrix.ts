// `npm run matrix [-- --variant <id>] [--walk <words>] [--shots]`: every walk of every markup variant
// with the built extension (.output/chrome-mv3, or EXTENSION_PATH; build it first), one at a time on
// one reference server (reset between walks) in a fresh browser profile each (nothing captured yet). Prints variant × walk:
// completed, checkpoints where the card showed the step, captured == issued, false captures; the
// details (card text at each checkpoint, what was captured) go to artifacts/matrix.json.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchSandboxBrowser } from '../test/sandbox/browser';
import { startReferenceServer } from '../test/sandbox/server/index';
import { callSandbox } from '../test/sandbox/server/testing';
import { allSites } from '../test/sandbox/sites/index';
import { EXTENSION_PATH, type Sandbox } from '../test/e2e/harness';
import { connectExtension, extensionHooks, readCaptured } from '../test/e2e/variants/extension-probe';
import { allVariants } from '../test/e2e/variants/index';
import { FIELDS } from '../test/e2e/variants/issued';
import { runWalk, type WalkRecord } from '../test/e2e/variants/run';

interface MatrixRow extends WalkRecord {
  captured: Record<string, string>;
  /** Issued fields the extension holds with exactly the issued value. */
  capturedRight: string[];
  capturedWrongOrMissing: string[];
  /** Captured values that are decoys, or values for fields the CRM did not issue in this walk. */
  falseCaptures: { field: string; kind: 'decoy' | 'not issued' | 'other value' }[];
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function judge(record: WalkRecord, captured: Record<string, string>): Omit<MatrixRow, keyof WalkRecord | 'captured'> {
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

function table(rows: MatrixRow[]): string {
  const cells = rows.map((r) => {
    const cps = r.checkpoints.length ? `${r.checkpoints.filter((c) => c.matched).length}/${r.checkpoints.length}` : '–';
    const issuedCount = Object.keys(r.result?.issued ?? {}).length;
    const captured = issuedCount ? `${r.capturedRight.length}/${issuedCount}` : '–';
    const falses = r.result ? String(r.falseCaptures.length) : '?';
    return [r.variant, r.walk.length > 58 ? `${r.walk.slice(0, 57)}…` : r.walk, r.completed ? 'yes' : 'NO', cps, captured, falses, String(r.cardInTheWay.length)];
  });
  const head = ['variant', 'walk', 'completed', 'checkpoints', 'captured=issued', 'false', 'card in the way'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_PATH}: run npm run build first.`);
  const onlyVariant = argValue('--variant');
  const onlyWalk = argValue('--walk');
  const shotDir = process.argv.includes('--shots') ? resolve('artifacts/matrix-shots') : undefined;
  const variants = allVariants.filter((v) => !onlyVariant || v.id === onlyVariant);
  if (!variants.length) throw new Error(`No variant "${onlyVariant}". Known: ${allVariants.map((v) => v.id).join(', ')}`);

  const server = await startReferenceServer({ quiet: true });
  const rows: MatrixRow[] = [];
  const started = Date.now();
  try {
    for (const variant of variants) {
      for (const walk of variant.walks.filter((w) => !onlyWalk || w.name.includes(onlyWalk))) {
        // Each walk starts clean: the sandbox CRMs as seeded, a fresh profile with nothing captured.
        await callSandbox(server, 'POST', '/sandbox/reset');
        const browser = await launchSandboxBrowser({ extensionPath: EXTENSION_PATH, serverUrl: server.url, sites: allSites, headless: true, variants });
        const sandbox: Sandbox = {
          server,
          browser,
          extensionUrl: (path) => `chrome-extension://${browser.extensionId}/${path}`,
          close: () => browser.close(),
        };
        let row: MatrixRow;
        try {
          await connectExtension(sandbox, walk.crm);
          const record = await runWalk(variant, walk, sandbox, extensionHooks, shotDir);
          const fields = [...new Set([...FIELDS[walk.crm], ...Object.keys(record.result?.issued ?? {}), ...Object.keys(record.result?.decoys ?? {})])];
          const captured = await readCaptured(sandbox, walk.crm, fields);
          row = { ...record, captured, ...judge(record, captured) };
        } finally {
          await browser.close();
        }
        rows.push(row);
        const cps = `${row.checkpoints.filter((c) => c.matched).length}/${row.checkpoints.length}`;
        console.log(`${row.completed ? 'done' : 'FAIL'} ${variant.id}: ${walk.name} (${Math.round(row.ms / 100) / 10} s, checkpoints ${cps})${row.error ? `\n     ${row.error.split('\n')[0]}` : ''}`);
      }
    }
  } finally {
    await server.close();
  }
  console.log(`\n${table(rows)}\n`);
  // Secrets stay out of the report: captured and issued values are compared above, only their last 4 are kept.
  const redacted = rows.map((r) => ({
    ...r,
    captured: mask(r.captured),
    result: r.result && { ...r.result, issued: mask(r.result.issued), decoys: r.result.decoys && Object.fromEntries(Object.entries(r.result.decoys).map(([k, v]) => [k, v.map(tail)])) },
  }));
  await mkdir(resolve('artifacts'), { recursive: true });
  await writeFile(resolve('artifacts/matrix.json'), JSON.stringify({ extension: EXTENSION_PATH, ms: Date.now() - started, rows: redacted }, null, 2));
  const summary = {
    walks: rows.length,
    completed: rows.filter((r) => r.completed).length,
    allCheckpoints: rows.filter((r) => r.checkpoints.length && r.checkpoints.every((c) => c.matched)).length,
    allCaptured: rows.filter((r) => r.capturedWrongOrMissing.length === 0 && Object.keys(r.result?.issued ?? {}).length > 0).length,
    noFalseCaptures: rows.filter((r) => r.falseCaptures.length === 0).length,
  };
  console.log(
    `${summary.completed}/${summary.walks} completed, ${summary.allCheckpoints} with every checkpoint right, ${summary.allCaptured} with every issued value captured, ${summary.noFalseCaptures} without false captures (${Math.round((Date.now() - started) / 1000)} s). Details: artifacts/matrix.json`,
  );
}

const tail = (value: string) => (value.length > 8 ? `…${value.slice(-4)}` : value);
const mask = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, tail(v)]));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
