import { describe, expect, it } from "vitest";
import { fixtureDir, runBin } from "./run-cli.ts";

describe("the karma executable", () => {
  it("exits 0 for a valid repository and prints the summary", async () => {
    const { code, stdout } = await runBin(["validate", fixtureDir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^14 components in 2 environments \(dev, prod\): 0 errors, /m);
  });

  it("exits 2 without a stack trace for a missing directory and an unknown command", async () => {
    const missing = await runBin(["validate", "/no/such/karma/repository"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      "karma: cannot read /no/such/karma/repository: no such file or directory\n",
    );
    const unknown = await runBin(["deploy"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^karma: unknown command "deploy"\n/);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });
});
