import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readThenClose, repositoryWithManyZones } from "./read-then-close.ts";

// `karma graph | head`: the reader goes away before the output is written

const bin = fileURLToPath(new URL("../bin/karma.js", import.meta.url));
let repository: string;

beforeAll(async () => {
  repository = await repositoryWithManyZones(1500);
});

afterAll(async () => {
  await rm(repository, { recursive: true, force: true });
});

describe("a closed output pipe", () => {
  it("ends the command quietly with its own exit code", async () => {
    const run = await readThenClose(
      process.execPath,
      [bin, "graph", repository, "--format", "json"],
      repository,
    );
    expect(run.read).toBeGreaterThan(0);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }, 60_000);

  it("keeps a failing command's exit code", async () => {
    const broken = join(repository, "iac/prod/route53-zone/broken");
    await mkdir(broken, { recursive: true });
    await writeFile(join(broken, "config.json"), "{");
    const run = await readThenClose(process.execPath, [bin, "validate", repository], repository);
    expect(run.read).toBeGreaterThan(0);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  }, 60_000);
});
