import { describe, expect, it } from "vitest";
import { changedLines } from "../../test/changed-lines.ts";
import { readFixture } from "../../test/read-fixture.ts";
import type { FileMap } from "../json.ts";
import type { EditResult } from "./edit-result.ts";
import { type ComponentReference, renameComponent } from "./rename-component.ts";
import { setConfigValue } from "./set-config-value.ts";

const lambda = "iac/prod/lambda/demo-api/config.json";
const vpc = "iac/prod/vpc/main/config.json";
const cluster = "iac/prod/ecs-cluster/core/config.json";
const grafana = "iac/prod/grafana/ops/config.json";
const widget = "iac/prod/widget/w/config.json";
const layout = ".karma/layout/prod.json";

function editedFiles(result: EditResult): FileMap {
  if (!result.ok) throw new Error(result.error);
  return result.files;
}

/** The real repository, with a vpc that components reference in every way there is. */
function repository(): FileMap {
  const files: FileMap = {
    ...readFixture(),
    [vpc]: '{\n  "cidr_block": "10.0.0.0/16"\n}\n',
    [cluster]: '{\n  "vpc_nickname": "main",\n  "capacity": 2\n}\n',
    [grafana]: '{\n  "vpc_runtime_path": "/custom/iac/vpc/main/runtime"\n}\n',
    [widget]: '{"src_type": "vpc", "src_nickname": "main"}',
    [layout]: `${JSON.stringify(
      {
        "ecs-cluster/core": { x: 0, y: 0 },
        "vpc/b": { x: 1, y: 1 },
        "vpc/main": { x: 2, y: 2 },
      },
      null,
      2,
    )}\n`,
  };
  return editedFiles(setConfigValue(files, lambda, ["functions", "echo", "vpc_nickname"], "main"));
}

const vpcReferences: ComponentReference[] = [
  { file: lambda, key: "functions.echo.vpc_nickname", kind: "nested" },
  { file: cluster, key: "vpc_nickname", kind: "nickname" },
  { file: grafana, key: "vpc_runtime_path", kind: "parameter-path" },
  { file: widget, key: "src_nickname", kind: "type-nickname" },
];

describe("renameComponent", () => {
  const files = repository();

  it("moves the file unchanged and rewrites each reference on its own line", () => {
    const rename = { env: "prod", type: "vpc", nickname: "main", newNickname: "a" };
    const after = editedFiles(renameComponent(files, rename, vpcReferences));

    expect(after[vpc]).toBeUndefined();
    expect(after["iac/prod/vpc/a/config.json"]).toBe(files[vpc]);
    expect(changedLines(files[lambda]!, after[lambda]!)).toEqual({
      removed: ['        "vpc_nickname": "main"\n'],
      added: ['        "vpc_nickname": "a"\n'],
    });
    expect(changedLines(files[cluster]!, after[cluster]!)).toEqual({
      removed: ['  "vpc_nickname": "main",\n'],
      added: ['  "vpc_nickname": "a",\n'],
    });
    expect(after[grafana]).toBe('{\n  "vpc_runtime_path": "/custom/iac/vpc/a/runtime"\n}\n');
    expect(after[widget]).toBe('{"src_type": "vpc", "src_nickname": "a"}');

    const touched = new Set([vpc, lambda, cluster, grafana, widget, layout]);
    for (const path of Object.keys(files)) {
      if (!touched.has(path)) expect(after[path]).toBe(files[path]);
    }
  });

  it("moves the layout entry and keeps the keys sorted", () => {
    const rename = { env: "prod", type: "vpc", nickname: "main", newNickname: "a" };
    const after = editedFiles(renameComponent(files, rename, vpcReferences));
    expect(JSON.parse(after[layout]!)).toEqual({
      "ecs-cluster/core": { x: 0, y: 0 },
      "vpc/a": { x: 2, y: 2 },
      "vpc/b": { x: 1, y: 1 },
    });
    expect(Object.keys(JSON.parse(after[layout]!))).toEqual(["ecs-cluster/core", "vpc/a", "vpc/b"]);
    expect(after[layout]!.endsWith("}\n}\n")).toBe(true);
  });

  it("leaves a layout it cannot read, or without the component, as it is", () => {
    const rename = { env: "prod", type: "vpc", nickname: "main", newNickname: "a" };
    const broken = { ...files, [layout]: "{ not json" };
    expect(editedFiles(renameComponent(broken, rename, vpcReferences))[layout]).toBe("{ not json");
    const bucket = { env: "prod", type: "s3-bucket", nickname: "demo-api", newNickname: "demo" };
    expect(editedFiles(renameComponent(files, bucket, []))[layout]).toBe(files[layout]);
  });

  it("leaves references by name match alone", () => {
    const zone = {
      env: "prod",
      type: "route53-zone",
      nickname: "strall-com",
      newNickname: "strall",
    };
    const site = "iac/prod/serverless-site/strall-com/config.json";
    const references: ComponentReference[] = [
      { file: site, key: "route53_zone_name", kind: "name-match" },
    ];
    const after = editedFiles(renameComponent(files, zone, references));
    expect(after[site]).toBe(files[site]);
    expect(after["iac/prod/route53-zone/strall/config.json"]).toBe(
      files["iac/prod/route53-zone/strall-com/config.json"],
    );
  });

  it("leaves a nested reference alone when it is a name match", () => {
    const map = {
      ...files,
      [widget]: '{\n  "sites": {\n    "blog": {"zone": "strall.com."}\n  }\n}\n',
    };
    const zone = {
      env: "prod",
      type: "route53-zone",
      nickname: "strall-com",
      newNickname: "strall",
    };
    const references: ComponentReference[] = [
      { file: widget, key: "sites.blog.zone", kind: "nested" },
    ];
    expect(editedFiles(renameComponent(map, zone, references))[widget]).toBe(map[widget]);
  });

  it("writes an own-nickname default out, so the reference still holds", () => {
    const api = "iac/prod/serverless-api/docs/config.json";
    const map = {
      ...files,
      "iac/prod/openapi/docs/config.json": "{}\n",
      [api]: '{\n  "api_name": "docs"\n}\n',
    };
    const references: ComponentReference[] = [{ file: api, key: "openapi", kind: "own-nickname" }];

    // the openapi is renamed: the api names it explicitly
    const openapi = { env: "prod", type: "openapi", nickname: "docs", newNickname: "docs-v2" };
    const renamedSpec = editedFiles(renameComponent(map, openapi, references));
    expect(renamedSpec[api]).toBe('{\n  "api_name": "docs",\n  "openapi": "docs-v2"\n}\n');

    // the api is renamed: it keeps pointing at the openapi of its old nickname
    const serverlessApi = {
      env: "prod",
      type: "serverless-api",
      nickname: "docs",
      newNickname: "docs-api",
    };
    const renamedApi = editedFiles(renameComponent(map, serverlessApi, references));
    expect(renamedApi[api]).toBeUndefined();
    expect(renamedApi["iac/prod/serverless-api/docs-api/config.json"]).toBe(
      '{\n  "api_name": "docs",\n  "openapi": "docs"\n}\n',
    );
  });

  it("rewrites a reference the component makes to itself in its new file", () => {
    const map = { ...files, [vpc]: '{\n  "peer_vpc_nickname": "main"\n}\n' };
    const rename = { env: "prod", type: "vpc", nickname: "main", newNickname: "a" };
    const references: ComponentReference[] = [
      { file: vpc, key: "peer_vpc_nickname", kind: "nickname" },
    ];
    const after = editedFiles(renameComponent(map, rename, references));
    expect(after["iac/prod/vpc/a/config.json"]).toBe('{\n  "peer_vpc_nickname": "a"\n}\n');
  });

  it("returns the same map when the nickname does not change", () => {
    const rename = { env: "prod", type: "vpc", nickname: "main", newNickname: "main" };
    expect(editedFiles(renameComponent(files, rename, vpcReferences))).toBe(files);
  });

  it("never changes its input", () => {
    const copy = { ...files };
    renameComponent(
      files,
      { env: "prod", type: "vpc", nickname: "main", newNickname: "a" },
      vpcReferences,
    );
    expect(files).toEqual(copy);
  });
});

describe("renameComponent refuses", () => {
  const files = repository();
  const rename = { env: "prod", type: "vpc", nickname: "main", newNickname: "a" };

  it("a new nickname that is taken or invalid, and a component that does not exist", () => {
    expect(
      renameComponent(
        files,
        { ...rename, type: "lambda", nickname: "demo-api", newNickname: "karma-api" },
        [],
      ),
    ).toEqual({
      ok: false,
      error: "lambda/karma-api already exists in prod (iac/prod/lambda/karma-api/config.json)",
    });
    expect(renameComponent(files, { ...rename, newNickname: "Core Net" }, [])).toMatchObject({
      ok: false,
      error: expect.stringContaining("lowercase"),
    });
    expect(renameComponent(files, { ...rename, nickname: "gone" }, [])).toEqual({
      ok: false,
      error: "vpc/gone does not exist in prod (iac/prod/vpc/gone/config.json)",
    });
  });

  it("references that no longer say what the graph said", () => {
    const stale = { ...files, [cluster]: '{\n  "vpc_nickname": "other"\n}\n' };
    expect(renameComponent(stale, rename, vpcReferences)).toEqual({
      ok: false,
      error: `${cluster}: vpc_nickname holds "other", not a reference to vpc/main; reload the repository and try again`,
    });
    const path = { ...files, [grafana]: '{"vpc_runtime_path": "/iac/vpc/other/runtime"}' };
    expect(renameComponent(path, rename, vpcReferences)).toMatchObject({ ok: false });
    const own = { file: cluster, key: "vpc_nickname", kind: "own-nickname" } as const;
    expect(renameComponent(stale, rename, [own])).toMatchObject({ ok: false });
    const gone: ComponentReference = {
      file: "iac/prod/ecs-cluster/gone/config.json",
      key: "vpc_nickname",
      kind: "nickname",
    };
    expect(renameComponent(files, rename, [gone])).toEqual({
      ok: false,
      error:
        "iac/prod/ecs-cluster/gone/config.json does not exist, so its reference vpc_nickname cannot be renamed",
    });
  });

  it("a reference in a file that is not valid JSON", () => {
    const broken = { ...files, [cluster]: '{\n  "vpc_nickname": "main",\n}\n' };
    expect(renameComponent(broken, rename, vpcReferences)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^iac\/prod\/ecs-cluster\/core\/config\.json:3:1: /),
    });
  });
});
