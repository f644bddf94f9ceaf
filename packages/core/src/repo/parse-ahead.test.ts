import { afterEach, describe, expect, it, vi } from "vitest";
import { generateRepository } from "../synthetic/generate-repository.ts";
import { loadWorkspace } from "./load-workspace.ts";
import { classifiedAhead, parseAhead } from "./parse-ahead.ts";

describe("parseAhead", () => {
  const files = generateRepository({ components: 120, environments: ["dev"], seed: 5 });

  afterEach(() => vi.restoreAllMocks());

  it("parses in slices, and the next load takes the documents parsed instead of parsing again", () => {
    const expected = loadWorkspace(files);
    const steps = parseAhead(files, 50);
    let slices = 1;
    while (!steps.next().done) slices++;
    expect(slices).toBeGreaterThanOrEqual(3);
    const parse = vi.spyOn(JSON, "parse");
    const loaded = loadWorkspace(files);
    expect(parse).not.toHaveBeenCalled();
    expect(loaded.components.map((c) => [c.id, c.config])).toEqual(
      expected.components.map((c) => [c.id, c.config]),
    );
    expect(loaded.readIssues).toEqual(expected.readIssues);
    // taken: a load after it parses again
    loadWorkspace({ ...files });
    expect(parse).toHaveBeenCalled();
  });

  it("classifies every path ahead, for every load after it to share", () => {
    const steps = parseAhead(files, 50);
    while (!steps.next().done);
    const kinds = classifiedAhead();
    expect([...kinds.keys()].sort()).toEqual(Object.keys(files).sort());
    expect(kinds.get("iac/dev/clickhouse/gateway-admin/config.json")?.where).toEqual({
      kind: "component",
      env: "dev",
      type: "clickhouse",
      nickname: "gateway-admin",
    });
    expect(kinds.get("account_environments/acme-dev.json")?.where.kind).toBe("account-environment");
  });

  it("stops when a newer parse ahead starts", () => {
    const older = parseAhead(files, 10);
    older.next();
    const newer = parseAhead(files, 1000);
    while (!newer.next().done);
    expect(older.next().done).toBe(true);
  });
});
