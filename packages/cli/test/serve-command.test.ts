import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { OutputStream } from "../src/cli-io.ts";
import { createServeCommand } from "../src/commands/serve.ts";
import { fixtureDir, runMain } from "./run-cli.ts";
import { call } from "./serve-harness.ts";

const bin = fileURLToPath(new URL("../bin/karma.js", import.meta.url));

class Capture implements OutputStream {
  text = "";
  #waiting: ((text: string) => void) | undefined;
  write(chunk: string): boolean {
    this.text += chunk;
    this.#waiting?.(this.text);
    return true;
  }
  /** Resolves once the output holds an address. */
  address(): Promise<string> {
    const found = () => /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(this.text)?.[0];
    return new Promise((resolve) => {
      const now = found();
      if (now) return resolve(now);
      this.#waiting = () => {
        const later = found();
        if (later) resolve(later);
      };
    });
  }
}

describe("karma serve", () => {
  it("is listed with its options", async () => {
    expect((await runMain(["--help"])).stdout).toMatch(/^ {2}serve +open the repository/m);
    const help = await runMain(["serve", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: karma serve \[dir\] \[--port <port>\]/);
  });

  it("refuses a bad port, a missing repository and a missing app build", async () => {
    const port = await runMain(["serve", fixtureDir, "--port", "http"]);
    expect(port.code).toBe(2);
    expect(port.stderr).toMatch(/^karma: --port must be a number from 0 to 65535, not "http"\n/);
    const missing = await runMain(["serve", "/no/such/karma/repository", "--port", "0"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or directory/);

    const noApp = createServeCommand({ distDir: join(tmpdir(), "karma-no-dist") });
    const stderr = new Capture();
    const error = await noApp
      .run([fixtureDir, "--port", "0"], { stdout: new Capture(), stderr, cwd: fixtureDir, env: {} })
      .catch((e: Error & { exitCode: number }) => e);
    expect(error).toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(
        /^no built app at .*: in a checkout, run `npm run build` first/,
      ),
    });
  });

  it("prints the address, serves until stopped, then exits 0", async () => {
    const dist = await mkdtemp(join(tmpdir(), "karma-dist-"));
    await writeFile(join(dist, "index.html"), "<!doctype html><title>Karma</title>\n");
    let stop: () => void = () => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const command = createServeCommand({ distDir: dist, stopSignal: () => stopped });
    const stdout = new Capture();
    try {
      const running = command.run([fixtureDir, "--port", "0"], {
        stdout,
        stderr: new Capture(),
        cwd: fixtureDir,
        env: {},
      });
      const address = new URL(await stdout.address());
      expect(stdout.text).toMatch(new RegExp(`^Serving ${fixtureDir}\n`));
      const port = Number(address.port);
      const token = address.searchParams.get("token")!;
      const files = await call(port, "GET", "/api/files", { headers: { "X-Karma-Token": token } });
      expect(Object.keys(files.json<{ files: object }>().files)).toHaveLength(18);
      stop();
      expect(await running).toBe(0);
      expect(stdout.text).toMatch(/Stopped\.\n$/);
      await expect(call(port, "GET", "/")).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it("runs from the karma executable with the app of KARMA_APP_DIR and stops on Ctrl+C", async () => {
    // a built app of its own, so the test does not depend on `npm run build` having run
    const dist = await mkdtemp(join(tmpdir(), "karma-app-"));
    await writeFile(join(dist, "index.html"), "<!doctype html><title>Karma app dir</title>\n");
    const child = spawn(process.execPath, [bin, "serve", fixtureDir, "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, KARMA_APP_DIR: dist },
    });
    try {
      let output = "";
      const address = await new Promise<URL>((resolve) => {
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output)?.[0];
          if (found) resolve(new URL(found));
        });
      });
      const page = await call(Number(address.port), "GET", address.pathname + address.search);
      expect(page.status).toBe(200);
      expect(page.body).toMatch(/<title>Karma app dir<\/title>/);
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(output).toMatch(/Stopped\.\n$/);
    } finally {
      child.kill();
      await rm(dist, { recursive: true, force: true });
    }
  });
});
