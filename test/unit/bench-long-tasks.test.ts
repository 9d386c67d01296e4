// The bench's long-task attribution (scripts/bench/long-tasks.ts) on a hand-made trace: a long
// task is ours only when it would not have been long without our share; a layout our code reads
// in an animation frame is the frame's own.
import { describe, expect, it } from 'vitest';
import { longTasksIn, type TraceEvent } from '../../scripts/bench/long-tasks';

const PID = 7;
const MAIN = 1;
const EXT = 'chrome-extension://abc/content-scripts/leap.js';
const PAGE = 'https://www.jobprogress.com/app/bench.js';

/** A trace: the page's renderer, tasks (ms) and 1 ms samples whose stack is ours, the page's or idle. */
function trace(tasks: { at: number; ms: number }[], samples: ('ours' | 'page')[], extra: TraceEvent[] = []): TraceEvent[] {
  const base = { pid: PID, tid: MAIN };
  return [
    { ...base, name: 'TracingStartedInBrowser', ph: 'I', ts: 0, args: { data: { frames: [{ url: 'https://www.jobprogress.com/app/bench.html', processId: PID }] } } },
    { ...base, name: 'thread_name', ph: 'M', ts: 0, args: { name: 'CrRendererMain' } },
    ...tasks.map((t) => ({ ...base, name: 'RunTask', ph: 'X', ts: t.at * 1_000, dur: t.ms * 1_000 })),
    { ...base, name: 'Profile', ph: 'P', ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    {
      pid: PID,
      tid: 99, // the profiler's own thread
      name: 'ProfileChunk',
      ph: 'P',
      ts: 0,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: '', functionName: '(root)' } },
              { id: 2, parent: 1, callFrame: { url: PAGE, functionName: 'tick' } },
              { id: 3, parent: 1, callFrame: { url: EXT, functionName: 'render', lineNumber: 0, columnNumber: 9 } },
              { id: 4, parent: 3, callFrame: { url: '', functionName: 'getBoundingClientRect' } },
            ],
            samples: samples.map((s) => (s === 'ours' ? 4 : 2)),
          },
          timeDeltas: samples.map((_, i) => (i === 0 ? 0 : 1_000)),
        },
      },
    },
    ...extra,
  ];
}

describe('bench long-task attribution', () => {
  it('counts a long task as ours when the page alone would have stayed under 50 ms', () => {
    const report = longTasksIn(trace([{ at: 0, ms: 80 }], [...Array(40).fill('ours'), ...Array(40).fill('page')]), '/app/bench.html');
    expect(report.sampled).toBe(true);
    expect(report.tasks).toHaveLength(1);
    expect(report.tasks[0]).toMatchObject({ ms: 80, oursMs: 40, ours: true });
    expect(report.tasks[0]!.entries[0]!.where).toBe('content-scripts/leap.js:1:10 render');
    expect(report.ours).toBe(1);
  });

  it("leaves the page's own long task to the page, whatever we add to it", () => {
    const report = longTasksIn(trace([{ at: 0, ms: 100 }], [...Array(20).fill('ours'), ...Array(80).fill('page')]), '/app/bench.html');
    expect(report.tasks[0]).toMatchObject({ ms: 100, oursMs: 20, ours: false });
    expect(report.ours).toBe(0);
  });

  it("gives a layout read in an animation frame to the frame, and ignores short tasks", () => {
    const frame: TraceEvent[] = [
      { pid: PID, tid: MAIN, name: 'FireAnimationFrame', ph: 'X', ts: 0, dur: 70_000 },
      { pid: PID, tid: MAIN, name: 'Layout', ph: 'X', ts: 0, dur: 60_000 },
    ];
    const report = longTasksIn(trace([{ at: 0, ms: 70 }, { at: 100, ms: 30 }], Array(130).fill('ours'), frame), '/app/bench.html');
    expect(report.tasks).toHaveLength(1);
    expect(report.tasks[0]).toMatchObject({ ms: 70, oursMs: 10, ours: false });
    expect(report.maxOursMs).toBe(30);
  });
});
