import { spawn } from "node:child_process";
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stageWrite, temporaryFilePattern } from "../src/serve/atomic-write.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "karma-atomic-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("stageWrite", () => {
  it("writes beside the target and replaces it only on commit", async () => {
    const target = join(dir, "config.json");
    await writeFile(target, "old\n");
    const staged = await stageWrite(target, "new\n");
    expect(await readFile(target, "utf8")).toBe("old\n");
    const [temporary] = (await readdir(dir)).filter((name) => name !== "config.json");
    expect(temporary).toMatch(temporaryFilePattern);
    expect(await readFile(join(dir, temporary!), "utf8")).toBe("new\n");
    await staged.commit();
    expect(await readFile(target, "utf8")).toBe("new\n");
    expect(await readdir(dir)).toEqual(["config.json"]);
  });

  it("leaves the target untouched and no temporary file when discarded", async () => {
    const target = join(dir, "config.json");
    await writeFile(target, "old\n");
    await (await stageWrite(target, "new\n")).discard();
    expect(await readFile(target, "utf8")).toBe("old\n");
    expect(await readdir(dir)).toEqual(["config.json"]);
  });

  it("keeps the old file's permissions", async () => {
    const target = join(dir, "config.json");
    await writeFile(target, "old\n");
    await chmod(target, 0o600);
    await (await stageWrite(target, "new\n")).commit();
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it("leaves a whole file, old or new, when the process is killed while replacing it", async () => {
    const target = join(dir, "config.json");
    const size = 2_000_000;
    await writeFile(target, "A".repeat(size));
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        fileURLToPath(new URL("./fixtures/rewrite-until-killed.ts", import.meta.url)),
        target,
        String(size),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    expect(await exited).toBe(null);

    const text = await readFile(target, "utf8");
    expect(text.length).toBe(size);
    expect(text === "A".repeat(size) || text === "B".repeat(size)).toBe(true);
  });
});
