import { describe, expect, it } from "vitest";
import { followSelection } from "./follow-selection.ts";

const vpc = (nickname: string) => `iac/prod/vpc/${nickname}/config.json`;
const before = { [vpc("main")]: "{}\n", [vpc("edge")]: "{}\n" };

describe("the selection across undo and redo", () => {
  it("stays on a component that still exists", () => {
    expect(followSelection(before, { ...before, [vpc("main")]: "{ }\n" }, "prod", "vpc/main")).toBe(
      "vpc/main",
    );
  });

  it("follows a rename", () => {
    const renamed = { [vpc("core")]: "{}\n", [vpc("edge")]: "{}\n" };
    expect(followSelection(before, renamed, "prod", "vpc/main")).toBe("vpc/core");
    expect(followSelection(renamed, before, "prod", "vpc/core")).toBe("vpc/main");
  });

  it("clears when the component is gone, and leaves an external node alone", () => {
    expect(followSelection(before, { [vpc("edge")]: "{}\n" }, "prod", "vpc/main")).toBeNull();
    expect(followSelection(before, {}, "prod", "openapi/demo-api")).toBe("openapi/demo-api");
  });
});
