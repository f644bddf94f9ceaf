import { execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkoutInstallation } from "../src/checkout-installation.ts";
import type { OutputStream } from "../src/cli-io.ts";
import { main } from "../src/main.ts";

/** The bundled sample: a copy of the real usekarma/aws-config repository. */
export const fixtureDir = fileURLToPath(new URL("../../../public/sample", import.meta.url));
/** A real historical config file of that repository that is not valid JSON. */
export const invalidPlaceholderFile = fileURLToPath(
  new URL("../../core/test/fixtures/invalid-placeholder.config.json", import.meta.url),
);
const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(repositoryRoot, "packages/cli/bin/karma.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture implements OutputStream {
  text = "";
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** Runs `main()` in-process with captured output; no colours unless `tty` is set. */
export async function runMain(
  argv: string[],
  options: { cwd?: string; tty?: boolean; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  const stdout = new Capture(options.tty);
  const stderr = new Capture();
  const code = await main(
    argv,
    { stdout, stderr, cwd: options.cwd ?? repositoryRoot, env: options.env ?? {} },
    checkoutInstallation(),
  );
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Runs the real `karma` executable in a child process. */
export function runBin(argv: string[], cwd = repositoryRoot): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...argv], { cwd }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A writable copy of the real repository in the temp folder; remove it with `rm`. */
export async function copyFixture(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "karma-cli-"));
  await cp(fixtureDir, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
