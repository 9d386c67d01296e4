// The content script's lifecycle: nothing it started runs once the extension is gone, and a timer
// or frame leaves nothing behind (the rings ask for a frame on every page update: a listener per
// frame on the abort signal would pile up for as long as the tab stays open).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLifecycle } from '../../utils/lifecycle';

const runtime = { id: 'ext-id' as string | undefined };
beforeEach(() => {
  vi.stubGlobal('browser', { runtime });
  vi.stubGlobal('chrome', { runtime });
});
afterEach(() => {
  runtime.id = 'ext-id';
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('createLifecycle', () => {
  it('runs timers, idle callbacks and frames while the extension is alive', async () => {
    const lifecycle = createLifecycle();
    const ran: string[] = [];
    lifecycle.setTimeout(() => ran.push('timer'), 1);
    lifecycle.requestIdleCallback(() => ran.push('idle'));
    lifecycle.requestAnimationFrame(() => ran.push('frame'));
    await tick(60);
    expect(ran.sort()).toEqual(['frame', 'idle', 'timer']);
  });

  it('runs none of them once the extension is gone, and says so to onInvalidated', async () => {
    const lifecycle = createLifecycle();
    const ran: string[] = [];
    const invalidated = vi.fn();
    lifecycle.onInvalidated(invalidated);
    lifecycle.setTimeout(() => ran.push('timer'), 5);
    lifecycle.requestAnimationFrame(() => ran.push('frame'));
    runtime.id = undefined; // reloaded or removed
    await tick(60);
    expect(ran).toEqual([]);
    expect(invalidated).toHaveBeenCalledTimes(1);
    expect(lifecycle.signal.aborted).toBe(true);
  });

  it('asks the extension at most every 100 ms, and runs nothing once it has found it gone', async () => {
    const lifecycle = createLifecycle();
    let asked = 0;
    const counted = {
      get id() {
        asked++;
        return runtime.id;
      },
    };
    vi.stubGlobal('browser', { runtime: counted });
    vi.stubGlobal('chrome', { runtime: counted });
    const ran: number[] = [];
    for (let i = 0; i < 20; i++) lifecycle.setTimeout(() => ran.push(i), 1);
    await tick(30);
    expect(ran).toHaveLength(20);
    expect(asked).toBe(1);
    runtime.id = undefined;
    await tick(110);
    lifecycle.setTimeout(() => ran.push(99), 1);
    await tick(20);
    expect(ran).toHaveLength(20);
    expect(lifecycle.signal.aborted).toBe(true);
  });

  it('adds no listener to its signal per timer or frame', () => {
    const lifecycle = createLifecycle();
    const add = vi.spyOn(lifecycle.signal, 'addEventListener');
    for (let i = 0; i < 1_000; i++) {
      lifecycle.setTimeout(() => undefined, 1);
      lifecycle.requestAnimationFrame(() => undefined);
      lifecycle.requestIdleCallback(() => undefined);
    }
    expect(add).not.toHaveBeenCalled();
  });
});
