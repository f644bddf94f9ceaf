import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSnapshot } from "./parse-snapshot.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** 1-based line of the parameter object whose Name is `name` (the line above its "Name"). */
function lineOf(text: string, name: string): number {
  const at = text.indexOf(`"Name": ${JSON.stringify(name)}`);
  return text.slice(0, at).split("\n").length - 1;
}

const page = (parameters: object[], extra: object = {}) =>
  JSON.stringify({ Parameters: parameters, ...extra }, null, 4);
const param = (Name: string, Value: string, extra: object = {}) => ({
  Name,
  Type: "String",
  Value,
  Version: 1,
  ...extra,
});

describe("parseSnapshot on the in-sync fixture", () => {
  const text = fixture("prod-in-sync.json");
  const snapshot = parseSnapshot(text, "prod-in-sync.json");

  it("groups the parameters of every deployed component under the /iac prefix", () => {
    expect(snapshot.issues).toEqual([]);
    expect(snapshot.prefix).toBe("/iac");
    expect(snapshot.parameterCount).toBe(27);
    expect(Object.keys(snapshot.components)).toEqual([
      "lambda/demo-api",
      "lambda/karma-api",
      "openapi/demo-api",
      "openapi/karma-api",
      "route53-zone/strall-com",
      "route53-zone/usekarma-dev",
      "s3-bucket/demo-api",
      "s3-bucket/karma-api",
      "serverless-api/demo-api",
      "serverless-api/karma-api",
      "serverless-site/adage-usekarma-dev",
      "serverless-site/strall-com",
      "serverless-site/usekarma-dev",
    ]);
  });

  it("keeps the config text verbatim beside its parsed value, and parses runtime JSON", () => {
    const bucket = snapshot.components["s3-bucket/demo-api"]!;
    expect(bucket.config).toMatchObject({ bucket_name: "usekarma.dev-prod-demo-api" });
    expect(bucket.configText).toContain('\n    "versioning": true,\n');
    expect(bucket.runtime).toEqual({ bucket_name: "usekarma.dev-prod-demo-api" });
    expect(snapshot.components["openapi/demo-api"]).not.toHaveProperty("config");
  });

  it("gives each per-function runtime to the lambda whose deployed config lists the function", () => {
    const demo = snapshot.components["lambda/demo-api"]!;
    expect(Object.keys(demo.functions!)).toEqual(["echo", "status", "time"]);
    expect(demo.functions!.echo).toEqual({
      arn: "arn:aws:lambda:us-east-1:123456789012:function:echo",
    });
    expect(demo.runtime).toBeUndefined();
    expect(snapshot.components["lambda/karma-api"]!.functions!["karma-graph-query"]).toEqual({
      function_name: "karma-graph-query",
      placeholder: true,
    });
    expect(snapshot.components["lambda/echo"]).toBeUndefined();
    expect(snapshot.orphanFunctions).toEqual({});
  });

  it("records each parameter's version, date and position in the snapshot text", () => {
    const zone = snapshot.components["route53-zone/usekarma-dev"]!;
    expect(zone.parameters.map((p) => p.name)).toEqual([
      "/iac/route53-zone/usekarma-dev/config",
      "/iac/route53-zone/usekarma-dev/runtime",
    ]);
    const config = zone.parameters[0]!;
    expect(config).toMatchObject({ type: "String", version: 1, column: 9 });
    expect(config.lastModified).toMatch(/^2025-03-14T\d\d:\d\d:\d\d\.\d+\+00:00$/);
    expect(config.line).toBe(lineOf(text, config.name));
  });
});

describe("parseSnapshot on three appended pages with drift", () => {
  const text = fixture("prod-paginated.json");
  const snapshot = parseSnapshot(text, "prod-paginated.json");

  it("reads every page under the /karma/prod/iac prefix, a parameter fetched twice once", () => {
    expect(snapshot.prefix).toBe("/karma/prod/iac");
    expect(snapshot.parameterCount).toBe(31);
    expect(Object.keys(snapshot.components)).toContain("vpc/legacy");
    expect(snapshot.components["vpc/legacy"]!.runtime).toMatchObject({
      vpc_id: "vpc-0a1b2c3d4e5f67890",
    });
    expect(snapshot.issues.filter((issue) => issue.code === "duplicate-path")).toEqual([]);
  });

  it("keeps a plain string runtime and opaque SecureString per-key values as they are", () => {
    expect(snapshot.components["lambda/demo-api"]!.functions!.echo).toBe(
      "arn:aws:lambda:us-east-1:123456789012:function:echo",
    );
    const queue = snapshot.components["sqs-queue/jobs"]!;
    expect(queue.runtimeKeys).toEqual({
      queue_arn: expect.stringMatching(/^AQICAH.+==$/),
      queue_url: "https://sqs.us-east-1.amazonaws.com/123456789012/jobs",
    });
    expect(queue.parameters.map((p) => p.type)).toEqual(["SecureString", "String"]);
  });

  it("reports a runtime that is broken JSON at its value, keeping it as a string", () => {
    const zone = snapshot.components["route53-zone/strall-com"]!;
    expect(zone.runtime).toBe('{"zone_id": "Z08271652GJ4ODWQ3A2XR", "zone_arn": ');
    const name = "/karma/prod/iac/route53-zone/strall-com/runtime";
    expect(snapshot.issues).toContainEqual({
      severity: "warning",
      code: "invalid-json",
      component: "route53-zone/strall-com",
      env: null,
      file: "prod-paginated.json",
      line: lineOf(text, name) + 3,
      column: 22,
      path: "",
      message: expect.stringMatching(
        /^runtime of route53-zone\/strall-com looks like JSON but is not \(1:50 of the value: /,
      ),
    });
  });

  it("notes a parameter that is not a component's and ignores it", () => {
    expect(snapshot.issues).toContainEqual(
      expect.objectContaining({
        severity: "info",
        code: "malformed-path",
        line: lineOf(text, "/karma/prod/iac/clickhouse/ami/base"),
        message: expect.stringContaining("/karma/prod/iac/clickhouse/ami/base is not a component"),
      }),
    );
    expect(snapshot.issues).toHaveLength(2);
  });
});

describe("parseSnapshot on values that cannot be read", () => {
  const text = fixture("prod-unreadable.json");
  const snapshot = parseSnapshot(text, "prod-unreadable.json");

  it("reports a config that is not JSON with its position inside the value, keeping the text", () => {
    const bucket = snapshot.components["s3-bucket/demo-api"]!;
    expect(bucket.config).toBeUndefined();
    expect(bucket.configText).toContain('"versioning": true\n    "force_destroy"');
    expect(snapshot.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "invalid-json",
        component: "s3-bucket/demo-api",
        line: lineOf(text, "/iac/s3-bucket/demo-api/config") + 3,
        message: expect.stringContaining("not valid JSON: 4:5 of the value: expected ','"),
      }),
    );
  });

  it("explains an encrypted SecureString config", () => {
    expect(snapshot.issues).toContainEqual(
      expect.objectContaining({
        component: "s3-bucket/karma-api",
        message: expect.stringContaining("SecureString that was not decrypted"),
      }),
    );
  });
});

describe("parseSnapshot on malformed input", () => {
  it("reports empty and non-JSON text as errors", () => {
    expect(parseSnapshot("", "s.json").issues).toEqual([
      expect.objectContaining({ severity: "error", message: "the snapshot is empty", line: 1 }),
    ]);
    const junk = parseSnapshot("\nAn error occurred (AccessDenied)", "s.json");
    expect(junk.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 2,
        message: 'the snapshot holds no JSON, only "An error occurred (AccessDenied)"',
      }),
    ]);
    const between = parseSnapshot(`$ aws ssm get-parameters-by-path\n${page([])}`, "s.json");
    expect(between.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: 'ignored text that is not JSON: "$ aws ssm get-parameters-by-path"',
      }),
    ]);
    expect(junk.components).toEqual({});
    expect(junk.prefix).toBeNull();
  });

  it("skips a page that is not valid JSON and still reads the next one", () => {
    const bad = '{"Parameters": [{"Name": "/iac/vpc/a/config" "Value": "{}"}]}';
    const good = page([param("/iac/vpc/b/config", "{}")]);
    const snapshot = parseSnapshot(`${bad}\n${good}`, "s.json");
    expect(Object.keys(snapshot.components)).toEqual(["vpc/b"]);
    expect(snapshot.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "invalid-json",
        line: 1,
        column: 46,
        message: expect.stringMatching(/^page 1 is not valid JSON: expected ','/),
      }),
    ]);
  });

  it("reports a document of another shape and entries without a name or a string value", () => {
    const text = `{"Parameter": {}}\n${page([
      param("/iac/vpc/a/config", "{}"),
      { Name: "/iac/vpc/b/config", Value: 42 },
      { Value: "{}" },
    ])}`;
    const snapshot = parseSnapshot(text, "s.json");
    expect(Object.keys(snapshot.components)).toEqual(["vpc/a"]);
    expect(snapshot.issues.map((issue) => [issue.line, issue.message])).toEqual([
      [1, expect.stringContaining("page 1 is not the output of `aws ssm get-parameters-by-path")],
      [
        12,
        expect.stringMatching(/^parameter "\/iac\/vpc\/b\/config" of page 2 is not read: Value: /),
      ],
      [14, expect.stringMatching(/^parameter #3 of page 2 is not read: Name: /)],
    ]);
  });

  it("warns when the last page has a NextToken (the snapshot is incomplete)", () => {
    const snapshot = parseSnapshot(page([], { NextToken: "abc" }), "s.json");
    expect(snapshot.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: expect.stringContaining("NextToken"),
      }),
    ]);
  });

  it("keeps the higher version of a parameter listed twice with different values", () => {
    const text = `${page([param("/iac/vpc/a/config", '{"cidr": "10.1.0.0/16"}', { Version: 3 })])}${page(
      [param("/iac/vpc/a/config", '{"cidr": "10.0.0.0/16"}', { Version: 2 })],
    )}`;
    const snapshot = parseSnapshot(text, "s.json");
    expect(snapshot.components["vpc/a"]!.config).toEqual({ cidr: "10.1.0.0/16" });
    expect(snapshot.issues).toEqual([
      expect.objectContaining({ severity: "warning", code: "duplicate-path" }),
    ]);
  });

  it("ignores component parameters outside the prefix most of them share", () => {
    const snapshot = parseSnapshot(
      page([
        param("/iac/vpc/a/config", "{}"),
        param("/iac/vpc/a/runtime", "{}"),
        param("/other/vpc/a/config", '{"x": 1}'),
      ]),
      "s.json",
    );
    expect(snapshot.prefix).toBe("/iac");
    expect(snapshot.components["vpc/a"]!.config).toEqual({});
    expect(snapshot.issues).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("outside the snapshot's prefix /iac"),
      }),
    ]);
  });

  it("reports a config that is JSON but not an object, and keeps unowned function runtimes", () => {
    const snapshot = parseSnapshot(
      page([
        param("/iac/vpc/a/config", "[1, 2]"),
        param("/iac/lambda/orphan/runtime", "arn:aws:lambda:us-east-1:1:function:orphan", {
          LastModifiedDate: 1741944413.5,
        }),
      ]),
      "s.json",
    );
    expect(snapshot.issues.map((issue) => [issue.severity, issue.code])).toEqual([
      ["error", "not-an-object"],
      ["info", "missing-reference"],
    ]);
    expect(snapshot.orphanFunctions.orphan).toMatchObject({
      functionKey: "orphan",
      runtime: "arn:aws:lambda:us-east-1:1:function:orphan",
      parameter: { lastModified: "2025-03-14T09:26:53.500Z" },
    });
    expect(snapshot.components["lambda/orphan"]).toBeUndefined();
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseSnapshot(text, "s.json");
      }),
    );
    const pieces = fc.constantFrom(
      '{"Parameters": [',
      "{",
      "}",
      "]",
      '"Name": "/iac/vpc/a/config"',
      ",",
      '"Value": "{',
      ":",
      "\n",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        parseSnapshot(parts.join(""), "s.json");
      }),
    );
  });
});
