import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runMain } from "./run-cli.ts";

// One repository split in two: `network` holds a VPC and a zone, `app` what uses them.
const account = `${JSON.stringify({ name: "acme-dev", environment: "dev" })}\n`;
const network = {
  "account_environments/acme-dev.json": account,
  "iac/dev/vpc/core/config.json": '{ "cidr": "10.0.0.0/16", "az_count": 2 }\n',
  "iac/dev/route53-zone/example-com/config.json": '{ "zone_name": "example.com." }\n',
};
const app = {
  "account_environments/acme-dev.json": account,
  "iac/dev/ecs-cluster/main/config.json":
    '{ "cluster_name": "ecs-main", "vpc_nickname": "core" }\n',
  "iac/dev/serverless-site/www/config.json": `${JSON.stringify({
    content_bucket_prefix: "www",
    cloudfront_comment: "www",
    route53_zone_name: "example.com",
  })}\n`,
};

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

/** Writes repositories (by folder name) into a fresh temp folder and returns it. */
async function workspace(repositories: Record<string, Record<string, string>>): Promise<string> {
  root = await mkdtemp(join(tmpdir(), "karma-workspace-"));
  for (const [name, files] of Object.entries(repositories)) {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(root, name, path)), { recursive: true });
      await writeFile(join(root, name, path), text);
    }
  }
  return root;
}

interface GraphJson {
  nodes: { id: string; env: string; external: boolean; repo?: string }[];
  edges: { dependent: string; dependency: string; key: string; kind: string }[];
}

const networkEdges = [
  { dependent: "ecs-cluster/main", dependency: "vpc/core", key: "vpc_nickname", kind: "nickname" },
  {
    dependent: "serverless-site/www",
    dependency: "route53-zone/example-com",
    key: "route53_zone_name",
    kind: "name-match",
  },
];

describe("karma on a workspace of repositories", () => {
  it("validates app with network: no external references", async () => {
    const cwd = await workspace({ app, network });
    const alone = await runMain(["validate", "app", "--json"], { cwd });
    const codes = (run: { stdout: string }) =>
      (JSON.parse(run.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code);
    expect(codes(alone)).toEqual(["missing-reference", "missing-reference"]);

    const { code, stdout, stderr } = await runMain(["validate", "app", "--with", "network"], {
      cwd,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      "4 components of 2 repositories (app, network) in 1 environment (dev): 0 errors, 0 warnings, 0 notes\n",
    );
    const json = await runMain(["validate", "app", "--with", "network", "--json"], { cwd });
    expect(JSON.parse(json.stdout)).toEqual({
      components: 4,
      environments: ["dev"],
      repositories: ["app", "network"],
      issues: [],
    });
  });

  it("graphs the edges into the network repository, with the repository on each node", async () => {
    const cwd = await workspace({ app, network });
    const { code, stdout, stderr } = await runMain(
      ["graph", "app", "--with", "network", "--format", "json"],
      { cwd },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const graph = JSON.parse(stdout) as GraphJson;
    expect(
      graph.edges.map(({ dependent, dependency, key, kind }) => ({
        dependent,
        dependency,
        key,
        kind,
      })),
    ).toEqual(networkEdges);
    expect(graph.nodes.map(({ id, repo, external }) => ({ id, repo, external }))).toEqual([
      { id: "ecs-cluster/main", repo: "app", external: false },
      { id: "route53-zone/example-com", repo: "network", external: false },
      { id: "serverless-site/www", repo: "app", external: false },
      { id: "vpc/core", repo: "network", external: false },
    ]);

    // the same edges as the repository they were split from
    const whole = await workspace({ whole: { ...network, ...app } });
    const single = await runMain(["graph", "whole"], { cwd: whole });
    expect((JSON.parse(single.stdout) as GraphJson).edges).toEqual(graph.edges);
  });

  it("reads the other repositories from .karma/workspace.json, flags adding to them", async () => {
    const cwd = await workspace({
      app: {
        ...app,
        // the repository itself and a repeated entry count once
        ".karma/workspace.json": '{ "repositories": ["../network", "../app", "../network/"] }\n',
      },
      network,
    });
    const flags = await workspace({ app, network });
    const listed = await runMain(["graph", "app"], { cwd });
    const given = await runMain(["graph", "app", "--with", "network"], { cwd: flags });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(given.stdout);

    const validated = await runMain(["validate"], { cwd: join(cwd, "app") });
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(/^4 components of 2 repositories \(app, network\)/);
    // --with the same folder again changes nothing
    const again = await runMain(["validate", "app", "--with", "network"], { cwd });
    expect(again.stdout).toBe(await runMain(["validate", "app"], { cwd }).then((r) => r.stdout));
  });

  it("names the file, line and field of a broken workspace file (exit 2)", async () => {
    const cwd = await workspace({
      app: {
        ...app,
        ".karma/workspace.json": '{\n  "repositories": ["../network", 3],\n  "repos": []\n}\n',
      },
      network,
    });
    const { code, stdout, stderr } = await runMain(["validate", "app"], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      [
        "karma: app/.karma/workspace.json:2:34: repositories.1: expected a string, found a number 3",
        'app/.karma/workspace.json:3:3: repos: unknown field; the file holds {"repositories": ["../other-repository"]}',
        "",
      ].join("\n"),
    );

    await writeFile(join(cwd, "app/.karma/workspace.json"), '{ "repositories": ["../gone"] }');
    const missing = await runMain(["validate", "app"], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `karma: app/.karma/workspace.json:1:20: repositories.0: ../gone: cannot read ${join(cwd, "gone")}: no such file or directory\n`,
    );
  });

  it("makes a missing --with folder, or two of the same name, a usage error (exit 2)", async () => {
    const cwd = await workspace({ app, network });
    for (const command of ["validate", "graph"]) {
      const { code, stdout, stderr } = await runMain([command, "app", "--with", "nowhere"], {
        cwd,
      });
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toBe(
        `karma: cannot read ${join(cwd, "nowhere")}: no such file or directory\n`,
      );
    }
    const file = await runMain(
      ["validate", "app", "--with", "app/account_environments/acme-dev.json"],
      {
        cwd,
      },
    );
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/acme-dev\.json is not a directory\n$/);

    await mkdir(join(cwd, "elsewhere/network"), { recursive: true });
    const clash = await runMain(
      ["validate", "app", "--with", "network", "--with", "elsewhere/network"],
      { cwd },
    );
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/^karma: two repositories are named "network" /);
  });

  it("reports a component defined in both repositories, naming both files", async () => {
    const cwd = await workspace({
      app: { ...app, "iac/dev/vpc/core/config.json": network["iac/dev/vpc/core/config.json"] },
      network,
    });
    const { code, stdout } = await runMain(["validate", "app", "--with", "network"], { cwd });
    expect(code).toBe(1);
    const both =
      "vpc/core is defined in app/iac/dev/vpc/core/config.json and network/iac/dev/vpc/core/config.json";
    expect(stdout).toContain(`app/iac/dev/vpc/core/config.json:1:1  error    ${both}`);
    expect(stdout).toContain(`network/iac/dev/vpc/core/config.json:1:1  error    ${both}`);
  });

  it("names files relative to their repository, prefixed with it", async () => {
    const cwd = await workspace({
      app: { ...app, "iac/dev/ecs-cluster/main/config.json": '{ "vpc_nickname": "other" }\n' },
      network: { ...network, "iac/dev/vpc/core/config.json": "{ broken" },
    });
    const { code, stdout } = await runMain(["validate", "app", "--with", "network", "--json"], {
      cwd,
    });
    expect(code).toBe(1);
    const files = (JSON.parse(stdout) as { issues: { file: string; code: string }[] }).issues.map(
      (issue) => `${issue.file} ${issue.code}`,
    );
    expect(files).toContain("app/iac/dev/ecs-cluster/main/config.json missing-reference");
    expect(files).toContain("network/iac/dev/vpc/core/config.json invalid-json");
  });

  it("plans the first repository, with consequences and broken references in the others", async () => {
    const cwd = await workspace({ network, base: network, app });
    await rm(join(cwd, "network/iac/dev/vpc"), { recursive: true });
    const { code, stdout } = await runMain(
      ["plan", "network", "--base", "base", "--with", "app", "--format", "json"],
      { cwd },
    );
    expect(code).toBe(1);
    const plan = JSON.parse(stdout) as {
      actions: { component: string; action: string }[];
      consequences: { component: string; repo?: string }[];
      issues: { file: string; message: string }[];
    };
    expect(plan.actions).toEqual([
      expect.objectContaining({ component: "vpc/core", action: "delete" }),
    ]);
    expect(plan.consequences).toEqual([
      expect.objectContaining({ component: "ecs-cluster/main", repo: "app" }),
    ]);
    expect(plan.issues).toEqual([
      expect.objectContaining({
        file: "app/iac/dev/ecs-cluster/main/config.json",
        message:
          "vpc/core is deleted by this change but ecs-cluster/main still refers to it through vpc_nickname",
      }),
    ]);
  });

  it("compares every repository with a snapshot: network's components are not unmanaged", async () => {
    const cwd = await workspace({ app, network });
    const parameter = (id: string, config: string) => ({
      Name: `/iac/${id}/config`,
      Type: "String",
      Value: config,
    });
    const snapshot = {
      Parameters: [
        parameter("vpc/core", network["iac/dev/vpc/core/config.json"]),
        parameter("ecs-cluster/main", app["iac/dev/ecs-cluster/main/config.json"]),
      ],
    };
    await writeFile(join(cwd, "snapshot.json"), JSON.stringify(snapshot));
    const alone = await runMain(["drift", "app", "--snapshot", "snapshot.json", "--json"], { cwd });
    const statuses = (run: { stdout: string }) =>
      Object.fromEntries(
        (
          JSON.parse(run.stdout) as {
            components: { id: string; status: string; file: string | null }[];
          }
        ).components.map((c) => [c.id, `${c.status} ${c.file}`]),
      );
    expect(statuses(alone)["vpc/core"]).toBe("external null");
    const both = await runMain(
      ["drift", "app", "--snapshot", "snapshot.json", "--with", "network", "--json"],
      { cwd },
    );
    expect(statuses(both)).toEqual({
      "ecs-cluster/main": "in-sync app/iac/dev/ecs-cluster/main/config.json",
      "route53-zone/example-com":
        "not-deployed network/iac/dev/route53-zone/example-com/config.json",
      "serverless-site/www": "not-deployed app/iac/dev/serverless-site/www/config.json",
      "vpc/core": "in-sync network/iac/dev/vpc/core/config.json",
    });
  });

  it.each(["validate", "graph", "plan", "drift"])(
    "mentions --with in the help of %s",
    async (name) => {
      const { code, stdout } = await runMain([name, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: karma \S+ .*\[--with <dir>\]\.\.\./);
      expect(stdout).toMatch(/^ {2}--with <dir> /m);
    },
  );
});

describe("karma graph --format opencypher", () => {
  it("writes nodes.csv and relationships.csv that a strict RFC 4180 reader accepts", async () => {
    const cwd = await workspace({ app, network });
    const { code, stdout, stderr } = await runMain(
      ["graph", "app", "--with", "network", "--format", "opencypher", "--out", "export"],
      { cwd },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      `${join(cwd, "export/nodes.csv")}: 4 nodes\n${join(cwd, "export/relationships.csv")}: 2 relationships\n`,
    );
    const { nodes, relationships } = await readExport(join(cwd, "export"));
    expect(nodes).toEqual([
      [
        ":ID",
        ":LABEL",
        "env:String",
        "type:String",
        "nickname:String",
        "repo:String",
        "external:Boolean",
      ],
      ["app:dev/ecs-cluster/main", "Component", "dev", "ecs-cluster", "main", "app", "false"],
      [
        "network:dev/route53-zone/example-com",
        "Component",
        "dev",
        "route53-zone",
        "example-com",
        "network",
        "false",
      ],
      ["app:dev/serverless-site/www", "Component", "dev", "serverless-site", "www", "app", "false"],
      ["network:dev/vpc/core", "Component", "dev", "vpc", "core", "network", "false"],
    ]);
    expect(relationships[0]).toEqual([
      ":ID",
      ":START_ID",
      ":END_ID",
      ":TYPE",
      "key:String",
      "kind:String",
      "env:String",
    ]);
    expect(relationships.slice(1).map((row) => row.slice(1, 6))).toEqual([
      [
        "app:dev/ecs-cluster/main",
        "network:dev/vpc/core",
        "DEPENDS_ON",
        "vpc_nickname",
        "nickname",
      ],
      [
        "app:dev/serverless-site/www",
        "network:dev/route53-zone/example-com",
        "DEPENDS_ON",
        "route53_zone_name",
        "name-match",
      ],
    ]);
    expectConnected(nodes, relationships);

    // the same ids on every run
    await runMain(
      ["graph", "app", "--with", "network", "--format", "opencypher", "--out", "again"],
      {
        cwd,
      },
    );
    expect(await readExport(join(cwd, "again"))).toEqual({ nodes, relationships });
  });

  it("escapes quotes, commas, line breaks and control characters from the repositories", async () => {
    const hostile = 'a"b,c\nd\re\u0000f\u001b[31mg\u202eh ';
    const cwd = await workspace({
      app: {
        ...app,
        "iac/dev/ecs-cluster/main/config.json": `${JSON.stringify({ vpc_nickname: hostile })}\n`,
        "iac/dev/lambda/fn/config.json": `${JSON.stringify({
          functions: {
            [`x",\r\n${hostile}`]: {
              runtime: "nodejs20.x",
              handler: "main.handler",
              memory_size: 128,
              timeout: 10,
              vpc_nickname: "core",
            },
          },
        })}\n`,
      },
      network,
    });
    const { code } = await runMain(
      ["graph", "app", "--with", "network", "--format", "opencypher", "--out", "export"],
      { cwd },
    );
    expect(code).toBe(0);
    const { nodes, relationships } = await readExport(join(cwd, "export"));
    const shown = 'a"b,c\nd\\u000de\\u0000f\\u001b[31mg\\u202eh ';
    expect(nodes.map((row) => row[0])).toContain(`app:dev/vpc/${shown}`);
    expect(relationships.map((row) => row[4])).toContain(
      `functions.x",\\u000d\n${shown}.vpc_nickname`,
    );
    expectConnected(nodes, relationships);
  });

  it("needs --out, and --out needs it (exit 2)", async () => {
    const cwd = await workspace({ app });
    const noOut = await runMain(["graph", "app", "--format", "opencypher"], { cwd });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(
      /^karma: --format opencypher writes files: give the folder with --out\n/,
    );
    const outOnly = await runMain(["graph", "app", "--out", "x"], { cwd });
    expect(outOnly.code).toBe(2);
  });
});

/** Both files of an export, each parsed strictly as RFC 4180. */
async function readExport(
  folder: string,
): Promise<{ nodes: string[][]; relationships: string[][] }> {
  return {
    nodes: parseCsv(await readFile(join(folder, "nodes.csv"), "utf8")),
    relationships: parseCsv(await readFile(join(folder, "relationships.csv"), "utf8")),
  };
}

/** Unique node ids, and every relationship's start and end among them. */
function expectConnected(nodes: string[][], relationships: string[][]): void {
  const ids = nodes.slice(1).map((row) => row[0]!);
  expect(new Set(ids).size).toBe(ids.length);
  const edgeIds = relationships.slice(1).map((row) => row[0]!);
  expect(new Set(edgeIds).size).toBe(edgeIds.length);
  for (const row of relationships.slice(1)) {
    expect(ids).toContain(row[1]);
    expect(ids).toContain(row[2]);
  }
}

/**
 * RFC 4180, strictly: records end in CRLF (the last one may not); a field is either quoted (any
 * text, a quote doubled) or holds no quote, CR or LF; no control characters but the line breaks
 * of a quoted field; every record as long as the header. Throws on anything else.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`not RFC 4180 at offset ${at}: ${why}`);
  };
  while (at < text.length) {
    let field = "";
    if (text[at] === '"') {
      at++;
      for (;;) {
        if (at >= text.length) fail("unterminated quoted field");
        const c = text[at]!;
        if (c === '"') {
          if (text[at + 1] === '"') {
            field += '"';
            at += 2;
            continue;
          }
          at++;
          break;
        }
        // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
        if (/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/.test(c)) fail("control character");
        field += c;
        at++;
      }
    } else {
      while (at < text.length && text[at] !== "," && text[at] !== "\r") {
        const c = text[at]!;
        if (c === '"' || c === "\n") fail("quote or line feed in an unquoted field");
        // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
        if (/[\u0000-\u001f\u007f]/.test(c)) fail("control character");
        field += c;
        at++;
      }
    }
    record.push(field);
    if (text[at] === ",") {
      at++;
      continue;
    }
    if (at >= text.length) {
      records.push(record);
      break;
    }
    if (text.slice(at, at + 2) !== "\r\n") fail("a record must end in CRLF");
    at += 2;
    records.push(record);
    record = [];
  }
  const width = records[0]?.length ?? 0;
  for (const row of records) if (row.length !== width) fail("records of different lengths");
  return records;
}
