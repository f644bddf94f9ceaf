import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureDir } from "./run-cli.ts";

/**
 * Runs a command as `command | head -c 1` would: the first chunk of its output is read and the
 * pipe closed. Resolves with its exit code and what it wrote to stderr.
 */
export function readThenClose(
  file: string,
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stderr: string; read: number }> {
  return new Promise((done, fail) => {
    const child = spawn(file, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let read = 0;
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.once("data", (chunk: Buffer) => {
      read = chunk.length;
      child.stdout.destroy();
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, stderr, read }));
  });
}

/**
 * A repository whose graph is far larger than a pipe's buffer: the sample's environments and
 * `count` copies of its prod zone.
 */
export async function repositoryWithManyZones(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "karma-many-zones-"));
  await cp(join(fixtureDir, "account_environments"), join(dir, "account_environments"), {
    recursive: true,
  });
  const zone = await readFile(
    join(fixtureDir, "iac/prod/route53-zone/strall-com/config.json"),
    "utf8",
  );
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `iac/prod/route53-zone/zone-${i}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "config.json"), zone);
  }
  return dir;
}
