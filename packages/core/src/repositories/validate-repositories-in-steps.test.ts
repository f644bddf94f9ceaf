import { describe, expect, it } from "vitest";
import { drainSteps } from "../../test/drain-steps.ts";
import { generateWorkspace } from "../synthetic/generate-workspace.ts";
import { validateRepositories, validateRepositoriesInSteps } from "./validate-repositories.ts";
import { loadRepositories } from "./workspace-repositories.ts";

describe("validateRepositoriesInSteps", () => {
  const files = generateWorkspace({
    repositories: 4,
    componentsEach: 60,
    environments: ["dev", "prod"],
    seed: 9,
  });

  it("finds what validateRepositories finds, in steps, and leaves it memoised", () => {
    const expected = validateRepositories(loadRepositories(files, { first: "app" }).repositories);
    expect(expected.some((issue) => issue.file.startsWith("repo-01/"))).toBe(true);
    const { repositories } = loadRepositories({ ...files }, { first: "app" });
    const { slices, result } = drainSteps(validateRepositoriesInSteps(repositories, 20));
    expect(result).toEqual(expected);
    // resolutions in slices; references across, the graph and its cycles per environment; issues
    expect(slices).toBeGreaterThanOrEqual(4 * 2 * 2 + 2 * 6 + 4);
    expect(validateRepositories(repositories)).toEqual(result);
    // validated already: one step
    expect(drainSteps(validateRepositoriesInSteps(repositories, 20)).slices).toBe(0);
  });

  it("is validateInSteps for one repository", () => {
    const one = Object.fromEntries(
      Object.entries(files).filter(([path]) => !path.startsWith("../")),
    );
    const { repositories } = loadRepositories(one, { first: "app" });
    expect(repositories).toHaveLength(1);
    expect(drainSteps(validateRepositoriesInSteps(repositories, 20)).result).toEqual(
      validateRepositories(repositories),
    );
  });
});
