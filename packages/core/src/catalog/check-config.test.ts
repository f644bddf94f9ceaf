import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import type { JsonObject } from "../json.ts";
import { builtinCatalog } from "./catalog.ts";
import { checkConfig } from "./check-config.ts";
import type { TypeDefinition } from "./type-definition.ts";

function type(name: string): TypeDefinition {
  const definition = builtinCatalog().types.get(name);
  if (!definition) throw new Error(`no built-in type ${name}`);
  return definition;
}

describe("checkConfig on the aws-config fixture", () => {
  const files = readFixture();
  const configs = Object.keys(files).filter((path) => path.endsWith("/config.json"));

  it("finds all 14 component configs", () => {
    expect(configs).toHaveLength(14);
  });

  it("reports only the keys serverless-site does not read", () => {
    const found: Record<string, string[]> = {};
    for (const path of configs) {
      const [, , typeName] = path.split("/");
      const problems = checkConfig(type(typeName!), JSON.parse(files[path]!));
      if (problems.length > 0) {
        found[path] = problems.map((problem) => `${problem.code} ${problem.path.join(".")}`);
      }
    }
    const unread = ["unknown-key index_document", "unknown-key error_document"];
    expect(found).toEqual({
      "iac/dev/serverless-site/strall-com/config.json": unread,
      "iac/dev/serverless-site/test-site/config.json": unread,
      "iac/dev/serverless-site/usekarma-dev/config.json": unread,
      "iac/prod/serverless-site/adage-usekarma-dev/config.json": unread,
      "iac/prod/serverless-site/strall-com/config.json": unread,
      "iac/prod/serverless-site/usekarma-dev/config.json": unread,
    });
  });
});

describe("checkConfig problems", () => {
  it("reports a missing required key at the key's path", () => {
    expect(checkConfig(type("s3-bucket"), { versioning: true })).toEqual([
      {
        path: ["bucket_name"],
        code: "missing-required",
        message: "required key 'bucket_name' is missing",
      },
    ]);
  });

  it("reports missing required keys inside map entries", () => {
    const config = { functions: { echo: { runtime: "python3.12", handler: "main.handler" } } };
    expect(checkConfig(type("lambda"), config)).toEqual([
      {
        path: ["functions", "echo", "memory_size"],
        code: "missing-required",
        message: "required key 'functions.echo.memory_size' is missing",
      },
      {
        path: ["functions", "echo", "timeout"],
        code: "missing-required",
        message: "required key 'functions.echo.timeout' is missing",
      },
    ]);
  });

  it("rejects null for a required key and accepts it for an optional one", () => {
    expect(checkConfig(type("s3-bucket"), { bucket_name: null, versioning: null })).toEqual([
      { path: ["bucket_name"], code: "wrong-type", message: "expected a string, found null" },
    ]);
  });

  it("reports a wrong type at the top level", () => {
    expect(checkConfig(type("vpc"), { az_count: "abc" })).toEqual([
      {
        path: ["az_count"],
        code: "wrong-type",
        message: 'expected an integer, found a string "abc"',
      },
    ]);
  });

  it("reports a wrong type nested in a map entry", () => {
    const config = {
      functions: {
        echo: { runtime: "python3.12", handler: "main.handler", memory_size: "128", timeout: 10 },
      },
    };
    expect(checkConfig(type("lambda"), config)).toEqual([
      {
        path: ["functions", "echo", "memory_size"],
        code: "wrong-type",
        message: 'expected an integer, found a string "128"',
      },
    ]);
  });

  it("reports wrong types in lists and maps with their index or name", () => {
    const config = { bucket_name: "b", tags: { Owner: 7 } };
    expect(checkConfig(type("s3-bucket"), config)).toEqual([
      {
        path: ["tags", "Owner"],
        code: "wrong-type",
        message: "expected a string, found a number 7",
      },
    ]);
    const site = {
      content_bucket_prefix: "p",
      cloudfront_comment: "c",
      domain_aliases: ["a", false],
    };
    expect(checkConfig(type("serverless-site"), site)).toEqual([
      {
        path: ["domain_aliases", 1],
        code: "wrong-type",
        message: "expected a string, found a boolean false",
      },
    ]);
  });

  it("reports a non-integer and an out-of-range number", () => {
    const config = {
      functions: { echo: { runtime: "r", handler: "h", memory_size: 128.5, timeout: 9000 } },
    };
    expect(checkConfig(type("lambda"), config)).toEqual([
      {
        path: ["functions", "echo", "memory_size"],
        code: "wrong-type",
        message: "expected an integer, found a number 128.5",
      },
      {
        path: ["functions", "echo", "timeout"],
        code: "invalid-value",
        message: "expected an integer at most 900, found a number 9000",
      },
    ]);
  });

  it("reports a value outside an enum", () => {
    expect(checkConfig(type("ecs-cluster"), { vpc_nickname: "main", exec_logging: "ALL" })).toEqual(
      [
        {
          path: ["exec_logging"],
          code: "invalid-value",
          message: 'expected one of "NONE", "DEFAULT", "OVERRIDE", found a string "ALL"',
        },
      ],
    );
  });

  it("reports unknown keys at the top level and inside objects, not inside maps", () => {
    const config: JsonObject = {
      cluster_nickname: "main",
      replicas: 2,
      container: { image: "nginx", enviroment: [], environment: [{ name: "A", value: "1", x: 1 }] },
      tags: { AnyName: "is data" },
    };
    expect(checkConfig(type("ecs-service"), config)).toEqual([
      {
        path: ["replicas"],
        code: "unknown-key",
        message: "key 'replicas' is not read by ecs-service; it is kept as written",
      },
      {
        path: ["container", "enviroment"],
        code: "unknown-key",
        message: "key 'container.enviroment' is not read by ecs-service; it is kept as written",
      },
      {
        path: ["container", "environment", 0, "x"],
        code: "unknown-key",
        message:
          "key 'container.environment.0.x' is not read by ecs-service; it is kept as written",
      },
    ]);
  });

  it("reports unknown keys inside the objects of a map, not the map's own names", () => {
    const fn = { runtime: "python3.12", handler: "main.handler", memory_size: 128, timeout: 10 };
    const config = { functions: { "any-name": { ...fn, memory: 256 } } };
    expect(checkConfig(type("lambda"), config)).toEqual([
      {
        path: ["functions", "any-name", "memory"],
        code: "unknown-key",
        message: "key 'functions.any-name.memory' is not read by lambda; it is kept as written",
      },
    ]);
  });

  it("reports an object where a list is expected", () => {
    expect(checkConfig(type("cognito-sso"), { callback_hosts: { a: 1 } })).toEqual([
      { path: ["callback_hosts"], code: "wrong-type", message: "expected a list, found an object" },
    ]);
  });

  // how fast is for npm run bench (the core pipeline at 10,000 components), not for a unit test
  it("checks 10,000 configs, finding the one unknown key of each site", () => {
    const lambda = type("lambda");
    const site = type("serverless-site");
    const configs = Array.from({ length: 5_000 }, (_, index) => ({
      functions: {
        [`fn-${index}`]: {
          runtime: "python3.12",
          handler: "main.handler",
          memory_size: 128,
          timeout: 10,
        },
      },
      tags: { Project: "karma" },
    }));
    const sites = Array.from({ length: 5_000 }, (_, index) => ({
      content_bucket_prefix: `site-${index}`,
      cloudfront_comment: "site",
      index_document: "index.html",
      domain_aliases: ["example.com"],
    }));
    let problems = 0;
    for (const config of configs) problems += checkConfig(lambda, config).length;
    for (const config of sites) problems += checkConfig(site, config).length;
    expect(problems).toBe(5_000);
  });
});
