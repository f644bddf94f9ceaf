import { describe, expect, it } from "vitest";
import { changedLines } from "../../test/changed-lines.ts";
import { readFixture } from "../../test/read-fixture.ts";
import { builtinCatalog } from "../catalog/catalog.ts";
import type { EditResult } from "../edit/edit-result.ts";
import { buildGraph } from "../graph/build-graph.ts";
import type { FileMap } from "../json.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { connect, disconnect } from "./connect.ts";
import { type ReferenceSlot, referenceSlots, type WiringComponent } from "./reference-slots.ts";

const catalog = builtinCatalog();
const lambda = "iac/prod/lambda/demo-api/config.json";
const cluster = "iac/prod/ecs-cluster/core/config.json";
const site = "iac/prod/serverless-site/adage-usekarma-dev/config.json";
const grafana = "iac/prod/grafana/ops/config.json";

/** The real repository, with a cluster, a vpc and a grafana added for the kinds it lacks. */
function repository(): FileMap {
  return {
    ...readFixture(),
    "iac/prod/vpc/main/config.json": "{}\n",
    [cluster]: '{\n  "cluster_name": "core"\n}\n',
    [grafana]: '{\n  "vpc_runtime_path": "/custom/iac/vpc/old/runtime"\n}\n',
  };
}

function component(files: FileMap, id: string): WiringComponent {
  const found = loadWorkspace(files).components.find((c) => c.env === "prod" && c.id === id);
  if (!found) throw new Error(`no ${id}`);
  return { type: found.type, nickname: found.nickname, config: found.config };
}

function slotsOf(files: FileMap, dependent: string, provider: string): ReferenceSlot[] {
  const result = referenceSlots(catalog, component(files, dependent), component(files, provider));
  if (!result.ok) throw new Error(result.reason);
  return result.slots;
}

function reasonOf(files: FileMap, dependent: string, provider: string): string {
  const result = referenceSlots(catalog, component(files, dependent), component(files, provider));
  if (result.ok) throw new Error(`${dependent} accepts ${provider}`);
  return result.reason;
}

function filesOf(result: EditResult): FileMap {
  if (!result.ok) throw new Error(result.error);
  return result.files;
}

function edgesOf(files: FileMap, dependent: string): string[] {
  return buildGraph(loadWorkspace(files), "prod")
    .edges.filter((edge) => edge.dependent === dependent)
    .map((edge) => `${edge.dependency} via ${edge.key}`);
}

function wire(files: FileMap, file: string, dependent: string, provider: string, key: string) {
  const slot = slotsOf(files, dependent, provider).find((candidate) => candidate.key === key);
  if (!slot) throw new Error(`no slot ${key}`);
  return filesOf(connect(files, { file, slot, provider: component(files, provider) }));
}

describe("referenceSlots", () => {
  it("offers a nickname key for the type it names", () => {
    const slots = slotsOf(repository(), "ecs-cluster/core", "vpc/main");
    expect(slots.map(({ key, kind, current }) => ({ key, kind, current }))).toEqual([
      { key: "vpc_nickname", kind: "nickname", current: null },
    ]);
  });

  it("refuses a provider of a type no reference accepts, saying what the type reads", () => {
    expect(reasonOf(repository(), "ecs-cluster/core", "s3-bucket/demo-api")).toBe(
      "ecs-cluster reads vpc (vpc_nickname); not s3-bucket.",
    );
    expect(reasonOf(repository(), "vpc/main", "ecs-cluster/core")).toBe(
      "vpc reads no other component.",
    );
  });

  it("refuses a component depending on itself", () => {
    expect(reasonOf(repository(), "vpc/main", "vpc/main")).toMatch(/cannot depend on itself/);
  });

  it("expands nested entries and type + nickname pairs to the entries the config has", () => {
    const keys = slotsOf(repository(), "lambda/demo-api", "vpc/main").map((slot) => slot.key);
    expect(keys).toEqual([
      "functions.echo.vpc_nickname",
      "functions.status.vpc_nickname",
      "functions.time.vpc_nickname",
      "functions.echo.src_nickname",
      "functions.status.src_nickname",
      "functions.time.src_nickname",
    ]);
  });

  it("explains a nested reference without entries to hold it", () => {
    const files = { ...repository(), [lambda]: '{ "functions": {} }\n' };
    expect(reasonOf(files, "lambda/demo-api", "vpc/main")).toBe(
      "lambda/demo-api has no entries in functions yet; add one to reference a vpc.",
    );
  });

  it("needs the field a name match compares", () => {
    const files = { ...repository(), "iac/prod/route53-zone/bare/config.json": "{}\n" };
    expect(reasonOf(files, "serverless-site/adage-usekarma-dev", "route53-zone/bare")).toBe(
      "route53-zone/bare has no zone_name for serverless-site/adage-usekarma-dev to match; set it first.",
    );
  });
});

describe("connect and disconnect", () => {
  it("writes a nickname key, changing one line, and the graph has the edge", () => {
    const before = repository();
    const after = wire(before, cluster, "ecs-cluster/core", "vpc/main", "vpc_nickname");
    expect(changedLines(before[cluster]!, after[cluster]!)).toEqual({
      removed: ['  "cluster_name": "core"\n'],
      added: ['  "cluster_name": "core",\n', '  "vpc_nickname": "main"\n'],
    });
    expect(edgesOf(after, "ecs-cluster/core")).toEqual(["vpc/main via vpc_nickname"]);
    const cleared = filesOf(
      disconnect(catalog, after, { file: cluster, type: "ecs-cluster", key: "vpc_nickname" }),
    );
    expect(cleared[cluster]).toBe(before[cluster]);
  });

  it("writes a nested entry's reference and clears it", () => {
    const before = repository();
    const key = "functions.status.vpc_nickname";
    const after = wire(before, lambda, "lambda/demo-api", "vpc/main", key);
    expect(edgesOf(after, "lambda/demo-api")).toEqual([`vpc/main via ${key}`]);
    const cleared = filesOf(disconnect(catalog, after, { file: lambda, type: "lambda", key }));
    expect(cleared[lambda]).toBe(before[lambda]);
  });

  it("writes both keys of a type + nickname pair and clears both", () => {
    const before = repository();
    const key = "functions.echo.src_nickname";
    const after = wire(before, lambda, "lambda/demo-api", "s3-bucket/demo-api", key);
    expect(after[lambda]).toContain('"src_type": "s3-bucket"');
    expect(edgesOf(after, "lambda/demo-api")).toEqual([`s3-bucket/demo-api via ${key}`]);
    const cleared = filesOf(disconnect(catalog, after, { file: lambda, type: "lambda", key }));
    expect(cleared[lambda]).toBe(before[lambda]);
  });

  it("writes the compared field of a name match", () => {
    const before = repository();
    const { route53_zone_name: _zone, ...config } = JSON.parse(before[site]!);
    const files = { ...before, [site]: `${JSON.stringify(config, null, 2)}\n` };
    const after = wire(
      files,
      site,
      "serverless-site/adage-usekarma-dev",
      "route53-zone/strall-com",
      "route53_zone_name",
    );
    expect(JSON.parse(after[site]!).route53_zone_name).toBe("strall.com.");
    expect(edgesOf(after, "serverless-site/adage-usekarma-dev")).toEqual([
      "route53-zone/strall-com via route53_zone_name",
    ]);
  });

  it("writes a parameter path, keeping the prefix the key already uses", () => {
    const after = wire(repository(), grafana, "grafana/ops", "vpc/main", "vpc_runtime_path");
    expect(JSON.parse(after[grafana]!).vpc_runtime_path).toBe("/custom/iac/vpc/main/runtime");
    const fresh = { ...repository(), [grafana]: "{}\n" };
    const written = wire(fresh, grafana, "grafana/ops", "vpc/main", "vpc_runtime_path");
    expect(JSON.parse(written[grafana]!).vpc_runtime_path).toBe("/iac/vpc/main/runtime");
  });

  it("cannot clear a reference by the component's own nickname", () => {
    const files = {
      ...repository(),
      "iac/prod/serverless-api/docs/config.json": '{ "api_name": "docs" }\n',
    };
    const result = disconnect(catalog, files, {
      file: "iac/prod/serverless-api/docs/config.json",
      type: "serverless-api",
      key: "openapi",
    });
    expect(result.ok).toBe(false);
  });
});
