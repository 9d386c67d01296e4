// The bench's exact count of our time (scripts/bench/ours.ts) on a hand-made trace: the content
// script's calls are summed per tick, the page's layout run inside one of them is taken out, and
// the page's own calls (and another process's) are not ours.
import { describe, expect, it } from 'vitest';
import { ourTimeIn } from '../../scripts/bench/ours';
import type { TraceEvent } from '../../scripts/bench/long-tasks';

const EXT = 'chrome-extension://abc/content-scripts/leap.js';
const PAGE = 'https://www.jobprogress.com/app/bench.js';
const call = (url: string, ts: number, ms: number, line = 0, pid = 7): TraceEvent => ({
  name: 'FunctionCall',
  ph: 'X',
  pid,
  tid: 1,
  ts: ts * 1_000,
  dur: ms * 1_000,
  args: { data: { url, functionName: '', lineNumber: line, columnNumber: 9 } },
});
const work = (name: string, ts: number, ms: number): TraceEvent => ({ name, ph: 'X', pid: 7, tid: 1, ts: ts * 1_000, dur: ms * 1_000 });

describe('ourTimeIn', () => {
  it('sums our calls per tick, without the layout and style run inside them', () => {
    const events: TraceEvent[] = [
      { name: 'TracingStartedInBrowser', ph: 'I', pid: 7, tid: 1, ts: 0, args: { data: { frames: [{ url: 'https://www.jobprogress.com/app/bench.html', processId: 7 }] } } },
      { name: 'thread_name', ph: 'M', pid: 7, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
      call(PAGE, 0, 20), // the page's tick
      work('Layout', 5, 8), // inside the page's call: the page's
      call(EXT, 30, 1, 1), // the observer callback
      call(EXT, 40, 10, 2), // a frame reading the rings' rects …
      work('UpdateLayoutTree', 41, 1),
      work('Layout', 42, 8), // … which forces the page's pending layout
      call(EXT, 60, 1, 1),
      call(EXT, 70, 5, 1, 8), // another process (the service worker): not this page
    ];
    const ours = ourTimeIn(events, 2, '/app/bench.html');
    expect(ours.msPerTick).toBeCloseTo((1 + 1 + 1) / 2);
    expect(ours.entries.map((e) => e.where)).toEqual(['content-scripts/leap.js:1:9 (anonymous)', 'content-scripts/leap.js:2:9 (anonymous)']);
    expect(ours.entries[0]!.msPerTick).toBeCloseTo(1);
  });

  it('takes the one renderer of a trace without the frame list, and refuses to guess among two', () => {
    const renderer = (pid: number): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid: 1, ts: 0, args: { name: 'CrRendererMain' } });
    expect(ourTimeIn([renderer(7), call(EXT, 0, 2)], 1, '/app/bench.html').msPerTick).toBeCloseTo(2);
    expect(() => ourTimeIn([renderer(7), renderer(8), call(EXT, 0, 1)], 1, '/app/bench.html')).toThrow(/renderer/);
    expect(() => ourTimeIn([call(EXT, 0, 1)], 1, '/app/bench.html')).toThrow(/renderer/);
  });
});
