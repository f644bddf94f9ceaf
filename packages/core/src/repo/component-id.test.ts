import { describe, expect, it } from "vitest";
import { classifyPath } from "./classify-path.ts";
import { componentFile, componentId, parseComponentId } from "./component-id.ts";

describe("component ids", () => {
  it("join a type and a nickname, and split back", () => {
    expect(componentId("vpc", "main")).toBe("vpc/main");
    expect(parseComponentId("vpc/main")).toEqual({ type: "vpc", nickname: "main" });
    expect(parseComponentId(componentId("route53-zone", "usekarma.dev"))).toEqual({
      type: "route53-zone",
      nickname: "usekarma.dev",
    });
  });

  it("split at the first slash: an external node's nickname is a config value", () => {
    expect(parseComponentId("route53-zone/a/b")).toEqual({
      type: "route53-zone",
      nickname: "a/b",
    });
    expect(parseComponentId("route53-zone/")).toEqual({ type: "route53-zone", nickname: "" });
  });

  it("are null without a slash", () => {
    expect(parseComponentId("vpc")).toBeNull();
    expect(parseComponentId("")).toBeNull();
  });

  it("treat names of Object.prototype members as ordinary names", () => {
    expect(parseComponentId("constructor/toString")).toEqual({
      type: "constructor",
      nickname: "toString",
    });
  });
});

describe("componentFile", () => {
  it("is the path the repository reader reads the component from", () => {
    const file = componentFile("prod", "lambda", "demo-api");
    expect(file).toBe("iac/prod/lambda/demo-api/config.json");
    expect(classifyPath(file)).toEqual({
      kind: "component",
      env: "prod",
      type: "lambda",
      nickname: "demo-api",
    });
  });
});
