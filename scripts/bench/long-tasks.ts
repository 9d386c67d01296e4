// Which long tasks (> 50 ms) of a page are the extension's: a Chromium trace of the page's
// renderer main thread (RunTask events) with the V8 sampling profiler's samples in it. A task's
// time is the extension's when a frame of its stack comes from `chrome-extension://` (natives and
// layouts it forces included). A long task is counted as ours when it would not have been long
// without our share (task − ours <= 50 ms): the page's own long tasks (building a 3,000-row
// table, a layout of it) are the page's, whatever we add to them. A layout our code reads in an
// animation frame (the rings' rects) is the frame's own layout done a moment early: the page's.

export const LONG_TASK_MS = 50;

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number };
}

export interface LongTask {
  startMs: number;
  ms: number;
  oursMs: number;
  /** Ours: the task would have stayed under 50 ms without the extension's share. */
  ours: boolean;
  /** The extension's outermost frames in this task, by time (entry points: observer, timer, start). */
  entries: { where: string; ms: number }[];
  /** The extension's innermost frames in this task, by time (where the time is spent), with their caller. */
  hot: { where: string; ms: number }[];
}

export interface LongTaskReport {
  tasks: LongTask[];
  ours: number;
  /** The most extension time in any one task, long or not, and where it went. */
  maxOursMs: number;
  maxOursHot: { where: string; ms: number }[];
  sampled: boolean;
}

const OURS = 'chrome-extension://';

/** A trace as `page.tracing.stop()` gives it: its events. */
export function traceEventsOf(raw: Uint8Array | undefined): TraceEvent[] {
  return (JSON.parse(Buffer.from(raw ?? new Uint8Array()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
}

/** The renderer main thread showing `urlPart` (the trace lists each frame with its process). A page's
 *  own trace without the frame list (devtools.timeline alone) holds one renderer: the page's. */
export function mainThreadOf(events: TraceEvent[], urlPart: string): { pid: number; tid: number } | undefined {
  const renderers = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  let pid: number | undefined;
  for (const e of events) {
    const frames = (e.args?.data as { frames?: { url?: string; processId?: number }[] } | undefined)?.frames;
    const frame = frames?.find((f) => f.url?.includes(urlPart) && f.processId);
    if (frame) pid = frame.processId;
    const data = e.args?.data as { url?: string; frame?: string } | undefined;
    if (pid === undefined && e.name === 'CommitLoad' && data?.url?.includes(urlPart)) pid = e.pid;
  }
  const main = pid === undefined ? (renderers.length === 1 ? renderers[0] : undefined) : renderers.find((e) => e.pid === pid);
  return main && { pid: main.pid, tid: main.tid };
}

/** The sampling profiler's samples on one thread: time (trace µs) and stack leaf id, plus nodes. */
function samplesOf(events: TraceEvent[], pid: number, tid: number): { at: number[]; leaf: number[]; nodes: Map<number, ProfileNode> } {
  const starts = new Map<string, number>();
  for (const e of events) {
    // The profile is the main thread's; its chunks come from the profiler's own thread.
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid && e.id) starts.set(e.id, (e.args?.data as { startTime: number }).startTime);
  }
  const nodes = new Map<number, ProfileNode>();
  const at: number[] = [];
  const leaf: number[] = [];
  const clock = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !e.id || !starts.has(e.id)) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    let t = clock.get(e.id) ?? starts.get(e.id)!;
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      at.push(t);
      leaf.push(samples[i]!);
    }
    clock.set(e.id, t);
  }
  return { at, leaf, nodes };
}

/** Long tasks of the page's main thread, each with the extension's share (from samples). */
export function longTasksIn(events: TraceEvent[], pageUrlPart: string): LongTaskReport {
  const thread = mainThreadOf(events, pageUrlPart);
  if (!thread) throw new Error(`no renderer main thread shows ${pageUrlPart} in the trace`);
  const { pid, tid } = thread;
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const { at, leaf, nodes } = samplesOf(events, pid, tid);
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const frames = onThread.filter((e) => e.name === 'FireAnimationFrame');
  const frameLayouts = onThread
    .filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && frames.some((f) => e.ts >= f.ts && e.ts < f.ts + f.dur!))
    .map((e) => [e.ts, e.ts + e.dur!] as const);
  const inFrameLayout = (t: number): boolean => frameLayouts.some(([from, to]) => t >= from && t < to);
  const order = at.map((_, i) => i).sort((a, b) => at[a]! - at[b]!);
  const outerOurs = (id: number): ProfileNode | undefined => {
    let found: ProfileNode | undefined;
    for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
      if (node.callFrame.url?.startsWith(OURS)) found = node;
    }
    return found;
  };
  const innerOurs = (id: number): ProfileNode | undefined => {
    for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
      if (node.callFrame.url?.startsWith(OURS)) return node;
    }
    return undefined;
  };
  const where = (node: ProfileNode): string => {
    const f = node.callFrame;
    const file = (f.url ?? '').replace(/^chrome-extension:\/\/[^/]+\//, '');
    return `${file}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1} ${f.functionName || '(anonymous)'}`;
  };

  const out: LongTask[] = [];
  let maxOursMs = 0;
  let maxOursHot: { where: string; ms: number }[] = [];
  let s = 0;
  for (const task of tasks) {
    const start = task.ts;
    const end = task.ts + task.dur!;
    while (s < order.length && at[order[s]!]! < start) s++;
    let oursUs = 0;
    const entries = new Map<string, number>();
    const hot = new Map<string, number>();
    for (let k = s; k < order.length && at[order[k]!]! < end; k++) {
      const i = order[k]!;
      // A sample stands for the time until the next one (bounded by the task's end).
      const next = k + 1 < order.length ? Math.min(at[order[k + 1]!]!, end) : end;
      const outer = outerOurs(leaf[i]!);
      if (!outer || inFrameLayout(at[i]!)) continue;
      oursUs += next - at[i]!;
      const key = where(outer);
      entries.set(key, (entries.get(key) ?? 0) + (next - at[i]!));
      const innerNode = innerOurs(leaf[i]!)!;
      const caller = innerNode.parent === undefined ? undefined : innerOurs(innerNode.parent);
      const inner = caller ? `${where(innerNode)} ← ${where(caller)}` : where(innerNode);
      hot.set(inner, (hot.get(inner) ?? 0) + (next - at[i]!));
    }
    const ms = task.dur! / 1_000;
    const oursMs = oursUs / 1_000;
    if (oursMs > maxOursMs) {
      maxOursMs = oursMs;
      maxOursHot = top(hot, 3);
    }
    if (ms <= LONG_TASK_MS) continue;
    out.push({
      startMs: round(start / 1_000),
      ms: round(ms),
      oursMs: round(oursMs),
      ours: oursMs > 0 && ms - oursMs <= LONG_TASK_MS,
      entries: top(entries, 3),
      hot: top(hot, 5),
    });
  }
  return { tasks: out, ours: out.filter((t) => t.ours).length, maxOursMs: round(maxOursMs), maxOursHot, sampled: at.length > 0 };
}

const top = (byWhere: Map<string, number>, n: number): { where: string; ms: number }[] =>
  [...byWhere].sort((a, b) => b[1] - a[1]).slice(0, n).map(([where, us]) => ({ where, ms: round(us / 1_000) }));

const round = (n: number): number => Math.round(n * 10) / 10;
