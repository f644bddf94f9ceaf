import { describe, expect, it } from "vitest";
import type { JsonObject } from "../json.ts";
import {
  expandKeyPattern,
  hasWildcard,
  referenceAt,
  siblingPath,
  valueAtKeyPath,
  writableKeyPaths,
} from "./key-pattern.ts";
import { typeDefinitionSchema } from "./type-definition.ts";

const config: JsonObject = {
  vpc_nickname: "main",
  empty: null,
  functions: {
    echo: { vpc_nickname: "core", handler: "echo.handler" },
    ping: { handler: "ping.handler" },
    list: [1, 2],
  },
  tags: "not an object",
};

describe("expandKeyPattern", () => {
  it("finds a plain key, null values included", () => {
    expect(expandKeyPattern(config, "vpc_nickname")).toEqual([
      { path: ["vpc_nickname"], value: "main" },
    ]);
    expect(expandKeyPattern(config, "empty")).toEqual([{ path: ["empty"], value: null }]);
  });

  it("expands * to every entry of an object that has the rest of the pattern", () => {
    expect(expandKeyPattern(config, "functions.*.vpc_nickname")).toEqual([
      { path: ["functions", "echo", "vpc_nickname"], value: "core" },
    ]);
    expect(expandKeyPattern(config, "functions.*").map(({ path }) => path.join("."))).toEqual([
      "functions.echo",
      "functions.ping",
      "functions.list",
    ]);
  });

  it("finds nothing for absent keys or through values that are not objects", () => {
    expect(expandKeyPattern(config, "missing")).toEqual([]);
    expect(expandKeyPattern(config, "missing.*.key")).toEqual([]);
    expect(expandKeyPattern(config, "tags.*")).toEqual([]);
    expect(expandKeyPattern(config, "tags.length")).toEqual([]);
    expect(expandKeyPattern(config, "functions.list.*")).toEqual([]);
    expect(expandKeyPattern(config, "functions.list.length")).toEqual([]);
    expect(expandKeyPattern(config, "empty.*")).toEqual([]);
    expect(expandKeyPattern({}, "*")).toEqual([]);
  });

  it("never reads inherited properties: toString and constructor are ordinary keys", () => {
    expect(expandKeyPattern(config, "toString")).toEqual([]);
    expect(expandKeyPattern(config, "constructor.name")).toEqual([]);
    expect(expandKeyPattern(config, "functions.*.toString")).toEqual([]);
    const own = JSON.parse(
      '{"constructor": {"toString": "a"}, "map": {"__proto__": {"vpc_nickname": "b"}}}',
    ) as JsonObject;
    expect(expandKeyPattern(own, "constructor.toString")).toEqual([
      { path: ["constructor", "toString"], value: "a" },
    ]);
    expect(expandKeyPattern(own, "map.*.vpc_nickname")).toEqual([
      { path: ["map", "__proto__", "vpc_nickname"], value: "b" },
    ]);
  });
});

describe("writableKeyPaths", () => {
  it("includes an absent last key, which writing the value creates", () => {
    expect(writableKeyPaths(config, "functions.*.vpc_nickname")).toEqual([
      { path: ["functions", "echo", "vpc_nickname"], value: "core" },
      { path: ["functions", "ping", "vpc_nickname"], value: undefined },
    ]);
    expect(writableKeyPaths(config, "zone_name")).toEqual([
      { path: ["zone_name"], value: undefined },
    ]);
    expect(writableKeyPaths(config, "toString")).toEqual([
      { path: ["toString"], value: undefined },
    ]);
  });

  it("never creates objects on the way, nor entries of a map", () => {
    expect(writableKeyPaths(config, "missing.vpc_nickname")).toEqual([]);
    expect(writableKeyPaths(config, "missing.*.vpc_nickname")).toEqual([]);
    expect(writableKeyPaths(config, "tags.*.vpc_nickname")).toEqual([]);
    expect(writableKeyPaths(config, "tags.key")).toEqual([]);
    expect(writableKeyPaths({ functions: {} }, "functions.*")).toEqual([]);
  });
});

describe("valueAtKeyPath", () => {
  it("reads own keys of objects only", () => {
    expect(valueAtKeyPath(config, ["functions", "echo", "handler"])).toBe("echo.handler");
    expect(valueAtKeyPath(config, [])).toBe(config);
    expect(valueAtKeyPath(config, ["empty"])).toBeNull();
    expect(valueAtKeyPath(config, ["missing"])).toBeUndefined();
    expect(valueAtKeyPath(config, ["tags", "length"])).toBeUndefined();
    expect(valueAtKeyPath(config, ["functions", "list", 0])).toBeUndefined();
    expect(valueAtKeyPath(config, ["toString"])).toBeUndefined();
    expect(valueAtKeyPath(config, ["constructor", "name"])).toBeUndefined();
    expect(valueAtKeyPath({ 1: { a: true } }, [1, "a"])).toBe(true);
  });
});

describe("reference keys", () => {
  const definition = typeDefinitionSchema.parse({
    type: "worker",
    title: "Worker",
    category: "compute",
    description: "test type",
    fields: {},
    references: [
      { kind: "nickname", key: "vpc_nickname", target: "vpc" },
      { kind: "nickname", key: "functions.*.bucket_nickname", target: "s3-bucket" },
      {
        kind: "type-nickname",
        typeKey: "sources.*.src_type",
        nicknameKey: "sources.*.src_nickname",
        target: "*",
      },
    ],
  });

  it("find the reference a concrete path holds", () => {
    expect(referenceAt(definition, ["vpc_nickname"])?.target).toBe("vpc");
    expect(referenceAt(definition, ["functions", "echo", "bucket_nickname"])?.target).toBe(
      "s3-bucket",
    );
    expect(referenceAt(definition, ["sources", "a", "src_nickname"])?.kind).toBe("type-nickname");
    expect(referenceAt(definition, ["sources", "a", "src_type"])).toBeUndefined();
    expect(referenceAt(definition, ["functions", "bucket_nickname"])).toBeUndefined();
    expect(referenceAt(definition, ["toString"])).toBeUndefined();
  });

  it("name the type key beside a nickname key, and tell nested patterns apart", () => {
    expect(siblingPath(["sources", "a", "src_nickname"], "sources.*.src_type")).toEqual([
      "sources",
      "a",
      "src_type",
    ]);
    expect(siblingPath(["nickname"], "type")).toEqual(["type"]);
    expect(hasWildcard("functions.*.vpc_nickname")).toBe(true);
    expect(hasWildcard("vpc_nickname")).toBe(false);
  });
});
