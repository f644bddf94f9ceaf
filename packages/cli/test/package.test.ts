import { execFile, spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readThenClose, repositoryWithManyZones } from "./read-then-close.ts";
import { fixtureDir } from "./run-cli.ts";
import { runWorkflowJob } from "./workflow-runner.ts";

// `npm run package`, then the tarball installed where a platform team would put it: an empty
// folder, a config repository's pre-commit hook, its GitHub Actions job.

const root = fileURLToPath(new URL("../../../", import.meta.url));
const snapshot = fileURLToPath(
  new URL("../../core/src/runtime/fixtures/prod-in-sync.json", import.meta.url),
);
const version = (
  JSON.parse(await readFile(join(root, "packages/cli/package.json"), "utf8")) as {
    version: string;
  }
).version;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(
  file: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<Run> {
  return new Promise((done) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

async function ok(file: string, args: string[], cwd: string): Promise<string> {
  const result = await run(file, args, { cwd });
  if (result.code !== 0) {
    throw new Error(`${file} ${args.join(" ")} exited ${result.code}\n${result.stderr}`);
  }
  return result.stdout;
}

let work: string;
let tarball: string;
let packageOutput: string;

beforeAll(async () => {
  work = await realpath(await mkdtemp(join(tmpdir(), "karma-package-")));
  packageOutput = await ok("npm", ["run", "package", "--", "--out", join(work, "out")], root);
  tarball = resolve(root, packageOutput.trimEnd().split("\n").at(-1)!);
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A copy of the bundled sample with the packed tarball installed, as a team would. */
async function installedIn(name: string): Promise<{ dir: string; karma: string }> {
  const dir = join(work, name);
  await cp(fixtureDir, dir, { recursive: true });
  await ok("npm", ["install", "--no-save", "--no-audit", "--no-fund", tarball], dir);
  return { dir, karma: join(dir, "node_modules/.bin/karma") };
}

/** Changes one field of the prod zone `route53-zone/strall-com`. */
async function commentZone(dir: string): Promise<void> {
  const zone = join(dir, "iac/prod/route53-zone/strall-com/config.json");
  const text = await readFile(zone, "utf8");
  await writeFile(zone, text.replace("Root hosted zone for strall.com", "Zone of strall.com"));
}

describe("npm run package", () => {
  it("prints the tarball's path as the last line of its output", async () => {
    expect(tarball).toMatch(/usekarma-karma-\d+\.\d+\.\d+\.tgz$/);
    expect((await readdir(join(work, "out"))).filter((f) => f.endsWith(".tgz"))).toEqual([
      `usekarma-karma-${version}.tgz`,
    ]);
  });

  it("installs into an empty folder with no dependencies and no TypeScript runner", async () => {
    const dir = join(work, "empty");
    await mkdir(dir);
    await ok("npm", ["install", "--no-audit", "--no-fund", tarball], dir);
    const installed = (await readdir(join(dir, "node_modules"))).filter((e) => !e.startsWith("."));
    expect(installed).toEqual(["@usekarma"]);
    const manifest = JSON.parse(
      await readFile(join(dir, "node_modules/@usekarma/karma/package.json"), "utf8"),
    );
    expect(manifest).toMatchObject({
      name: "@usekarma/karma",
      version,
      bin: { karma: expect.any(String) },
    });
    expect(manifest.dependencies).toBeUndefined();
    const files = await readdir(join(dir, "node_modules/@usekarma/karma"), { recursive: true });
    expect(files.filter((file) => /\.(ts|tsx)$/.test(file))).toEqual([]);
    expect(files).toContain(join("app", "index.html"));

    const printed = await ok(join(dir, "node_modules/.bin/karma"), ["--version"], dir);
    expect(printed).toBe(`${version}\n`);
    expect(await ok("npx", ["--no-install", "karma", "--version"], dir)).toBe(`${version}\n`);
  });

  it("runs validate, graph, schema, plan and drift on a repository", async () => {
    const { dir, karma } = await installedIn("commands");
    const validate = JSON.parse(await ok(karma, ["validate", ".", "--json"], dir));
    expect(validate.components).toBe(14);
    expect(validate.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);

    const graph = JSON.parse(await ok(karma, ["graph", "--env", "prod"], dir));
    expect(graph.nodes.map((n: { id: string }) => n.id)).toContain("route53-zone/strall-com");
    expect(await ok(karma, ["graph", "--env", "prod", "--format", "mermaid"], dir)).toMatch(
      /^(flowchart|graph) /,
    );

    await ok(karma, ["schema", "--out", "schemas"], dir);
    const schema = JSON.parse(await readFile(join(dir, "schemas/vpc.schema.json"), "utf8"));
    expect(schema.$schema).toMatch(/json-schema/);

    const base = join(work, "commands-base");
    await cp(fixtureDir, base, { recursive: true });
    await commentZone(dir);
    const plan = await run(karma, ["plan", "--base", base, "--format", "script"], { cwd: dir });
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain("./scripts/deploy.sh route53-zone strall-com");

    const drift = await run(karma, ["drift", "--snapshot", snapshot, "--env", "prod"], {
      cwd: base,
    });
    expect(drift).toMatchObject({ code: 0, stderr: "" });
  });

  it("stops quietly when the reader of its output goes away (karma graph | head)", async () => {
    const { karma } = await installedIn("closed-pipe");
    const repository = await repositoryWithManyZones(1500);
    try {
      const run = await readThenClose(karma, ["graph", repository, "--format", "json"], repository);
      expect(run).toMatchObject({ code: 0, stderr: "" });
    } finally {
      await rm(repository, { recursive: true, force: true });
    }
  });

  it("serves the bundled app and the repository with no build step", async () => {
    const { dir, karma } = await installedIn("serve");
    const child = spawn(karma, ["serve", ".", "--port", "0"], { cwd: dir });
    try {
      const address = await new Promise<string>((found, failed) => {
        let printed = "";
        child.stdout.on("data", (chunk: Buffer) => {
          printed += chunk;
          const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(printed)?.[0];
          if (url) found(url);
        });
        child.once("exit", (code) => failed(new Error(`karma serve exited ${code}: ${printed}`)));
      });
      const url = new URL(address);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      const html = await page.text();
      const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
      expect(script).toMatch(/^\.\/assets\/.+\.js$/);
      const asset = await fetch(new URL(script!, url));
      expect(asset.status).toBe(200);
      expect(asset.headers.get("content-type")).toMatch(/javascript/);

      const api = await fetch(new URL("/api/files", url), {
        headers: { Authorization: `Bearer ${url.searchParams.get("token")}` },
      });
      const served = (await api.json()) as { root: string; files: Record<string, string> };
      expect(served.root).toBe(dir);
      expect(Object.keys(served.files)).toContain("iac/prod/route53-zone/strall-com/config.json");
    } finally {
      child.kill("SIGINT");
    }
  });
});

describe("examples/pre-commit", () => {
  it("lets a valid commit through and refuses one whose staged config has errors", async () => {
    const { dir } = await installedIn("pre-commit");
    const git = (...args: string[]) => ok("git", args, dir);
    await git("init", "--quiet", "--initial-branch=main");
    await git("config", "user.email", "dana@example.com");
    await git("config", "user.name", "Dana Dev");
    await writeFile(join(dir, ".gitignore"), "node_modules/\n");
    await cp(join(root, "examples/pre-commit"), join(dir, ".git/hooks/pre-commit"));

    await git("add", ".");
    await git("commit", "--quiet", "-m", "Import the sample");

    const cluster = "iac/prod/ecs-cluster/core/config.json";
    await mkdir(join(dir, "iac/prod/ecs-cluster/core"), { recursive: true });
    await writeFile(join(dir, cluster), '{\n  "vpc_nickname": "main",\n}\n');
    await git("add", cluster);
    const refused = await run("git", ["commit", "-m", "Add a cluster"], { cwd: dir });
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain(cluster);
    expect(refused.stderr).toContain("pre-commit: the staged config has errors");

    // only what is staged counts: the fix in the working tree alone does not pass
    await writeFile(join(dir, cluster), '{\n  "vpc_nickname": "main"\n}\n');
    expect((await run("git", ["commit", "-m", "Add a cluster"], { cwd: dir })).code).not.toBe(0);
    await git("add", cluster);
    await git("commit", "--quiet", "-m", "Add a cluster");
    expect(await git("log", "--format=%s")).toBe("Add a cluster\nImport the sample\n");
  });
});

describe("examples/github-actions/karma.yml", () => {
  async function repository(name: string) {
    const dir = join(work, name);
    await cp(fixtureDir, dir, { recursive: true });
    const git = (...args: string[]) => ok("git", args, dir);
    await git("init", "--quiet", "--initial-branch=main");
    await git("config", "user.email", "dana@example.com");
    await git("config", "user.name", "Dana Dev");
    await writeFile(join(dir, ".gitignore"), "node_modules/\n");
    await git("add", ".");
    await git("commit", "--quiet", "-m", "Import the sample");
    // as actions/checkout with fetch-depth 0 leaves it: the base branch as a remote ref
    await git("update-ref", "refs/remotes/origin/main", "HEAD");
    await git("checkout", "--quiet", "-b", "feature");
    return { dir, git };
  }

  const workflow = join(root, "examples/github-actions/karma.yml");

  it("on a pull request, validates and writes the plan to the job summary", async () => {
    const { dir, git } = await repository("workflow-pr");
    await commentZone(dir);
    await git("commit", "--quiet", "-am", "Comment the zone");

    const job = await runWorkflowJob(workflow, "karma", {
      cwd: dir,
      event: "pull_request",
      github: { base_ref: "main" },
      env: { KARMA_PACKAGE: tarball },
    });
    expect(job.failed).toBeUndefined();
    expect(job.ran).toEqual(["Install karma", "Validate", "Plan"]);
    expect(job.summary, job.output).toMatch(/route53-zone\/strall-com/);
    expect(job.summary).toContain("Zone of strall.com");
  });

  it("on a push, validates only, and fails the job for a repository with errors", async () => {
    const { dir, git } = await repository("workflow-push");
    await writeFile(join(dir, "iac/prod/s3-bucket/demo-api/config.json"), "{ not json\n");
    await git("commit", "--quiet", "-am", "Break a bucket");

    const job = await runWorkflowJob(workflow, "karma", {
      cwd: dir,
      event: "push",
      github: {},
      env: { KARMA_PACKAGE: tarball },
    });
    expect(job.ran).toEqual(["Install karma", "Validate"]);
    expect(job.failed).toMatchObject({ step: "Validate", code: 1 });
    expect(job.output).toContain("iac/prod/s3-bucket/demo-api/config.json");
  });

  it("fails a pull request whose plan has errors", async () => {
    const { dir, git } = await repository("workflow-pr-errors");
    await rm(join(dir, "iac/prod/route53-zone/strall-com"), { recursive: true });
    await git("commit", "--quiet", "-am", "Delete a zone that a site uses");

    const job = await runWorkflowJob(workflow, "karma", {
      cwd: dir,
      event: "pull_request",
      github: { base_ref: "main" },
      env: { KARMA_PACKAGE: tarball },
    });
    expect(job.failed).toMatchObject({ step: "Plan", code: 1 });
    expect(job.summary).toMatch(/error/i);
  });
});
