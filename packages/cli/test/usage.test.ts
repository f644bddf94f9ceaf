import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDir, runMain } from "./run-cli.ts";

describe("karma usage", () => {
  it("lists the commands for --help", async () => {
    const { code, stdout, stderr } = await runMain(["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Usage: karma <command> \[options\]/);
    for (const name of ["validate", "graph", "schema"])
      expect(stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  it.each(["validate", "graph", "schema"])(
    "prints the options of %s for --help and help <command>",
    async (name) => {
      const viaFlag = await runMain([name, "--help"]);
      expect(viaFlag.code).toBe(0);
      expect(viaFlag.stdout).toMatch(new RegExp(`^Usage: karma ${name} `));
      expect((await runMain(["help", name])).stdout).toBe(viaFlag.stdout);
    },
  );

  it("exits 2 with the usage for a missing or unknown command", async () => {
    for (const argv of [[], ["deploy"], ["--verbose"]]) {
      const { code, stdout, stderr } = await runMain(argv);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(
        /^karma: (missing command|unknown command "deploy"|unknown option "--verbose")\n\nUsage: karma <command>/,
      );
    }
  });

  it("exits 2 with the command's usage for an unknown flag or a missing value", async () => {
    const unknown = await runMain(["validate", fixtureDir, "--strict"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^karma: unknown option '--strict'\n\nUsage: karma validate/);
    const missing = await runMain(["graph", fixtureDir, "--env"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^karma: option '--env <value>' argument missing\n/);
    const extra = await runMain(["validate", fixtureDir, fixtureDir]);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/^karma: expected at most one directory\n/);
  });

  it("exits 2 for a directory that does not exist or is a file", async () => {
    const missing = await runMain(["validate", "no/such/dir"], { cwd: fixtureDir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `karma: cannot read ${fixtureDir}/no/such/dir: no such file or directory\n`,
    );
    const file = await runMain(["graph", "account_environments/strall-com-dev.json"], {
      cwd: fixtureDir,
    });
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/^karma: .*strall-com-dev\.json is not a directory\n$/);
  });

  it("warns about a directory without any Karma files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "karma-empty-"));
    try {
      const { code, stdout, stderr } = await runMain(["validate", dir]);
      expect(code).toBe(0);
      expect(stdout).toBe("0 components in 0 environments: 0 errors, 0 warnings, 0 notes\n");
      expect(stderr).toMatch(
        /^karma: warning: no account_environments\/, iac\/ or \.karma\/ files in /,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads the working directory when no directory is given", async () => {
    const { code, stdout } = await runMain(["validate", "--json"], { cwd: fixtureDir });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).components).toBe(14);
  });
});
