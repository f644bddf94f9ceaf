import { cp, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type GitRepo, gitRepo } from "./plan-git-repo.ts";
import { type CliRun, fixtureDir, runMain } from "./run-cli.ts";

// Broken and hostile repositories through the CLI: a wrong plan is worse than an error.

const snapshot = fileURLToPath(
  new URL("../../core/src/runtime/fixtures/prod-in-sync.json", import.meta.url),
);
const cluster = "iac/prod/ecs-cluster/c1/config.json";
const bucket = "iac/prod/s3-bucket/demo-api/config.json";
const deep = (levels: number) =>
  `{"bucket_name": "deep", "x": ${"[".repeat(levels)}${"]".repeat(levels)}}`;
// ESC ] 0 ; … BEL: sets a terminal's title; ESC [ 2 J clears the screen
const hostileKey = "\u001b]0;pwned\u0007\u001b[2J";

let repo: GitRepo | undefined;
let dirs: string[] = [];
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  dirs = [];
});

/** A copy of the sample with `changes` written (null deletes). */
async function sampleWith(changes: Record<string, string | null>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "karma-hostile-"));
  dirs.push(dir);
  await cp(fixtureDir, dir, { recursive: true });
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) await rm(join(dir, path), { force: true });
    else {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
  }
  return dir;
}

/** The sample in git with a cluster committed: the base of the plans below. */
async function repoWithCluster(): Promise<GitRepo> {
  repo = await gitRepo();
  await repo.put(cluster, '{\n  "vpc_nickname": "main"\n}\n');
  await repo.git("add", "-A");
  await repo.git("commit", "-q", "-m", "cluster");
  return repo;
}

function expectNoRawControls(run: CliRun): void {
  // only Karma's own colour codes may reach a terminal
  // biome-ignore lint/suspicious/noControlCharactersInRegex: Karma's colour codes
  const colours = /\u001b\[(?:1|2|22|31|32|33|36|39)m/g;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
  expect((run.stdout + run.stderr).replace(colours, "")).not.toMatch(controls);
}

describe("a config file that cannot be read is unknown, not absent", () => {
  it("over the size limit: an error naming the file; the plan neither creates nor destroys it", async () => {
    const { dir } = await repoWithCluster();
    // a sparse 600 MB file: nothing is written to disk, and nothing may be read into memory
    await truncate(join(dir, cluster), 600 * 1024 * 1024);

    const validate = await runMain(["validate", dir]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(
      /iac\/prod\/ecs-cluster\/c1\/config\.json:1:1 +error +not read: is 600\.0 MiB, over the 4 MiB limit/,
    );

    const script = await runMain(["plan", dir, "--base", "HEAD", "--format", "script"]);
    expect(script.code).toBe(1);
    expect(script.stdout).not.toContain("ecs-cluster c1");
    expect(script.stdout).toContain("exit 1");
    const json = await runMain(["plan", dir, "--base", "HEAD", "--format", "json"]);
    const plan = JSON.parse(json.stdout);
    expect(plan.actions).toEqual([
      expect.objectContaining({ component: "ecs-cluster/c1", action: "unknown", wave: null }),
    ]);
    expect(plan.summary).toMatchObject({ create: 0, update: 0, delete: 0, unknown: 1 });
  });

  it("not UTF-8: the same, and the base side is never destroyed either", async () => {
    const { dir } = await repoWithCluster();
    await writeFile(join(dir, cluster), Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]));
    const text = await runMain(["plan", dir, "--base", "HEAD"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("not read: is not UTF-8 text");
    expect(text.stdout).toContain(
      "Nothing to deploy that Karma could read: 1 component not planned",
    );
    expect(text.stdout).not.toMatch(/ecs-cluster\/c1 will be/);
  });

  it.skipIf(process.getuid?.() === 0)("without permission to read it (not as root)", async () => {
    const { chmod } = await import("node:fs/promises");
    const { dir } = await repoWithCluster();
    await chmod(join(dir, cluster), 0o000);
    const plan = await runMain(["plan", dir, "--base", "HEAD", "--format", "script"]);
    expect(plan.code).toBe(1);
    expect(plan.stdout).not.toContain("ecs-cluster c1");
    expect(plan.stderr + plan.stdout).toContain("permission denied");
  });

  it("behind a symbolic link: a warning in validate, and what the link hides is never destroyed", async () => {
    const { dir } = await repoWithCluster();
    const elsewhere = await mkdtemp(join(tmpdir(), "karma-elsewhere-"));
    dirs.push(elsewhere);
    await cp(join(dir, "iac/prod/ecs-cluster"), elsewhere, { recursive: true });
    await rm(join(dir, "iac/prod/ecs-cluster"), { recursive: true });
    await symlink(elsewhere, join(dir, "iac/prod/ecs-cluster"));

    const validate = await runMain(["validate", dir]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(
      /iac\/prod\/ecs-cluster:1:1 +warning +not read: is a symbolic link; Karma does not follow links/,
    );
    const script = await runMain(["plan", dir, "--base", "HEAD", "--format", "script"]);
    expect(script.stdout).not.toContain("--destroy ecs-cluster c1");
    expect(script.code).toBe(1);
  });
});

describe("JSON nested thousands deep", () => {
  it("is an error at its file and position in every command; the rest still loads", async () => {
    const dir = await sampleWith({
      [bucket]: deep(3000),
      "iac/prod/s3-bucket/karma-api/config.json": `${deep(3000)}]]]`,
    });
    const validate = await runMain(["validate", dir, "--env", "prod"]);
    expect(validate.stderr).toBe("");
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(
      // the first bracket past the limit: 28 characters, then the 64th "["
      `${bucket}:1:93  error    invalid JSON: nested deeper than 64 levels`,
    );
    expect(validate.stdout).toMatch(/^11 components in 1 environment \(prod\): 2 errors/m);

    for (const args of [
      ["graph", dir],
      ["graph", dir, "--format", "mermaid"],
      ["plan", dir, "--base", fixtureDir],
      ["plan", dir, "--base", fixtureDir, "--format", "markdown"],
    ]) {
      const run = await runMain(args);
      expect(run.stderr).not.toContain("unexpected error");
      expect(run.code).toBe(1);
    }
  });

  it("in a runtime snapshot: an error at the snapshot's position, not a crash", async () => {
    const dir = await sampleWith({});
    const snapshot = join(dir, "deep-snapshot.json");
    await writeFile(snapshot, `{"Parameters": [], "Junk": ${"[".repeat(3000)}${"]".repeat(3000)}}`);
    const drift = await runMain(["drift", dir, "--snapshot", snapshot, "--env", "prod"]);
    expect(drift.stderr).not.toContain("unexpected error");
    expect(drift.code).toBe(1);
    expect(drift.stdout + drift.stderr).toMatch(
      /deep-snapshot\.json:1:\d+ +error +the snapshot is not valid JSON: nested deeper than 64 levels/,
    );
  });
});

describe("arguments from CI", () => {
  it("an empty --base (an unset variable) is a usage error, not the current folder", async () => {
    for (const base of ["", "  "]) {
      const run = await runMain(["plan", fixtureDir, "--base", base]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^karma: --base is empty: give a git ref or a folder\n/);
    }
  });
});

describe("karma graph on a repository with errors", () => {
  it("exits 1 and lists the errors on stderr, the graph still on stdout", async () => {
    const dir = await sampleWith({ "iac/prod/serverless-site/strall-com/config.json": "{ nope" });
    const run = await runMain(["graph", dir, "--env", "prod"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).nodes.length).toBeGreaterThan(0);
    expect(run.stderr).toContain("iac/prod/serverless-site/strall-com/config.json:1:3");
    expect(run.stderr).toContain("the graph may be missing what those files hold");
  });
});

describe("strings from a repository never reach a terminal raw", () => {
  it("escapes control characters in validate, and in plan text and markdown", async () => {
    const desired = await sampleWith({
      [bucket]: JSON.stringify({ bucket_name: "b", [hostileKey]: "new\u009b31m" }),
    });
    const base = await sampleWith({
      [bucket]: JSON.stringify({ bucket_name: "b", [hostileKey]: "old" }),
    });

    for (const tty of [false, true]) {
      const validate = await runMain(["validate", desired], { tty });
      expectNoRawControls(validate);
      expect(validate.stdout).toContain("\\u001b]0;pwned\\u0007\\u001b[2J");
    }
    for (const format of ["text", "markdown", "json", "script"]) {
      const plan = await runMain(["plan", desired, "--base", base, "--format", format], {
        tty: true,
      });
      expectNoRawControls(plan);
      expect(plan.code).toBe(2);
    }
    const markdown = await runMain(["plan", desired, "--base", base, "--format", "markdown"]);
    expect(markdown.stdout).toContain("\\u001b]0;pwned\\u0007");
  });
});

describe("keys named like Object.prototype members", () => {
  it("are read as the config's own keys in plans and drift", async () => {
    const base = await sampleWith({});
    const deployed = JSON.parse(await readFile(join(base, bucket), "utf8"));
    const desired = await sampleWith({
      [bucket]: JSON.stringify({ ...deployed, toString: "x", constructor: 1 }),
    });
    const plan = await runMain(["plan", desired, "--base", base, "--env", "prod"]);
    expect(plan.stdout).toContain('+ toString: "x"');
    expect(plan.stdout).toContain("+ constructor: 1");
    const drift = await runMain(["drift", desired, "--snapshot", snapshot, "--env", "prod"]);
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('+ toString: "x" (not deployed)');
    for (const output of [plan.stdout, drift.stdout]) {
      expect(output).not.toContain("undefined");
      expect(output).not.toContain("function");
    }
  });
});

describe("a UTF-8 byte-order mark", () => {
  it("is read past: the file loads, positions do not count it", async () => {
    const dir = await sampleWith({
      [bucket]: '\ufeff{"bucket_name": "bom", "versioning": "yes"}\n',
    });
    const run = await runMain(["validate", dir, "--env", "prod"]);
    expect(run.stdout).not.toContain("invalid JSON");
    expect(run.stdout).toContain(`${bucket}:1:24  error    expected true or false`);
  });
});

describe("two zones with the same zone_name", () => {
  it("warn on both zones and on the reference that cannot tell them apart", async () => {
    const dir = await sampleWith({
      "iac/prod/route53-zone/strall-com-copy/config.json": '{\n  "zone_name": "Strall.com"\n}\n',
    });
    const { stdout, code } = await runMain(["validate", dir, "--env", "prod"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /route53-zone\/strall-com\/config\.json:2:3 +warning +zone_name "strall\.com" is also the zone_name of route53-zone\/strall-com-copy/,
    );
    expect(stdout).toMatch(
      /route53-zone\/strall-com-copy\/config\.json:2:3 +warning +zone_name "strall\.com" is also the zone_name of route53-zone\/strall-com;/,
    );
    expect(stdout).toMatch(
      /serverless-site\/strall-com\/config\.json:\d+:\d+ +warning +route53_zone_name matches 2 components \(route53-zone\/strall-com, route53-zone\/strall-com-copy\); it is read as route53-zone\/strall-com/,
    );
  });
});
