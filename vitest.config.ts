import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "app/src/**/*.test.ts",
    ],
    testTimeout: 30_000,
    // vitest's default leaves a core free: one worker on a two-core machine, where much of the
    // suite waits on processes it started (the CLI's tests), so a second worker finishes a third sooner
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
