import { buildGraph, loadWorkspace } from "@karma/core";
import { describe, expect, it } from "vitest";
import { sampleFiles } from "../test-support/sample-files.ts";
import { findEntries, finderEntriesOf } from "./finder-index.ts";

const workspace = loadWorkspace(sampleFiles());
const entries = finderEntriesOf(workspace, buildGraph(workspace, "prod"));

describe("the finder", () => {
  it("puts an exact nickname first, then other names containing it", () => {
    const ids = findEntries(entries, "usekarma-dev").map((match) => match.entry.id);
    expect(ids.slice(0, 3)).toEqual([
      "route53-zone/usekarma-dev",
      "serverless-site/usekarma-dev",
      "serverless-site/adage-usekarma-dev",
    ]);
  });

  it("matches the type and nickname words in any order", () => {
    const ids = findEntries(entries, "demo lambda").map((match) => match.entry.id);
    expect(ids).toEqual(["lambda/demo-api"]);
  });

  it("finds components by a config value and says which", () => {
    const [match] = findEntries(entries, "demo-api.usekarma.dev");
    expect(match?.entry.id).toBe("serverless-api/demo-api");
    expect(match?.because).toBe("domain_name: demo-api.usekarma.dev");
  });

  it("lists everything for an empty query and nothing for a miss", () => {
    expect(findEntries(entries, "")).toHaveLength(entries.length);
    expect(findEntries(entries, "no-such-thing")).toEqual([]);
  });
});
