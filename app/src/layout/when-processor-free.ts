export interface ProcessorClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: ProcessorClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * How long one probe runs, and the pause between two. A thread back from sleep runs first for
 * a few milliseconds even on a busy processor (the scheduler's credit for sleeping); a shorter
 * probe came out clean there one time in three.
 */
const probeMs = 8;
const pauseMs = 30;
/** A read of the clock this long after the last means the thread was not running meanwhile. */
const gapMs = 0.5;
/** A probe that lost under this share of its time had the processor; this many in a row. */
const freeShare = 0.1;
const freeProbes = 2;

/**
 * Resolves once the processor has room for the main thread again, after `withinMs`, or as soon
 * as `stale()`: the milliseconds waited.
 *
 * A large layout leaves V8 compiling elk's code on background threads for up to a second after
 * the answer is ready (the first large layout tiers up thousands of functions). Handed over
 * meanwhile, the answer's drawing competes with that compilation: on a machine with two cores,
 * its tasks took three times their processor time. The worker spins for a few milliseconds at a
 * time and watches the clock: a thread that had to wait for a core finds time missing between
 * two reads; two clean probes in a row, and the processor is free.
 */
export async function whenProcessorFree(
  withinMs: number,
  stale: () => boolean = () => false,
  clock: ProcessorClock = realClock,
): Promise<number> {
  const started = clock.now();
  let clean = 0;
  while (clock.now() - started < withinMs && !stale()) {
    clean = lostShare(clock) < freeShare ? clean + 1 : 0;
    if (clean === freeProbes) break;
    await clock.sleep(pauseMs);
  }
  return clock.now() - started;
}

/** The share of a short spin during which this thread did not run. */
function lostShare(clock: ProcessorClock): number {
  const start = clock.now();
  let last = start;
  let lost = 0;
  while (last - start < probeMs) {
    const now = clock.now();
    if (now - last > gapMs) lost += now - last;
    last = now;
  }
  return lost / (last - start);
}
