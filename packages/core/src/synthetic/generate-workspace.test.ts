import { describe, expect, it } from "vitest";
import { validateRepositories } from "../repositories/validate-repositories.ts";
import { loadRepositories } from "../repositories/workspace-repositories.ts";
import { generateWorkspace } from "./generate-workspace.ts";

describe("generateWorkspace", () => {
  it("deals one repository's components out to named repositories that resolve each other", () => {
    const files = generateWorkspace({ repositories: 5, componentsEach: 40, seed: 3 });
    const loaded = loadRepositories(files, { first: "repo-00" });
    expect(loaded.repositories.map((r) => [r.name, r.workspace.components.length])).toEqual([
      ["repo-00", 40],
      ["repo-01", 40],
      ["repo-02", 40],
      ["repo-03", 40],
      ["repo-04", 40],
    ]);
    const errors = validateRepositories(loaded.repositories).filter((i) => i.severity === "error");
    expect(errors).toEqual([]);
    // references cross repositories
    expect(loaded.workspace.components.some((c) => c.repo === "repo-03")).toBe(true);
  });

  it("is the same for the same seed", () => {
    const options = { repositories: 3, componentsEach: 20, seed: 9 };
    expect(generateWorkspace(options)).toEqual(generateWorkspace(options));
  });
});
