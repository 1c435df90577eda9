import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createIntakeLull } from "../src/transports/feishu/intake-lull.js";

/**
 * When the server starts loading its processing side: at once when an event needs it, else
 * after a spell with no webhook request under way (intake-lull.ts).
 */
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Whether `p` has settled once the timers have advanced by `ms`. */
async function settledAfter(p: Promise<void>, ms: number): Promise<boolean> {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return done;
}

describe("the intake lull", () => {
  it("with no request, resolves after the quiet spell, not before", async () => {
    const lull = createIntakeLull(() => Date.now());
    const waiting = lull.wait(100, 10_000);
    expect(await settledAfter(waiting, 99)).toBe(false);
    expect(await settledAfter(waiting, 1)).toBe(true);
  });

  it("a request under way holds it; the spell counts from the request's end", async () => {
    const lull = createIntakeLull(() => Date.now());
    const waiting = lull.wait(100, 10_000);
    await vi.advanceTimersByTimeAsync(50);
    lull.begin();
    expect(await settledAfter(waiting, 500)).toBe(false);
    lull.end();
    expect(await settledAfter(waiting, 99)).toBe(false);
    expect(await settledAfter(waiting, 1)).toBe(true);
  });

  it("requests that keep coming hold it, until one brings an event in", async () => {
    const lull = createIntakeLull(() => Date.now());
    const waiting = lull.wait(100, 10_000);
    for (let i = 0; i < 10; i++) {
      lull.begin();
      await vi.advanceTimersByTimeAsync(20);
      lull.end();
      await vi.advanceTimersByTimeAsync(60);
    }
    expect(await settledAfter(waiting, 0)).toBe(false);
    lull.begin();
    lull.needed();
    // At once, though the request that brought it is still under way.
    expect(await settledAfter(waiting, 0)).toBe(true);
  });

  it("an event needed before the wait: resolves at once", async () => {
    const lull = createIntakeLull(() => Date.now());
    lull.needed();
    expect(await settledAfter(lull.wait(100, 10_000), 0)).toBe(true);
  });

  it("requests that never bring an event in (forged, duplicates) hold it back no longer than maxMs", async () => {
    const lull = createIntakeLull(() => Date.now());
    const waiting = lull.wait(100, 1000);
    let settled = false;
    void waiting.then(() => {
      settled = true;
    });
    for (let t = 0; t < 990; t += 30) {
      lull.begin();
      await vi.advanceTimersByTimeAsync(10);
      lull.end();
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(settled).toBe(false);
    lull.begin();
    await vi.advanceTimersByTimeAsync(20);
    expect(settled).toBe(true);
  });
});
