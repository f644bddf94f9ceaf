import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { classifyPath } from "../repo/classify-path.ts";
import { componentNameError, environmentError, nicknameError } from "./component-name.ts";

describe("component name validation", () => {
  it("accepts every component of the real repository", () => {
    const components = Object.keys(readFixture())
      .map(classifyPath)
      .filter((kind) => kind.kind === "component");
    expect(components).toHaveLength(14);
    for (const name of components) {
      expect(componentNameError(name)).toBeNull();
      expect(nicknameError(name.nickname)).toBeNull();
    }
    expect(nicknameError("usekarma.dev")).toBeNull();
    expect(nicknameError("core_v2")).toBeNull();
  });

  it("refuses segments that are empty, hold a slash or climb out of the folder", () => {
    for (const segment of ["", "a/b", "a\\b", "..", ".", ".hidden", "-x", "a b", "é"]) {
      expect(componentNameError({ env: segment, type: "vpc", nickname: "main" })).toContain(
        "the environment",
      );
      expect(componentNameError({ env: "prod", type: segment, nickname: "main" })).toContain(
        "the type",
      );
      expect(componentNameError({ env: "prod", type: "vpc", nickname: segment })).toContain(
        "the nickname",
      );
      expect(nicknameError(segment)).not.toBeNull();
      expect(environmentError(segment)).toContain("the environment");
    }
  });

  it("gives new nicknames in lowercase and without '..'", () => {
    expect(componentNameError({ env: "prod", type: "vpc", nickname: "Main" })).toBeNull();
    expect(nicknameError("Main")).toContain("lowercase");
    expect(nicknameError("a..b")).not.toBeNull();
  });
});
