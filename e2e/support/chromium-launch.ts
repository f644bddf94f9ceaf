import { existsSync } from "node:fs";

// Debian's Chromium where it exists (CI and this workplace); Playwright's own browser elsewhere.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** How the end-to-end tests and the benchmarks start Chromium: headless, no network chatter. */
export const chromiumLaunchOptions = {
  executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
