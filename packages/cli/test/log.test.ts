import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { json, type LogRepo, logRepo, networkRepo, vpcFile } from "./log-git-repo.ts";
import { runMain } from "./run-cli.ts";

const run = promisify(execFile);
const cluster = "iac/dev/ecs-cluster/core/config.json";
const api = "iac/dev/ecs-service/api/config.json";
const web = "iac/dev/ecs-service/web/config.json";

let repo: LogRepo | undefined;
let dirs: string[] = [];
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  dirs = [];
});

async function logJson(...args: string[]) {
  const { code, stdout, stderr } = await runMain(["log", repo!.dir, ...args, "--json"]);
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  return JSON.parse(stdout);
}
const sha = async (ref: string) => (await repo!.git("rev-parse", ref)).trim();

describe("karma log: one component", () => {
  it("lists the commits of vpc/core newest first, with the field diff, as JSON", async () => {
    repo = await networkRepo();
    const { code, stdout } = await runMain(["log", ".", "vpc/core", "--env", "dev", "--json"], {
      cwd: repo.dir,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      component: "vpc/core",
      env: "dev",
      commits: [
        {
          sha: await sha("HEAD"),
          author: "Dana Dev",
          // committed at 12:00+02:00: always UTC
          date: "2026-04-20T10:00:00Z",
          subject: "Widen the VPC",
          change: "update",
          fields: [{ path: "cidr", before: "10.0.0.0/16", after: "10.1.0.0/16" }],
        },
        {
          sha: await sha("HEAD~3"),
          author: "Dana Dev",
          date: "2026-04-01T10:00:00Z",
          subject: "Add the network",
          change: "create",
          fields: [{ path: "cidr", after: "10.0.0.0/16" }],
        },
      ],
    });
  });

  it("prints the same for a terminal, and takes the only environment by default", async () => {
    repo = await networkRepo();
    const { code, stdout, stderr } = await runMain(["log", "vpc/core"], { cwd: repo.dir });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "vpc/core in dev: 2 commits",
        "",
        `${(await sha("HEAD")).slice(0, 7)}  2026-04-20T10:00:00Z  Dana Dev`,
        "    Widen the VPC",
        "  ~ updated",
        '      ~ cidr: "10.0.0.0/16" → "10.1.0.0/16"',
        "",
        `${(await sha("HEAD~3")).slice(0, 7)}  2026-04-01T10:00:00Z  Dana Dev`,
        "    Add the network",
        "  + created",
        '      + cidr: "10.0.0.0/16"',
        "",
      ].join("\n"),
    );
  });

  it("follows a rename back, and ends the old name's log with it", async () => {
    repo = await networkRepo();
    await repo.commit("Rename the VPC", {
      [vpcFile]: null,
      "iac/dev/vpc/main/config.json": json({ cidr: "10.1.0.0/16" }),
      [cluster]: json({ vpc_nickname: "main" }),
    });
    const main = await logJson("vpc/main");
    expect(
      main.commits.map((c: { subject: string; change: string }) => [c.subject, c.change]),
    ).toEqual([
      ["Rename the VPC", "rename"],
      ["Widen the VPC", "update"],
      ["Add the network", "create"],
    ]);
    expect(main.commits[0]).toMatchObject({ from: "vpc/core", to: "vpc/main", fields: [] });
    expect((await logJson("vpc/core")).commits[0]).toMatchObject({
      subject: "Rename the VPC",
      change: "rename",
      to: "vpc/main",
    });

    const graph = await logJson("-n", "1");
    expect(graph.commits[0].components).toEqual([
      { id: "ecs-cluster/core", change: "update" },
      { id: "vpc/main", change: "rename", from: "vpc/core" },
    ]);
    expect(graph.commits[0].edges).toEqual([
      {
        dependent: "ecs-cluster/core",
        dependency: "vpc/core",
        key: "vpc_nickname",
        change: "remove",
      },
      { dependent: "ecs-cluster/core", dependency: "vpc/main", key: "vpc_nickname", change: "add" },
    ]);
  });

  it("lists a delete with the config it had", async () => {
    repo = await networkRepo();
    await repo.commit("Drop the web service", { [web]: null });
    const { commits } = await logJson("ecs-service/web");
    expect(commits.map((c: { change: string }) => c.change)).toEqual(["delete", "create"]);
    expect(commits[0].fields).toEqual([
      { path: "cluster_nickname", before: "core" },
      { path: "vpc_nickname", before: "core" },
    ]);
  });

  it("calls a broken file unknown at its commit, never deleted or created, and goes on", async () => {
    repo = await networkRepo();
    await repo.commit("Break the API", { [api]: '{"cluster_nickname": "core",\n' });
    await repo.commit("Fix the API", { [api]: json({ cluster_nickname: "core", cpu: 256 }) });
    await repo.commit("Tune the API", { [api]: json({ cluster_nickname: "core", cpu: 512 }) });
    await mkdir(join(repo.dir, "iac/dev/s3-bucket/latin1"), { recursive: true });
    await writeFile(
      join(repo.dir, "iac/dev/s3-bucket/latin1/config.json"),
      Buffer.from('{"bucket_name": "caf\xe9"}', "latin1"),
    );
    await repo.commit("Add a Latin-1 bucket", {});

    const { commits } = await logJson("ecs-service/api");
    expect(commits.map((c: { subject: string; change: string }) => [c.subject, c.change])).toEqual([
      ["Tune the API", "update"],
      ["Fix the API", "unknown"],
      ["Break the API", "unknown"],
      ["Add the API service", "create"],
    ]);
    expect(commits[0].fields).toEqual([{ path: "cpu", before: 256, after: 512 }]);
    expect(commits[2]).toMatchObject({
      fields: [],
      reason: expect.stringMatching(
        /^iac\/dev\/ecs-service\/api\/config\.json is not valid JSON \(2:1 /,
      ),
    });
    expect(commits[1].reason).toMatch(/^in the base, .* is not valid JSON/);

    const graph = await logJson();
    const bySubject = (subject: string) =>
      graph.commits.find((c: { subject: string }) => c.subject === subject);
    // the API's edges were not read at the broken commit: not removed, not added back
    expect(bySubject("Break the API").edges).toEqual([]);
    expect(bySubject("Fix the API").edges).toEqual([]);
    expect(bySubject("Add a Latin-1 bucket").components).toEqual([
      {
        id: "s3-bucket/latin1",
        change: "unknown",
        reason:
          "iac/dev/s3-bucket/latin1/config.json was not read (is not UTF-8 text; save it as UTF-8)",
      },
    ]);
  });

  it("calls what a symbolic link hides unknown", async () => {
    repo = await networkRepo();
    await rm(join(repo.dir, "iac/dev/ecs-cluster"), { recursive: true });
    await symlink("../../elsewhere", join(repo.dir, "iac/dev/ecs-cluster"));
    await repo.commit("Link the cluster", {});
    const graph = await logJson("-n", "1");
    expect(graph.commits[0]).toMatchObject({
      subject: "Link the cluster",
      components: [
        {
          id: "ecs-cluster/core",
          change: "unknown",
          reason: expect.stringContaining("iac/dev/ecs-cluster was not read (is a symbolic link"),
        },
      ],
      edges: [],
    });
  });
});

describe("karma log: the graph", () => {
  it("lists per commit the components and edges it changed", async () => {
    repo = await networkRepo();
    const log = await logJson();
    expect(log.env).toBe("dev");
    expect(log.commits.map((c: { subject: string }) => c.subject)).toEqual([
      "Widen the VPC",
      "Add the rest",
      "Add the API service",
      "Add the network",
    ]);
    expect(log.commits[2]).toEqual({
      sha: await sha("HEAD~2"),
      author: "Dana Dev",
      date: "2026-04-02T10:00:00Z",
      subject: "Add the API service",
      components: [{ id: "ecs-service/api", change: "create" }],
      edges: [
        {
          dependent: "ecs-service/api",
          dependency: "ecs-cluster/core",
          key: "cluster_nickname",
          change: "add",
        },
        {
          dependent: "ecs-service/api",
          dependency: "vpc/core",
          key: "vpc_nickname",
          change: "add",
        },
      ],
    });
    expect((await logJson("-n", "2")).commits).toHaveLength(2);
  });

  it("prints the graph's changes for a terminal", async () => {
    repo = await networkRepo();
    const { code, stdout } = await runMain(["log", repo.dir, "-n2"]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "dev: 2 commits",
        "",
        `${(await sha("HEAD")).slice(0, 7)}  2026-04-20T10:00:00Z  Dana Dev`,
        "    Widen the VPC",
        "  ~ vpc/core updated",
        '      ~ cidr: "10.0.0.0/16" → "10.1.0.0/16"',
        "",
        `${(await sha("HEAD~1")).slice(0, 7)}  2026-04-03T10:00:00Z  Dana Dev`,
        "    Add the rest",
        "  + ecs-service/web created",
        "  + route53-zone/main created",
        "  + s3-bucket/assets created",
        "  + ecs-service/web → ecs-cluster/core (cluster_nickname)",
        "  + ecs-service/web → vpc/core (vpc_nickname)",
        "",
      ].join("\n"),
    );
  });

  it("reads a repository in a subdirectory, and nothing outside it", async () => {
    repo = await networkRepo("config/aws");
    await mkdir(join(repo.top, "iac/dev/vpc/stray"), { recursive: true });
    await writeFile(join(repo.top, "iac/dev/vpc/stray/config.json"), json({ cidr: "1.0.0.0/8" }));
    await repo.git("add", "-A");
    await repo.git("-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "-qm", "Stray");
    const fromTop = await runMain(["log", "config/aws", "--json"], { cwd: repo.top });
    expect(fromTop.code).toBe(0);
    const subjects = JSON.parse(fromTop.stdout).commits.map((c: { subject: string }) => c.subject);
    expect(subjects).toEqual([
      "Widen the VPC",
      "Add the rest",
      "Add the API service",
      "Add the network",
    ]);
    const inside = await runMain(["log", "vpc/stray"], { cwd: repo.dir });
    expect(inside.code).toBe(2);
  });

  it("follows first parents: a merge counts as what it brought in", async () => {
    repo = await networkRepo();
    await repo.git("checkout", "-qb", "side");
    await repo.commit("Shrink the VPC", { [vpcFile]: json({ cidr: "10.1.0.0/20" }) });
    await repo.git("checkout", "-q", "main");
    await repo.commit("Unrelated", { "README.md": "# infra\n" });
    await repo.git(
      "-c",
      "user.name=Merger",
      "-c",
      "user.email=m@example.com",
      "merge",
      "-q",
      "--no-ff",
      "side",
      "-m",
      "Merge the VPC change",
    );
    const { commits } = await logJson("vpc/core");
    expect(commits.map((c: { subject: string }) => c.subject)).toEqual([
      "Merge the VPC change",
      "Widen the VPC",
      "Add the network",
    ]);
    expect(commits[0].fields).toEqual([
      { path: "cidr", before: "10.1.0.0/16", after: "10.1.0.0/20" },
    ]);
  });

  it("starts after the oldest commit of a shallow clone, and says so", async () => {
    repo = await networkRepo();
    const clone = await mkdtemp(join(tmpdir(), "karma-log-shallow-"));
    dirs.push(clone);
    await run("git", ["clone", "-q", "--depth", "2", `file://${repo.top}`, clone]);
    const { code, stdout, stderr } = await runMain(["log", clone, "vpc/core", "--json"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^karma: note: a shallow clone: the history starts after [0-9a-f]{7}, /);
    // vpc/core came before the clone's history: its creation is not made up
    expect(JSON.parse(stdout).commits.map((c: { change: string }) => c.change)).toEqual(["update"]);
  });
});

describe("karma log: environments", () => {
  async function twoEnvironments(): Promise<LogRepo> {
    const r = await networkRepo();
    await r.commit("Add prod", {
      "iac/prod/vpc/core/config.json": json({ cidr: "10.8.0.0/16" }),
      "iac/prod/vpc/edge/config.json": json({ cidr: "10.9.0.0/16" }),
    });
    return r;
  }

  it("wants --env when the history has several, and lists them", async () => {
    repo = await twoEnvironments();
    const { code, stdout, stderr } = await runMain(["log", repo.dir]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "karma: the history has several environments (dev, prod): choose one with --env <env>\n",
    );
    const vpc = await runMain(["log", repo.dir, "vpc/core"]);
    expect(vpc.code).toBe(2);
    expect(vpc.stderr).toBe(
      "karma: vpc/core was in several environments (dev, prod): choose one with --env <env>\n",
    );
    // a component in one environment needs no --env
    expect((await logJson("vpc/edge")).env).toBe("prod");
    expect((await logJson("--env", "prod")).commits).toHaveLength(1);
  });

  it("refuses an unknown environment or component, and a malformed one", async () => {
    repo = await twoEnvironments();
    const env = await runMain(["log", repo.dir, "--env", "stage"]);
    expect(env).toEqual({
      code: 2,
      stdout: "",
      stderr: 'karma: unknown environment "stage" (environments: dev, prod)\n',
    });
    const nowhere = await runMain(["log", repo.dir, "vpc/nowhere"]);
    expect(nowhere).toMatchObject({
      code: 2,
      stderr: "karma: no component vpc/nowhere in the history\n",
    });
    const elsewhere = await runMain(["log", repo.dir, "vpc/edge", "--env", "dev"]);
    expect(elsewhere).toMatchObject({
      code: 2,
      stderr: "karma: no component vpc/edge in dev in the history\n",
    });
    const malformed = await runMain(["log", repo.dir, "vpc/core/extra"]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(
      /^karma: "vpc\/core\/extra" is not a component: expected <type>\/<nickname>/,
    );
  });
});

describe("karma log: usage and git errors", () => {
  it("exits 2 for bad arguments", async () => {
    repo = await networkRepo();
    for (const args of [
      ["-n", "0"],
      ["-n", "ten"],
      ["--depth", "1"],
      [".", "vpc/core", "extra"],
      ["no-such-folder"],
    ]) {
      const { code, stdout, stderr } = await runMain(["log", ...args], { cwd: repo.dir });
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: "" });
      expect(stderr).toMatch(/^karma: /);
    }
    const help = await runMain(["log", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: karma log \[dir\] \[<type>\/<nickname>\]/);
  });

  it("exits 1 for a folder outside git and a repository without commits, as plan --base does", async () => {
    const outside = await mkdtemp(join(tmpdir(), "karma-log-outside-"));
    dirs.push(outside);
    const notGit = await runMain(["log", outside]);
    expect(notGit.code).toBe(1);
    expect(notGit.stdout).toBe("");
    expect(notGit.stderr).toMatch(
      new RegExp(`^karma: cannot read the git history of ${outside}: not a git repository`),
    );
    repo = await logRepo();
    const empty = await runMain(["log", repo.dir]);
    expect(empty).toEqual({
      code: 1,
      stdout: "",
      stderr: `karma: cannot read the git history of ${repo.dir}: there are no commits yet\n`,
    });
  });

  it("escapes control characters of subjects and authors on a terminal, keeping its colours", async () => {
    repo = await networkRepo();
    await repo.commit(
      "Widen \u001b]0;pwned\u0007 again\u001b[2J",
      { [vpcFile]: json({ cidr: "10.2.0.0/16" }) },
      { author: "Mallory \u001b[31mRed\u202e <m@example.com>" },
    );
    const plain = await runMain(["log", repo.dir, "vpc/core", "-n", "1"]);
    expect(plain.stdout).toContain(
      "  Mallory \\u001b[31mRed\\u202e\n    Widen \\u001b]0;pwned\\u0007 again\\u001b[2J\n",
    );
    for (const raw of ["\u001b", "\u0007", "\u202e"]) expect(plain.stdout).not.toContain(raw);
    const tty = await runMain(["log", repo.dir, "vpc/core", "-n", "1"], { tty: true });
    expect(tty.stdout).toContain("\u001b[33m~\u001b[39m updated");
    expect(tty.stdout).toContain("Mallory \\u001b[31mRed\\u202e");
    expect(tty.stdout).not.toContain("\u001b[2J");
    // a value a reference names becomes an id: escaped too, though it spells a colour code
    await repo.commit("Point at a strange VPC", {
      [api]: json({ cluster_nickname: "core", vpc_nickname: "\u001b[31mx" }),
    });
    const graph = await runMain(["log", repo.dir, "-n", "1"], { tty: true });
    expect(graph.stdout).toContain(" ecs-service/api → vpc/\\u001b[31mx (vpc_nickname)");
    expect(graph.stdout).not.toContain("vpc/\u001b[31mx");
    // JSON keeps the true value, escaped in its text
    const asJson = await runMain(["log", repo.dir, "vpc/core", "-n", "1", "--json"]);
    expect(asJson.stdout).toContain('"author": "Mallory \\u001b[31mRed\\u202e"');
    expect(JSON.parse(asJson.stdout).commits[0].author).toBe("Mallory \u001b[31mRed\u202e");
  });
});
