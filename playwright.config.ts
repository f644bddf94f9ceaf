import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium-launch.ts";

const port = Number(process.env.KARMA_E2E_PORT ?? 4317);

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // parallel runs on other ports keep their results apart
  outputDir: port === 4317 ? "test-results" : `test-results-${port}`,
  fullyParallel: true,
  // two cores, possibly busy with something else: every wait is for a state, with room to spare
  workers: Number(process.env.KARMA_E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `npx vite build && npx vite preview --strictPort --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    // a port of its own builds into a folder of its own, so parallel runs never share a build
    env: port === 4317 ? {} : { KARMA_OUT_DIR: `../dist-${port}` },
  },
});
