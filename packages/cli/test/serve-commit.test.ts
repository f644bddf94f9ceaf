import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/serve/start-server.ts";
import { json, type LogRepo, networkRepo, vpcFile } from "./log-git-repo.ts";
import { type Answer, call, type Served, serveFixture, sha256 } from "./serve-harness.ts";

const clusterFile = "iac/dev/ecs-cluster/core/config.json";
const apiFile = "iac/dev/ecs-service/api/config.json";
const zoneFile = "iac/dev/route53-zone/main/config.json";
const logsFile = "iac/dev/s3-bucket/logs/config.json";

interface Refusal {
  error: string;
  paths?: { path: string; message: string }[];
  staged?: string[];
  changed?: string[];
}

let repo: LogRepo | undefined;
let server: RunningServer | undefined;
let dist: string | undefined;
let fixture: Served | undefined;
afterEach(async () => {
  await server?.close();
  await fixture?.cleanup();
  await repo?.remove();
  if (dist) await rm(dist, { recursive: true, force: true });
  server = repo = dist = fixture = undefined;
});

/**
 * `karma serve` on the four commits of log-git-repo.ts, with the Karma repository in `subdir`
 * of the git repository; who commits is configured in that repository only.
 */
async function serveNetwork(subdir = "config"): Promise<LogRepo> {
  repo = await networkRepo(subdir);
  await repo.git("config", "user.name", "Karma Test");
  await repo.git("config", "user.email", "karma@example.com");
  await repo.git("config", "commit.gpgsign", "false");
  dist = await mkdtemp(join(tmpdir(), "karma-commit-dist-"));
  await writeFile(join(dist, "index.html"), "<!doctype html><title>Karma</title>\n");
  server = await startServer({ root: repo.dir, port: 0, distDir: dist });
  return repo;
}

const request = (method: string, path: string, body?: unknown, token = server!.token) =>
  call(server!.port, method, path, {
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });

const disk = (path: string) => readFile(join(repo!.dir, path), "utf8").catch(() => null);

/** Saves through the API, as the app does: each change checked against the file on disk. */
async function save(changes: Record<string, string | null>): Promise<void> {
  const versions: Record<string, string | null> = {};
  for (const path of Object.keys(changes)) {
    const text = await disk(path);
    versions[path] = text === null ? null : sha256(text);
  }
  const answer = await request("PUT", "/api/files", { changes, versions });
  expect(answer.status, answer.body).toBe(200);
}

const commit = (message: string, paths: string[]): Promise<Answer> =>
  request("POST", "/api/commit", { message, paths });
const head = async () => (await repo!.git("rev-parse", "HEAD")).trim();
const staged = async () => (await repo!.git("diff", "--cached", "--name-only")).trim();

describe("karma serve: POST /api/commit", () => {
  it("commits exactly the saved files as they were saved, on the current branch", async () => {
    await serveNetwork();
    await save({
      [vpcFile]: json({ cidr: "10.2.0.0/16" }),
      [logsFile]: json({ bucket_name: "acme-dev-logs" }),
      [apiFile]: null,
    });
    // changes that were not saved through Karma stay out of the commit
    await writeFile(join(repo!.dir, zoneFile), json({ zone_name: "edited.example" }));
    await writeFile(join(repo!.top, "notes.txt"), "not Karma's\n");

    const paths = [vpcFile, logsFile, apiFile];
    const answer = await commit("Widen the VPC again\n\n#42: the logs bucket too", paths);
    expect(answer.status, answer.body).toBe(200);
    expect(answer.json()).toEqual({
      commit: await head(),
      branch: "main",
      paths: [apiFile, logsFile, vpcFile],
    });
    expect(await repo!.git("log", "-1", "--format=%B%an", "--name-status")).toBe(
      [
        "Widen the VPC again",
        "",
        "#42: the logs bucket too",
        "Karma Test",
        "",
        `D\tconfig/${apiFile}`,
        `A\tconfig/${logsFile}`,
        `M\tconfig/${vpcFile}`,
        "",
      ].join("\n"),
    );
    expect(await repo!.git("show", `HEAD:config/${vpcFile}`)).toBe(json({ cidr: "10.2.0.0/16" }));
    expect((await repo!.git("status", "--porcelain")).split("\n").filter(Boolean)).toEqual([
      ` M config/${zoneFile}`,
      "?? notes.txt",
    ]);
    expect(await repo!.git("rev-list", "--count", "HEAD")).toBe("5\n");
  });

  it("commits at the top of the repository too, and only what was saved since the last commit", async () => {
    await serveNetwork("");
    await save({ [vpcFile]: json({ cidr: "10.3.0.0/16" }) });
    expect((await commit("Widen it", [vpcFile])).status).toBe(200);
    expect(await repo!.git("log", "-1", "--format=", "--name-only")).toBe(`${vpcFile}\n`);
    // committed: no longer a saved file waiting for a commit
    const again = await commit("Widen it twice", [vpcFile]);
    expect(again.status).toBe(400);
    expect(again.json<Refusal>().paths).toEqual([
      { path: vpcFile, message: "not saved by this karma serve since it was last committed" },
    ]);
  });

  it("refuses with 409 when other changes are staged, names them, and commits nothing", async () => {
    await serveNetwork();
    await save({ [vpcFile]: json({ cidr: "10.2.0.0/16" }) });
    await writeFile(join(repo!.dir, clusterFile), json({ vpc_nickname: "edge" }));
    await writeFile(join(repo!.top, "notes.txt"), "staged by hand\n");
    await repo!.git("add", "notes.txt", `config/${clusterFile}`);
    const before = { head: await head(), staged: await staged() };

    const status = await request("GET", "/api/commit");
    expect(status.status).toBe(200);
    expect(status.json()).toEqual({ branch: "main", staged: [clusterFile, "../notes.txt"] });

    const answer = await commit("Widen the VPC", [vpcFile]);
    expect(answer.status).toBe(409);
    expect(answer.json<Refusal>()).toEqual({
      error: `other changes are staged: ${clusterFile}, ../notes.txt. Commit or unstage them first (git restore --staged <path>); nothing was committed.`,
      staged: [clusterFile, "../notes.txt"],
    });
    expect({ head: await head(), staged: await staged() }).toEqual(before);
  });

  it("takes a saved file that is also staged, as it was saved", async () => {
    await serveNetwork();
    await save({ [vpcFile]: json({ cidr: "10.2.0.0/16" }) });
    await repo!.git("add", `config/${vpcFile}`);
    const answer = await commit("Widen the VPC", [vpcFile]);
    expect(answer.status, answer.body).toBe(200);
    expect(await staged()).toBe("");
  });

  it("leaves the index as it was when a hook refuses the commit", async () => {
    await serveNetwork();
    // the VPC's file staged by hand at one text, then saved through Karma at another
    await writeFile(join(repo!.dir, vpcFile), json({ cidr: "10.7.0.0/16" }));
    await repo!.git("add", `config/${vpcFile}`);
    await save({
      [vpcFile]: json({ cidr: "10.2.0.0/16" }),
      [logsFile]: json({ bucket_name: "b" }),
    });
    const hook = join(repo!.top, ".git", "hooks", "pre-commit");
    await writeFile(hook, "#!/bin/sh\necho 'lint: no' >&2\nexit 1\n");
    await chmod(hook, 0o755);
    const before = { head: await head(), staged: await staged() };

    const answer = await commit("Widen the VPC", [vpcFile, logsFile]);
    expect(answer.status).toBe(500);
    expect(answer.json<Refusal>().error).toMatch(/^git did not commit: .*Nothing was committed\.$/);
    expect({ head: await head(), staged: await staged() }).toEqual(before);
    expect(await repo!.git("show", `:config/${vpcFile}`)).toBe(json({ cidr: "10.7.0.0/16" }));
  });

  it("refuses a bad body or a path it may not commit with 400, and commits nothing", async () => {
    await serveNetwork();
    await save({ [vpcFile]: json({ cidr: "10.2.0.0/16" }) });
    const before = await head();
    const cases: [unknown, RegExp][] = [
      ["not json", /^the body is not valid JSON$/],
      [[vpcFile], /^expected \{"message"/],
      [{ paths: [vpcFile] }, /^"message" must be text/],
      [{ message: " \n", paths: [vpcFile] }, /^the commit message is empty$/],
      [{ message: "a\u0000b", paths: [vpcFile] }, /NUL/],
      [{ message: "x".repeat(20_001), paths: [vpcFile] }, /longer than 20000 characters/],
      [{ message: "Widen", paths: vpcFile }, /^"paths" must be a list of paths/],
      [{ message: "Widen", paths: [] }, /^no paths to commit$/],
      [{ message: "Widen", paths: [vpcFile, vpcFile] }, /more than once/],
    ];
    for (const [body, error] of cases) {
      const answer = await request("POST", "/api/commit", body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json<Refusal>().error).toMatch(error);
    }
    const refused: [string, RegExp][] = [
      ["../notes.txt", /'\.\.' segment/],
      [`/${vpcFile}`, /absolute/],
      ["README.md", /not a file Karma reads/],
      [zoneFile, /^not saved by this karma serve/],
    ];
    for (const [path, message] of refused) {
      const answer = await commit("Widen", [vpcFile, path]);
      expect(answer.status, path).toBe(400);
      expect(answer.json<Refusal>().paths).toEqual([
        { path, message: expect.stringMatching(message) },
      ]);
      expect(answer.json<Refusal>().error).toMatch(/Nothing was committed\.$/);
    }
    expect(await head()).toBe(before);
    expect(await staged()).toBe("");
  });

  it("refuses with 409 a saved file changed on disk since, and a detached HEAD", async () => {
    await serveNetwork();
    await save({ [vpcFile]: json({ cidr: "10.2.0.0/16" }) });
    await writeFile(join(repo!.dir, vpcFile), json({ cidr: "10.9.0.0/16" }));
    const changed = await commit("Widen the VPC", [vpcFile]);
    expect(changed.status).toBe(409);
    expect(changed.json<Refusal>().changed).toEqual([vpcFile]);

    await save({ [vpcFile]: json({ cidr: "10.2.0.0/16" }) });
    await repo!.git("checkout", "-q", "--detach");
    const detached = await commit("Widen the VPC", [vpcFile]);
    expect(detached.status).toBe(409);
    expect(detached.json<Refusal>().error).toMatch(/^HEAD is detached/);
    expect((await request("GET", "/api/commit")).json()).toEqual({ branch: null, staged: [] });
    expect(await staged()).toBe("");
  });

  it("says 409 when the saved files are as in HEAD", async () => {
    await serveNetwork();
    await save({ [vpcFile]: json({ cidr: "10.1.0.0/16" }) });
    const answer = await commit("Nothing", [vpcFile]);
    expect(answer.status).toBe(409);
    expect(answer.json<Refusal>().error).toMatch(/^nothing to commit/);
  });

  it("needs the token, answers 404 outside git and 405 for other methods", async () => {
    await serveNetwork();
    expect((await request("GET", "/api/commit", undefined, "wrong")).status).toBe(403);
    expect(
      (await request("POST", "/api/commit", { message: "x", paths: [] }, "wrong")).status,
    ).toBe(403);
    const put = await request("PUT", "/api/commit", {});
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe("GET, POST");

    fixture = await serveFixture();
    const outside = await call(fixture.server.port, "GET", "/api/commit", {
      headers: { Authorization: `Bearer ${fixture.server.token}` },
    });
    expect(outside.status).toBe(404);
    expect(outside.json<Refusal>().error).toMatch(/^not in a git repository/);
  });
});
