import { afterEach, describe, expect, it, vi } from "vitest";
import { generateWorkspace } from "../synthetic/generate-workspace.ts";
import { parseWorkspaceAhead } from "./parse-workspace-ahead.ts";
import { loadRepositories } from "./workspace-repositories.ts";

describe("parseWorkspaceAhead", () => {
  const files = generateWorkspace({
    repositories: 3,
    componentsEach: 20,
    environments: ["dev"],
    seed: 5,
  });

  afterEach(() => vi.restoreAllMocks());

  it("parses every repository's files ahead, also those under ../<name>/, for the load to take", () => {
    expect(Object.keys(files).some((path) => path.startsWith("../"))).toBe(true);
    const expected = loadRepositories(files, { first: "app" });
    const steps = parseWorkspaceAhead(files, 25);
    while (!steps.next().done);
    const parse = vi.spyOn(JSON, "parse");
    const loaded = loadRepositories({ ...files }, { first: "app" });
    // a text parsed ahead is taken once: only files with the text of an earlier one parse again
    const texts = Object.values(files);
    const repeated = texts.filter((text, index) => texts.indexOf(text) < index).length;
    expect(repeated).toBeLessThan(texts.length / 10);
    expect(parse).toHaveBeenCalledTimes(repeated);
    expect(loaded.repositories.map((repository) => repository.name)).toEqual(
      expected.repositories.map((repository) => repository.name),
    );
    expect(loaded.workspace.components.map((c) => [c.id, c.config])).toEqual(
      expected.workspace.components.map((c) => [c.id, c.config]),
    );
  });
});
