import { describe, expect, it } from "vitest";
import { drainSteps } from "../../test/drain-steps.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { generateRepository } from "../synthetic/generate-repository.ts";
import { validateInSteps, validateWorkspace } from "./validate-workspace.ts";

describe("validateInSteps", () => {
  const files = generateRepository({ components: 600, environments: ["dev", "prod"], seed: 3 });

  it("finds what validateWorkspace finds, in slices, and leaves it memoised", () => {
    const expected = validateWorkspace(loadWorkspace(files));
    const workspace = loadWorkspace(files);
    const { slices, result } = drainSteps(validateInSteps(workspace, 100));
    expect(result).toEqual(expected);
    // 6 slices of own config, a resolution of 300 components per environment in 3 slices each
    expect(slices).toBeGreaterThanOrEqual(10);
    expect(validateWorkspace(workspace)).toBe(result);
    // validated already: one step
    expect(drainSteps(validateInSteps(workspace, 100)).slices).toBe(0);
  });

  it("is the same for a workspace loaded from a previous one", () => {
    const path = Object.keys(files).find((file) => file.startsWith("iac/prod/s3-bucket/"))!;
    const previous = loadWorkspace(files);
    validateWorkspace(previous);
    const edited = { ...files, [path]: files[path]!.replace("{", '{\n  "versioning": true,') };
    const workspace = loadWorkspace(edited, { previous });
    const { result } = drainSteps(validateInSteps(workspace, 50));
    expect(result).toEqual(validateWorkspace(loadWorkspace(edited)));
  });
});
