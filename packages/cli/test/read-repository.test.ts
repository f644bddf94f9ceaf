import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../src/cli-error.ts";
import { readRepository } from "../src/read-repository.ts";
import { fixtureDir } from "./run-cli.ts";

describe("readRepository", () => {
  it("reads the real repository's account environments and components, sorted", async () => {
    const { files, notRead } = await readRepository(fixtureDir);
    expect(notRead).toEqual([]);
    const paths = Object.keys(files);
    expect(paths).toHaveLength(18);
    expect(paths[0]).toBe("account_environments/strall-com-dev.json");
    expect(paths).toContain("iac/prod/route53-zone/usekarma-dev/config.json");
    expect(paths).not.toContain("LICENSE");
    expect(paths).toEqual([...paths].sort());
  });

  it("keeps iac/ and .karma/ files, skips .git, node_modules and non-JSON account files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "karma-read-"));
    const put = async (path: string, text = "{}") => {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    };
    try {
      await put("account_environments/a.json");
      await put("account_environments/README.md");
      await put("iac/dev/vpc/main/config.json", '{"cidr": "10.0.0.0/16"}');
      await put("iac/dev/vpc/main/notes.txt", "kept");
      await put("iac/.git/HEAD");
      await put("iac/node_modules/x/config.json");
      await put(".karma/types/queue.json");
      await put(".karma/layout/dev.json");
      await put("src/index.ts");
      const { files, notRead } = await readRepository(dir);
      expect(notRead).toEqual([]);
      expect(files).toEqual({
        ".karma/layout/dev.json": "{}",
        ".karma/types/queue.json": "{}",
        "account_environments/a.json": "{}",
        "iac/dev/vpc/main/config.json": '{"cidr": "10.0.0.0/16"}',
        "iac/dev/vpc/main/notes.txt": "kept",
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("throws a usage error for a missing directory", async () => {
    const error = await readRepository(join(tmpdir(), "karma-does-not-exist")).catch((e) => e);
    expect(error).toBeInstanceOf(CliError);
    expect(error.exitCode).toBe(2);
  });
});
