import {describe, expect, it} from 'vitest';
import {ByteBudget, Priority} from '../../source/feeds/limiter.js';

describe('the budget of bytes in flight', () => {
  it('lets feeds start while their bodies fit, holds the next until one is stored, and never stops a body larger than the budget', async () => {
    const budget = new ByteBudget(100);
    const first = await budget.reserve(60);
    const started: string[] = [];
    const second = budget.reserve(60).then(reservation => (started.push('second'), reservation));
    await new Promise(resolve => setTimeout(resolve, 5));
    expect(started).toEqual([]);
    // The first body turned out small: the second fits now.
    first.resize(30);
    const held = await second;
    expect(started).toEqual(['second']);
    expect(budget.inFlight).toBe(90);
    first.release();
    held.release();
    expect(budget.inFlight).toBe(0);
    const huge = await budget.reserve(500);
    expect(budget.inFlight).toBe(500);
    huge.release();
  });
});

describe('priority for reading', () => {
  it('resolves idle() only once the last reader left', async () => {
    const priority = new Priority();
    await priority.idle();
    priority.enter();
    priority.enter();
    let idle = false;
    void priority.idle().then(() => (idle = true));
    priority.leave();
    await Promise.resolve();
    expect(idle).toBe(false);
    priority.leave();
    await Promise.resolve();
    expect(idle).toBe(true);
  });

  it('with a quiet time, resolves idle() only once nothing has had priority for that long', async () => {
    const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
    const priority = new Priority(40);
    // Nothing read yet: no pause to wait for.
    await priority.idle();
    priority.enter();
    priority.leave();
    let idleAt: number | null = null;
    const waiting = priority.idle().then(() => (idleAt = performance.now()));
    await sleep(20);
    expect(idleAt).toBeNull();
    // The next feed arrives within the pause: the quiet time starts again when it is read.
    priority.enter();
    await sleep(30);
    expect(idleAt).toBeNull();
    priority.leave();
    const left = performance.now();
    await waiting;
    expect(idleAt! - left).toBeGreaterThanOrEqual(39);
  });

  it('waits for no pause once the reading is over: finish() lets a waiting analysis go at once', async () => {
    const priority = new Priority(10_000);
    priority.enter();
    priority.leave();
    let idle = false;
    const waiting = priority.idle().then(() => (idle = true));
    await new Promise(resolve => setTimeout(resolve, 20));
    expect(idle).toBe(false);
    priority.finish();
    await waiting;
    expect(idle).toBe(true);
    // And from now on at once, also right after more reading.
    priority.enter();
    priority.leave();
    let again = false;
    void priority.idle().then(() => (again = true));
    await Promise.resolve();
    expect(again).toBe(true);
  });
});
