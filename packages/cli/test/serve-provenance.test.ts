import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { readRepository } from "../src/read-repository.ts";
import { type Answer, call, type Served, serveFixture, sha256 } from "./serve-harness.ts";

const run = promisify(execFile);
const siteId = "serverless-site/strall-com";
const site = `iac/prod/${siteId}/config.json`;

interface Refusal {
  error: string;
}

let served: Served | undefined;
afterEach(async () => {
  await served?.cleanup();
  served = undefined;
});

const git = async (root: string, ...args: string[]) =>
  (
    await run(
      "git",
      [
        "-c",
        "user.name=Dana Dev",
        "-c",
        "user.email=dana@example.com",
        "-c",
        "commit.gpgsign=false",
        "-c",
        "init.defaultBranch=main",
        ...args,
      ],
      { cwd: root },
    )
  ).stdout;

/** The sample served from a git repository of two commits: the import, then a site edit. */
async function serveWithHistory(): Promise<Served> {
  served = await serveFixture({
    prepare: async (root) => {
      await git(root, "init", "-q");
      await git(root, "add", "-A");
      await git(root, "commit", "-q", "--date=2026-04-01T10:00:00Z", "-m", "Import the sample");
      const text = await readFile(join(root, site), "utf8");
      await writeFile(join(root, site), text.replace('"strall.com."', '"usekarma.dev"'));
      await git(root, "commit", "-qa", "--date=2026-04-20T10:00:00Z", "-m", "Move the zone");
    },
  });
  return served;
}

function get(path: string, token = served!.server.token): Promise<Answer> {
  return call(served!.server.port, "GET", path, { headers: { Authorization: `Bearer ${token}` } });
}
const head = async (ref = "HEAD") => (await git(served!.root, "rev-parse", ref)).trim();

describe("karma serve: GET /api/log", () => {
  it("needs the token", async () => {
    await serveWithHistory();
    for (const path of ["/api/log?env=prod", "/api/files-at?ref=HEAD"]) {
      const answer = await get(path, "wrong");
      expect(answer.status).toBe(403);
      expect(answer.json<Refusal>().error).toMatch(/^missing or wrong token/);
    }
  });

  it("answers a component's log as karma log --json does, by id or by path", async () => {
    await serveWithHistory();
    const answer = await get(`/api/log?component=${siteId}&env=prod`);
    expect(answer.status).toBe(200);
    expect(answer.headers["cache-control"]).toBe("no-store");
    expect(answer.json()).toEqual({
      component: siteId,
      env: "prod",
      commits: [
        {
          sha: await head(),
          author: "Dana Dev",
          date: "2026-04-20T10:00:00Z",
          subject: "Move the zone",
          change: "update",
          fields: [{ path: "route53_zone_name", before: "strall.com.", after: "usekarma.dev" }],
        },
        expect.objectContaining({
          sha: await head("HEAD~1"),
          subject: "Import the sample",
          change: "create",
        }),
      ],
    });
    const byPath = await get(`/api/log?path=${encodeURIComponent(site)}&limit=1`);
    expect(byPath.status).toBe(200);
    expect(byPath.json()).toEqual({
      ...answer.json<object>(),
      commits: [answer.json<{ commits: unknown[] }>().commits[0]],
    });
  });

  it("answers an environment's log: per commit, the components and edges it changed", async () => {
    await serveWithHistory();
    const answer = await get("/api/log?env=prod&limit=1");
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({
      env: "prod",
      commits: [
        {
          sha: await head(),
          author: "Dana Dev",
          date: "2026-04-20T10:00:00Z",
          subject: "Move the zone",
          components: [{ id: siteId, change: "update" }],
          edges: [
            {
              dependent: siteId,
              dependency: "route53-zone/strall-com",
              key: "route53_zone_name",
              change: "remove",
            },
            {
              dependent: siteId,
              dependency: "route53-zone/usekarma-dev",
              key: "route53_zone_name",
              change: "add",
            },
          ],
        },
      ],
    });
  });

  it("refuses a question it cannot answer: 400 for a wrong one, 404 for nothing by that name", async () => {
    await serveWithHistory();
    const cases: [string, number, RegExp][] = [
      [
        "/api/log",
        400,
        /^the history has several environments \(dev, prod\): choose one with env=<env>$/,
      ],
      ["/api/log?env=stage", 400, /^unknown environment "stage" \(environments: dev, prod\)$/],
      ["/api/log?env=prod&limit=0", 400, /^limit must be a whole number from 1/],
      ["/api/log?env=prod&env=dev", 400, /^env is given more than once$/],
      ["/api/log?component=vpc", 400, /is not a component: expected <type>\/<nickname>/],
      ["/api/log?path=iac/prod/notes.txt", 400, /^path must be a component's/],
      [`/api/log?path=${site}&env=dev`, 400, /^path is in the environment "prod", not "dev"$/],
      [`/api/log?path=${site}&component=${siteId}`, 400, /^give component or path, not both$/],
      [
        "/api/log?component=vpc/nowhere&env=prod",
        404,
        /^no component vpc\/nowhere in prod in the history$/,
      ],
    ];
    for (const [path, status, error] of cases) {
      const answer = await get(path);
      expect({ path, status: answer.status }).toEqual({ path, status });
      expect(answer.json<Refusal>().error).toMatch(error);
    }
    const post = await call(served!.server.port, "POST", "/api/log", {
      headers: { Authorization: `Bearer ${served!.server.token}` },
    });
    expect([post.status, post.headers.allow]).toEqual([405, "GET"]);
  });

  it("says 404 when the served folder is not in a git repository", async () => {
    served = await serveFixture();
    const answer = await get("/api/log?env=prod");
    expect(answer.status).toBe(404);
    expect(answer.json<Refusal>().error).toMatch(
      /^cannot read the git history of .*: not a git repository/,
    );
    expect((await get("/api/files-at?ref=HEAD")).status).toBe(404);
  });
});

describe("karma serve: GET /api/files-at", () => {
  it("answers the Karma files at a ref as GET /api/files does, with the commit", async () => {
    const { root } = await serveWithHistory();
    const answer = await get("/api/files-at?ref=HEAD~1");
    expect(answer.status).toBe(200);
    const body = answer.json<{
      root: string;
      ref: string;
      commit: string;
      files: Record<string, string>;
      versions: Record<string, string>;
      problems: string[];
    }>();
    expect(body.root).toBe(root);
    expect(body.ref).toBe("HEAD~1");
    expect(body.commit).toBe(await head("HEAD~1"));
    expect(body.problems).toEqual([]);
    // the import commit: the sample as it was, before the zone moved
    const now = (await readRepository(root)).files;
    expect(Object.keys(body.files)).toEqual(Object.keys(now));
    expect(body.files[site]).toContain('"route53_zone_name": "strall.com."');
    for (const [path, text] of Object.entries(body.files)) {
      expect(body.versions[path]).toBe(sha256(text));
    }
    const byId = await get(`/api/files-at?ref=${await head()}`);
    expect(byId.json<{ files: Record<string, string> }>().files).toEqual(now);
  });

  it("refuses refs that are options, ranges, paths or hidden characters, and leaves git alone", async () => {
    const { root } = await serveWithHistory();
    const refs = [
      "",
      "--output=/tmp/stolen",
      "-p",
      "HEAD..main",
      "HEAD~1:iac",
      ":/Import",
      "HEAD~1\u0000",
      "main\u001b[2J",
      "a b",
      "refs/*",
      "x".repeat(300),
    ];
    for (const ref of refs) {
      const answer = await get(`/api/files-at?ref=${encodeURIComponent(ref)}`);
      expect({ ref, status: answer.status }).toEqual({ ref, status: 400 });
    }
    const missing = await get("/api/files-at");
    expect(missing.json<Refusal>().error).toBe("missing ref (a commit, branch or tag)");
    const unknown = await get("/api/files-at?ref=no-such-branch");
    expect(unknown.status).toBe(404);
    expect(unknown.json<Refusal>().error).toMatch(/no such commit, branch or tag$/);
    const tree = await get(`/api/files-at?ref=${encodeURIComponent("HEAD^{tree}")}`);
    expect(tree.status).toBe(404);
    expect(await git(root, "status", "--porcelain")).toBe("");
  });
});
