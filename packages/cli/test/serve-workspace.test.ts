import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import type { OutputStream } from "../src/cli-io.ts";
import { createServeCommand } from "../src/commands/serve.ts";
import { type RunningServer, startServer } from "../src/serve/start-server.ts";
import { type Answer, call, sha256 } from "./serve-harness.ts";

const run = promisify(execFile);

// One workspace in two git repositories: `network` owns the VPC, `app` a cluster that uses it.
const account = `${JSON.stringify({ name: "acme-dev", environment: "dev" })}\n`;
const vpc = "iac/dev/vpc/core/config.json";
const cluster = "iac/dev/ecs-cluster/main/config.json";
const repositories = {
  network: {
    "account_environments/acme-dev.json": account,
    [vpc]: '{ "cidr": "10.0.0.0/16", "az_count": 2 }\n',
  },
  app: {
    "account_environments/acme-dev.json": account,
    [cluster]: '{ "cluster_name": "ecs-main", "vpc_nickname": "core" }\n',
  },
};
const netVpc = `../network/${vpc}`;

interface Files {
  root: string;
  files: Record<string, string>;
  versions: Record<string, string>;
  problems: string[];
  repositories: { name: string; root: string }[];
}
interface Refusal {
  error: string;
  repository?: string;
  paths?: { path: string; message: string }[];
  conflicts?: { path: string; expected: string | null; actual: string | null }[];
  staged?: string[];
}

let base: string | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  if (base) await rm(base, { recursive: true, force: true });
  server = base = undefined;
});

/** `app` and `network` side by side, each its own git repository with one commit, and an app build. */
async function workspace(): Promise<{ app: string; network: string; dist: string }> {
  base = await realpath(await mkdtemp(join(tmpdir(), "karma-serve-workspace-")));
  for (const [name, files] of Object.entries(repositories)) {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(base, name, path)), { recursive: true });
      await writeFile(join(base, name, path), text);
    }
    await git(name, "init", "-q");
    await git(name, "config", "user.name", "Karma Test");
    await git(name, "config", "user.email", "karma@example.com");
    await git(name, "config", "commit.gpgsign", "false");
    await git(name, "add", "-A");
    await git(name, "commit", "-q", "-m", `Add ${name}`);
  }
  const dist = join(base, "dist");
  await mkdir(dist);
  await writeFile(join(dist, "index.html"), "<!doctype html><title>Karma</title>\n");
  return { app: join(base, "app"), network: join(base, "network"), dist };
}

async function git(repository: string, ...args: string[]): Promise<string> {
  const options = { cwd: join(base!, repository) };
  const { stdout } = await run("git", ["-c", "init.defaultBranch=main", ...args], options);
  return stdout;
}

/** `app` served with `network`, as `karma serve app --with network` does. */
async function serveBoth(): Promise<RunningServer> {
  const { app, network, dist } = await workspace();
  server = await startServer({
    root: app,
    others: [{ dir: network, name: "network" }],
    port: 0,
    distDir: dist,
  });
  return server;
}

const request = (method: string, path: string, body?: unknown) =>
  call(server!.port, method, path, {
    headers: {
      Authorization: `Bearer ${server!.token}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const filesNow = async () => (await request("GET", "/api/files")).json<Files>();
const save = (changes: Record<string, string | null>, versions: Record<string, string | null>) =>
  request("PUT", "/api/files", { changes, versions });

/** Every file of both repositories with its content, `.git` left out. */
async function snapshot(): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  for (const name of ["app", "network"]) {
    const root = join(base!, name);
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name).slice(base!.length + 1);
      if (entry.isFile() && !path.startsWith(`${name}/.git/`)) {
        tree[path] = await readFile(join(base!, path), "utf8");
      }
    }
  }
  return tree;
}

describe("karma serve --with: one file map for the repositories of a workspace", () => {
  it("serves every repository's files, another's under ../<name>/, and names the repositories", async () => {
    await serveBoth();
    await writeFile(join(base!, "network/iac/dev/vpc/core/notes.bin"), Buffer.from([0xff]));
    const answer = await filesNow();
    expect(answer.root).toBe(join(base!, "app"));
    expect(answer.repositories).toEqual([
      { name: "app", root: join(base!, "app") },
      { name: "network", root: join(base!, "network") },
    ]);
    expect(answer.files).toEqual({
      "account_environments/acme-dev.json": account,
      [cluster]: repositories.app[cluster],
      "../network/account_environments/acme-dev.json": account,
      [netVpc]: repositories.network[vpc],
    });
    expect(answer.versions[netVpc]).toBe(sha256(repositories.network[vpc]));
    expect(Object.keys(answer.versions)).toEqual(Object.keys(answer.files));
    expect(answer.problems).toEqual([
      expect.stringMatching(/^\.\.\/network\/iac\/dev\/vpc\/core\/notes\.bin: .*not UTF-8/),
    ]);
  });

  it("saves each file to its own repository, and nothing else", async () => {
    await serveBoth();
    const { versions } = await filesNow();
    const before = await snapshot();
    const wider = '{ "cidr": "10.1.0.0/16", "az_count": 2 }\n';
    const renamed = '{ "cluster_name": "ecs-app", "vpc_nickname": "core" }\n';
    const zone = "../network/iac/dev/route53-zone/example-com/config.json";
    const zoneText = '{ "zone_name": "example.com." }\n';
    const answer = await save(
      { [netVpc]: wider, [cluster]: renamed, [zone]: zoneText },
      { [netVpc]: versions[netVpc]!, [cluster]: versions[cluster]!, [zone]: null },
    );
    expect(answer.status, answer.body).toBe(200);
    expect(answer.json()).toEqual({
      versions: { [netVpc]: sha256(wider), [zone]: sha256(zoneText), [cluster]: sha256(renamed) },
    });
    expect(await snapshot()).toEqual({
      ...before,
      [`network/${vpc}`]: wider,
      [`app/${cluster}`]: renamed,
      "network/iac/dev/route53-zone/example-com/config.json": zoneText,
    });
    // and reads back as saved, by the same paths
    const after = await filesNow();
    expect(after.files[netVpc]).toBe(wider);
    expect(after.versions[netVpc]).toBe(sha256(wider));
  });

  it("refuses the whole save when a file of the other repository changed on disk", async () => {
    await serveBoth();
    const { versions } = await filesNow();
    const edited = '{ "cidr": "10.9.0.0/16", "az_count": 2 }\n';
    await writeFile(join(base!, "network", vpc), edited);
    const before = await snapshot();
    const answer = await save(
      { [cluster]: "{}\n", [netVpc]: '{ "cidr": "10.1.0.0/16" }\n' },
      { [cluster]: versions[cluster]!, [netVpc]: versions[netVpc]! },
    );
    expect(answer.status).toBe(409);
    expect(answer.json<Refusal>().conflicts).toEqual([
      { path: netVpc, expected: versions[netVpc], actual: sha256(edited) },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a path under ../ that names no repository served, or leads out of one", async () => {
    await serveBoth();
    const before = await snapshot();
    const refused: [string, RegExp][] = [
      ["../unknown/iac/dev/vpc/x/config.json", /^no repository named "unknown" is served here/],
      // the first repository's files have no prefix: its own name is no repository under ../
      ["../app/iac/dev/vpc/x/config.json", /^no repository named "app" is served here/],
      ["../../x", /'\.\.' segment/],
      ["../network/../app/iac/dev/vpc/x/config.json", /'\.\.' segment/],
      ["../network/README.md", /not a file Karma reads/],
      ["../network", /'\.\.' segment/],
    ];
    for (const [path, message] of refused) {
      const answer = await save({ [path]: "{}\n" }, { [path]: null });
      expect(answer.status, path).toBe(400);
      expect(answer.json<Refusal>().paths).toEqual([
        { path, message: expect.stringMatching(message) },
      ]);
      expect(answer.body, path).not.toContain(base!);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("names the one repository when alone, and takes no path under ../ then", async () => {
    const { app, dist } = await workspace();
    server = await startServer({ root: app, port: 0, distDir: dist });
    const answer = await filesNow();
    expect(answer.repositories).toEqual([{ name: "app", root: app }]);
    expect(Object.keys(answer.files)).toEqual(Object.keys(repositories.app).sort());
    const refused = await save({ [netVpc]: "{}\n" }, { [netVpc]: null });
    expect(refused.json<Refusal>().paths).toEqual([
      { path: netVpc, message: "the path has an empty, '.' or '..' segment" },
    ]);
  });

  it("removes the temporary files a crash left in every repository when it starts", async () => {
    const { app, network, dist } = await workspace();
    const leftover = "iac/dev/vpc/core/.config.json.0123456789ab.karma-tmp";
    await writeFile(join(network, leftover), "half");
    server = await startServer({
      root: app,
      others: [{ dir: network, name: "network" }],
      port: 0,
      distDir: dist,
    });
    expect(await readdir(join(network, "iac/dev/vpc/core"))).toEqual(["config.json"]);
  });
});

describe("karma serve --with: commits", () => {
  const commit = (message: string, paths: string[]): Promise<Answer> =>
    request("POST", "/api/commit", { message, paths });
  const head = async (name: string) => (await git(name, "rev-parse", "HEAD")).trim();

  /** Saves a new VPC range in network and a new cluster name in app. */
  async function saveBoth(): Promise<void> {
    const { versions } = await filesNow();
    const answer = await save(
      {
        [netVpc]: '{ "cidr": "10.1.0.0/16", "az_count": 2 }\n',
        [cluster]: '{ "cluster_name": "ecs-app", "vpc_nickname": "core" }\n',
      },
      { [netVpc]: versions[netVpc]!, [cluster]: versions[cluster]! },
    );
    expect(answer.status, answer.body).toBe(200);
  }

  it("commits in each repository its own saved files, the first repository first", async () => {
    await serveBoth();
    await saveBoth();
    const status = await request("GET", "/api/commit");
    expect(status.json()).toEqual({
      branch: "main",
      staged: [],
      repositories: [
        { name: "app", branch: "main", staged: [] },
        { name: "network", branch: "main", staged: [] },
      ],
    });

    const answer = await commit("Widen the VPC for the app", [netVpc, cluster]);
    expect(answer.status, answer.body).toBe(200);
    const commits = [
      { repository: "app", commit: await head("app"), branch: "main", paths: [cluster] },
      { repository: "network", commit: await head("network"), branch: "main", paths: [netVpc] },
    ];
    expect(answer.json()).toEqual({
      commits,
      commit: commits[0]!.commit,
      branch: "main",
      paths: [cluster, netVpc],
    });
    for (const [name, path] of [
      ["app", cluster],
      ["network", vpc],
    ] as const) {
      expect(await git(name, "log", "-1", "--format=%s", "--name-only")).toBe(
        `Widen the VPC for the app\n\n${path}\n`,
      );
      expect(await git(name, "rev-list", "--count", "HEAD")).toBe("2\n");
      expect(await git(name, "status", "--porcelain")).toBe("");
    }
  });

  it("answers a commit in the other repository alone as for one repository", async () => {
    await serveBoth();
    await saveBoth();
    const answer = await commit("Widen the VPC", [netVpc]);
    expect(answer.status, answer.body).toBe(200);
    expect(answer.json()).toEqual({
      commit: await head("network"),
      branch: "main",
      paths: [netVpc],
    });
    expect(await git("app", "rev-list", "--count", "HEAD")).toBe("1\n");
  });

  it("commits in no repository when one of them refuses, and says which", async () => {
    await serveBoth();
    await saveBoth();
    await writeFile(join(base!, "network/notes.txt"), "staged by hand\n");
    await git("network", "add", "notes.txt");
    const before = { app: await head("app"), network: await head("network") };

    expect((await request("GET", "/api/commit")).json()).toMatchObject({
      repositories: [
        { name: "app", staged: [] },
        { name: "network", staged: ["../network/notes.txt"] },
      ],
    });
    const answer = await commit("Widen the VPC for the app", [cluster, netVpc]);
    expect(answer.status).toBe(409);
    expect(answer.json<Refusal>()).toEqual({
      error: expect.stringMatching(
        /^network: other changes are staged: \.\.\/network\/notes\.txt\. /,
      ),
      repository: "network",
      staged: ["../network/notes.txt"],
    });
    expect({ app: await head("app"), network: await head("network") }).toEqual(before);
    expect(await git("app", "diff", "--cached", "--name-only")).toBe("");
    expect(await git("network", "diff", "--cached", "--name-only")).toBe("notes.txt\n");

    // nothing to commit in one repository: the other's files are staged, then put back
    await git("network", "restore", "--staged", "notes.txt");
    await git("network", "commit", "-q", "-am", "The same range by hand");
    const nothing = await commit("Widen the VPC for the app", [cluster, netVpc]);
    expect(nothing.status).toBe(409);
    expect(nothing.json<Refusal>().error).toMatch(/^network: nothing to commit/);
    expect(await head("app")).toBe(before.app);
    expect(await git("app", "diff", "--cached", "--name-only")).toBe("");
  });
});

class Capture implements OutputStream {
  text = "";
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** `karma serve <args>` from `cwd` until its files are read: what GET /api/files answers. */
async function serveCommand(args: string[], cwd: string, dist: string): Promise<Files> {
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const stdout = new Capture();
  const running = createServeCommand({ distDir: dist, stopSignal: () => stopped }).run(
    [...args, "--port", "0"],
    { stdout, stderr: new Capture(), cwd, env: {} },
  );
  try {
    while (!/token=\S+/.test(stdout.text)) await new Promise((resolve) => setTimeout(resolve, 10));
    const address = new URL(/http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(stdout.text)![0]);
    const files = await call(Number(address.port), "GET", "/api/files", {
      headers: { "X-Karma-Token": address.searchParams.get("token")! },
    });
    return files.json<Files>();
  } finally {
    stop();
    expect(await running).toBe(0);
  }
}

describe("karma serve --with: a commit git refuses", () => {
  it("keeps the commit made before it, and says which was made and which was not", async () => {
    await serveBoth();
    const { versions } = await filesNow();
    const wider = '{ "cidr": "10.1.0.0/16", "az_count": 2 }\n';
    const renamed = '{ "cluster_name": "ecs-app", "vpc_nickname": "core" }\n';
    await save(
      { [netVpc]: wider, [cluster]: renamed },
      { [netVpc]: versions[netVpc]!, [cluster]: versions[cluster]! },
    );
    const hook = join(base!, "network/.git/hooks/pre-commit");
    await writeFile(hook, "#!/bin/sh\necho 'lint: no' >&2\nexit 1\n", { mode: 0o755 });
    const before = (await git("network", "rev-parse", "HEAD")).trim();

    const answer = await request("POST", "/api/commit", {
      message: "Widen",
      paths: [cluster, netVpc],
    });
    expect(answer.status).toBe(500);
    const made = (await git("app", "rev-parse", "HEAD")).trim();
    expect(answer.json()).toEqual({
      error: expect.stringMatching(
        new RegExp(
          `^network: git did not commit: .*Committed before it, and kept: app \\(${made}\\)\\.$`,
          "s",
        ),
      ),
      repository: "network",
      commits: [{ repository: "app", commit: made, branch: "main", paths: [cluster] }],
    });
    expect(await git("app", "log", "-1", "--format=%s")).toBe("Widen\n");
    expect((await git("network", "rev-parse", "HEAD")).trim()).toBe(before);
    expect(await git("network", "diff", "--cached", "--name-only")).toBe("");
    // app's file is committed; network's still waits for a commit
    const again = await request("POST", "/api/commit", { message: "Widen", paths: [cluster] });
    expect(again.status).toBe(400);
    await rm(hook);
    const network = await request("POST", "/api/commit", { message: "Widen", paths: [netVpc] });
    expect(network.status, network.body).toBe(200);
  });
});

describe("karma serve --with: the command", () => {
  it("takes the other repositories from --with or from .karma/workspace.json alike", async () => {
    const { dist } = await workspace();
    const withFlag = await serveCommand(["app", "--with", "network"], base!, dist);
    expect(withFlag.repositories.map((repository) => repository.name)).toEqual(["app", "network"]);
    expect(withFlag.files[netVpc]).toBe(repositories.network[vpc]);

    await mkdir(join(base!, "app/.karma"));
    const listing = '{ "repositories": ["../network"] }\n';
    await writeFile(join(base!, "app/.karma/workspace.json"), listing);
    const fromFile = await serveCommand([], join(base!, "app"), dist);
    const { ".karma/workspace.json": listed, ...rest } = fromFile.files;
    expect(listed).toBe(listing);
    expect({ ...fromFile, files: rest, versions: {} }).toEqual({ ...withFlag, versions: {} });
  });

  it("refuses a --with folder that cannot be read, or a second repository of the same name", async () => {
    const { dist } = await workspace();
    await mkdir(join(base!, "other/app"), { recursive: true });
    const command = createServeCommand({ distDir: dist, stopSignal: async () => {} });
    const io = { stdout: new Capture(), stderr: new Capture(), cwd: base!, env: {} };
    for (const [args, message] of [
      [["app", "--with", "missing"], /^cannot read .*missing: no such file or directory/],
      [["app", "--with", "other/app"], /^two repositories are named "app"/],
    ] as const) {
      const error = await command.run([...args, "--port", "0"], io).catch((e: Error) => e);
      expect(error).toMatchObject({ exitCode: 2, message: expect.stringMatching(message) });
    }
  });
});
