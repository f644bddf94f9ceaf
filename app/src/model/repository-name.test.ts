import { describe, expect, it } from "vitest";
import { firstRepositoryName } from "./repository-name.ts";

describe("the opened repository's name beside others", () => {
  it("is what the server calls it, else its folder's or zip's name", () => {
    expect(
      firstRepositoryName({
        kind: "served",
        name: "app-config",
        root: "/w/app-config",
        repository: "app",
      }),
    ).toBe("app");
    expect(firstRepositoryName({ kind: "served", name: "app-config", root: "/w/app-config" })).toBe(
      "app-config",
    );
    expect(firstRepositoryName({ kind: "folder", name: "app-config" })).toBe("app-config");
    expect(firstRepositoryName({ kind: "zip", name: "aws-config-main" })).toBe("aws-config-main");
  });

  it("is aws-config for the sample, and 'this repository' when nothing names it", () => {
    expect(firstRepositoryName({ kind: "sample", name: "aws-config (sample)" })).toBe("aws-config");
    expect(firstRepositoryName({ kind: "files", name: "the loaded files" })).toBe(
      "this repository",
    );
    expect(firstRepositoryName(null)).toBe("this repository");
  });
});
