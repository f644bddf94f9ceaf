import { describe, expect, it } from "vitest";
import { fixtureDir, runMain } from "./run-cli.ts";

const node = (id: string, external = false) => {
  const [type, nickname] = id.split("/");
  return { id, type, nickname, env: "prod", external };
};
const edge = (dependent: string, dependency: string, key: string, kind: string) => ({
  dependent,
  dependency,
  key,
  kind,
  env: "prod",
});

describe("karma graph on the real repository", () => {
  it("prints prod's nodes and edges as JSON: zones by zone name, openapi external", async () => {
    const { code, stdout, stderr } = await runMain(["graph", fixtureDir, "--env", "prod"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      nodes: [
        node("lambda/demo-api"),
        node("lambda/karma-api"),
        node("openapi/demo-api", true),
        node("openapi/karma-api", true),
        node("route53-zone/strall-com"),
        node("route53-zone/usekarma-dev"),
        node("s3-bucket/demo-api"),
        node("s3-bucket/karma-api"),
        node("serverless-api/demo-api"),
        node("serverless-api/karma-api"),
        node("serverless-site/adage-usekarma-dev"),
        node("serverless-site/strall-com"),
        node("serverless-site/usekarma-dev"),
      ],
      edges: [
        edge("serverless-api/demo-api", "openapi/demo-api", "openapi", "nickname"),
        edge(
          "serverless-api/demo-api",
          "route53-zone/usekarma-dev",
          "route53_zone_name",
          "name-match",
        ),
        edge("serverless-api/karma-api", "openapi/karma-api", "openapi", "nickname"),
        edge(
          "serverless-api/karma-api",
          "route53-zone/usekarma-dev",
          "route53_zone_name",
          "name-match",
        ),
        edge(
          "serverless-site/adage-usekarma-dev",
          "route53-zone/usekarma-dev",
          "route53_zone_name",
          "name-match",
        ),
        edge(
          "serverless-site/strall-com",
          "route53-zone/strall-com",
          "route53_zone_name",
          "name-match",
        ),
        edge(
          "serverless-site/usekarma-dev",
          "route53-zone/usekarma-dev",
          "route53_zone_name",
          "name-match",
        ),
      ],
    });
  });

  it("concatenates every environment when --env is absent", async () => {
    const { code, stdout } = await runMain(["graph", fixtureDir]);
    expect(code).toBe(0);
    const graph = JSON.parse(stdout) as {
      nodes: { env: string; external: boolean }[];
      edges: { env: string }[];
    };
    expect(graph.nodes.map((n) => n.env)).toEqual([
      ...Array(5).fill("dev"),
      ...Array(13).fill("prod"),
    ]);
    expect(graph.nodes.filter((n) => n.env === "dev" && n.external)).toHaveLength(2);
    expect(graph.edges.filter((e) => e.env === "dev")).toHaveLength(2);
    expect(graph.edges.filter((e) => e.env === "prod")).toHaveLength(7);
  });

  it("prints a Mermaid flowchart with one subgraph per environment", async () => {
    const { code, stdout } = await runMain(["graph", fixtureDir, "--format", "mermaid"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("flowchart LR");
    expect(lines.filter((line) => line.trimStart().startsWith("subgraph "))).toEqual([
      '  subgraph env_dev["dev"]',
      '  subgraph env_prod["prod"]',
    ]);
    expect(lines.filter((line) => line.trim() === "end")).toHaveLength(2);
    expect(lines).toContain('    n_prod_route53_zone_usekarma_dev["route53-zone/usekarma-dev"]');
    expect(lines).toContain('    n_prod_openapi_demo_api(["openapi/demo-api"]):::external');
    expect(lines).toContain(
      '  n_prod_serverless_api_demo_api -->|"route53_zone_name"| n_prod_route53_zone_usekarma_dev',
    );
    expect(lines).toContain(
      '  n_prod_serverless_api_demo_api -.->|"openapi"| n_prod_openapi_demo_api',
    );
    expect(lines).toContain(
      '  n_dev_serverless_site_strall_com -.->|"route53_zone_name"| n_dev_route53_zone_strall_com',
    );
    expect(lines.filter((line) => line.includes("-->") || line.includes("-.->"))).toHaveLength(9);
    expect(lines.at(-1)).toBe("  classDef external stroke-dasharray: 5 5");
  });

  it("prints a Graphviz digraph", async () => {
    const { code, stdout } = await runMain([
      "graph",
      fixtureDir,
      "--env",
      "prod",
      "--format",
      "dot",
    ]);
    expect(code).toBe(0);
    expect(stdout.startsWith("digraph karma {\n")).toBe(true);
    expect(stdout.endsWith("}\n")).toBe(true);
    expect(stdout).toContain('  subgraph "cluster_prod" {');
    expect(stdout).toContain(
      '    "prod/openapi/demo-api" [label="openapi/demo-api", style=dashed];',
    );
    expect(stdout).toContain(
      '  "prod/serverless-site/strall-com" -> "prod/route53-zone/strall-com" [label="route53_zone_name"];',
    );
    expect(stdout).not.toContain("cluster_dev");
  });

  it("refuses an unknown format", async () => {
    const { code, stderr } = await runMain(["graph", fixtureDir, "--format", "svg"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^karma: unknown format "svg" \(formats: json, mermaid, dot\)\n\nUsage: karma graph/,
    );
  });
});
