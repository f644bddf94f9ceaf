/**
 * Runs a generator of steps (`validateInSteps` and the like) to its end, for tests: how many
 * times it yielded and what it returned.
 */
export function drainSteps<T>(steps: Generator<void, T>): { slices: number; result: T } {
  let slices = 0;
  let step = steps.next();
  while (!step.done) {
    slices++;
    step = steps.next();
  }
  return { slices, result: step.value };
}
