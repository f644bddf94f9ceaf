import { describe, expect, it } from "vitest";
import { runInTasks } from "./run-in-tasks.ts";

describe("runInTasks", () => {
  it("runs one step a task and resolves when done", async () => {
    const done: number[] = [];
    const between: number[] = [];
    function* steps() {
      for (const step of [1, 2, 3]) {
        // the microtasks of the step before ran: this one is in a task of its own
        expect(between).toEqual(done);
        done.push(step);
        queueMicrotask(() => between.push(step));
        yield;
      }
    }
    const running = runInTasks(steps());
    expect(done).toEqual([]);
    await running;
    expect(done).toEqual([1, 2, 3]);
  });

  it("rejects with what a step throws", async () => {
    function* steps(): Generator<void> {
      yield;
      throw new Error("no");
    }
    await expect(runInTasks(steps())).rejects.toThrow("no");
  });
});
