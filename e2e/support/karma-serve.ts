import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, realpath, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The app build of this run: playwright.config.ts builds into dist-<port> unless on the default port. */
export function appBuildDir(): string {
  const port = Number(process.env.KARMA_E2E_PORT ?? 4317);
  return join(root, port === 4317 ? "dist" : `dist-${port}`);
}

export interface ServedCopy {
  /** The address `karma serve` printed, with its token. */
  url: string;
  /** The temporary copy of the sample repository being served. */
  dir: string;
  stop(): Promise<void>;
}

/**
 * Copies the bundled sample to a temporary folder and runs the real `karma serve` on it, as a
 * child process on `port` (a free one by default), serving this run's app build.
 */
export async function serveSampleCopy(port = 0): Promise<ServedCopy> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "karma-e2e-serve-")));
  await cp(join(root, "public", "sample"), dir, { recursive: true });
  const child = spawn(
    process.execPath,
    [join(root, "packages/cli/bin/karma.js"), "serve", dir, "--port", String(port)],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, KARMA_APP_DIR: appBuildDir() } },
  );
  const url = await printedAddress(child);
  return {
    url,
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGINT");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function printedAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    let errors = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output)?.[0];
      if (found) resolve(found);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.once("exit", (code) =>
      reject(new Error(`karma serve exited with ${code} before printing its address: ${errors}`)),
    );
  });
}

/** A port nothing listens on now, to serve two repositories one after the other on it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}
