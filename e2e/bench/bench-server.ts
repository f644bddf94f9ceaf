import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the benchmarks find the production build and serve it, and the browser they use. */

const root = fileURLToPath(new URL("../../", import.meta.url));
const outDir = resolve(root, "app", process.env.KARMA_OUT_DIR ?? "../dist");
const port = Number(process.env.KARMA_BENCH_PORT ?? 4318);
export const baseUrl = `http://127.0.0.1:${port}/`;
export { chromiumLaunchOptions as launchOptions } from "../support/chromium-launch.ts";
export const viewport = { width: 1440, height: 900 };

async function serverIsUp(): Promise<boolean> {
  try {
    return (await fetch(baseUrl)).ok;
  } catch {
    return false;
  }
}

/** Serves the build with `vite preview` unless a server is up; returns how to stop it. */
export async function startServer(): Promise<(() => void) | null> {
  if (await serverIsUp()) return null;
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir} is missing: run \`npx vite build\` first`);
  }
  // vite's own script under this node, so that killing this one process stops the server
  const vite = `${root}node_modules/vite/bin/vite.js`;
  const server = spawn(
    process.execPath,
    [vite, "preview", "--strictPort", "--port", String(port)],
    {
      cwd: root,
      stdio: "ignore",
    },
  );
  for (let i = 0; i < 100; i++) {
    if (await serverIsUp()) return () => server.kill();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`vite preview did not start on port ${port}`);
}
