import { describe, expect, it } from "vitest";
import { type ProcessorClock, whenProcessorFree } from "./when-processor-free.ts";

/**
 * A clock that advances by `step` per read, and loses `lost(t)` ms at a read where the thread
 * would have waited for a core.
 */
function clock(lost: (t: number) => number): ProcessorClock & { sleeps: number } {
  let t = 0;
  return {
    sleeps: 0,
    now() {
      t += 0.01 + lost(t);
      return t;
    },
    async sleep(ms) {
      this.sleeps++;
      t += ms;
    },
  };
}

describe("whenProcessorFree", () => {
  it("resolves after a few clean probes when the processor is free", async () => {
    const free = clock(() => 0);
    const waited = await whenProcessorFree(2000, undefined, free);
    expect(free.sleeps).toBe(1);
    expect(waited).toBeLessThan(100);
  });

  it("waits while probes lose time, and resolves once they stop losing it", async () => {
    // busy for the first 500 ms: every read now and then comes 3 ms late
    let reads = 0;
    const busy = clock((t) => (t < 500 && ++reads % 50 === 0 ? 3 : 0));
    const waited = await whenProcessorFree(2000, undefined, busy);
    expect(waited).toBeGreaterThanOrEqual(500);
    expect(waited).toBeLessThan(700);
  });

  it("gives up waiting after the time it was given", async () => {
    let reads = 0;
    const busy = clock(() => (++reads % 50 === 0 ? 3 : 0));
    const waited = await whenProcessorFree(300, undefined, busy);
    expect(waited).toBeGreaterThanOrEqual(300);
    expect(waited).toBeLessThan(350);
  });

  it("does not take one clean probe between busy ones for a free processor", async () => {
    // every other probe is clean, as when a thread back from sleep runs first
    let probe = 0;
    let last = 0;
    let reads = 0;
    const alternating = clock((t) => {
      if (t - last > 20) probe++;
      last = t;
      return probe % 2 === 0 && ++reads % 50 === 0 ? 3 : 0;
    });
    expect(await whenProcessorFree(1000, undefined, alternating)).toBeGreaterThanOrEqual(1000);
  });

  it("stops waiting once what it holds is stale", async () => {
    let reads = 0;
    const busy = clock(() => (++reads % 50 === 0 ? 3 : 0));
    let asked = 0;
    await whenProcessorFree(2000, () => ++asked > 3, busy);
    expect(busy.sleeps).toBe(3);
  });
});
