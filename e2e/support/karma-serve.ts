import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The app build of this run: playwright.config.ts builds into dist-<port> unless on the default port. */
export function appBuildDir(): string {
  const port = Number(process.env.KARMA_E2E_PORT ?? 4317);
  return join(root, port === 4317 ? "dist" : `dist-${port}`);
}

export interface ServedCopy {
  /** The address `karma serve` printed, with its token. */
  url: string;
  /** The temporary copy of the sample repository being served. */
  dir: string;
  stop(): Promise<void>;
}

/**
 * Copies the bundled sample to a temporary folder and runs the real `karma serve` on it, as a
 * child process on `port` (a free one by default), serving this run's app build.
 */
export async function serveSampleCopy(port = 0): Promise<ServedCopy> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "karma-e2e-serve-")));
  await cp(join(root, "public", "sample"), dir, { recursive: true });
  return serveFolder(dir, port);
}

/**
 * Writes each repository of `repositories` (name → files) into a folder of that name, side by
 * side in one temporary folder, and runs the real `karma serve` on the first `--with` the others.
 * `dir` is the first's folder; stop removes them all.
 */
export async function serveRepositories(
  repositories: Record<string, Record<string, string>>,
): Promise<ServedCopy & { dirs: Record<string, string> }> {
  const top = await realpath(await mkdtemp(join(tmpdir(), "karma-e2e-repos-")));
  const dirs: Record<string, string> = {};
  for (const [name, files] of Object.entries(repositories)) {
    dirs[name] = join(top, name);
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dirs[name], path)), { recursive: true });
      await writeFile(join(dirs[name], path), text);
    }
  }
  const [first, ...others] = Object.values(dirs);
  if (first === undefined) throw new Error("no repository to serve");
  const served = await serveFolder(
    first,
    0,
    others.flatMap((dir) => ["--with", dir]),
  );
  return {
    ...served,
    dirs,
    async stop() {
      await served.stop();
      await rm(top, { recursive: true, force: true });
    },
  };
}

/** Runs the real `karma serve` on `dir` (removed on stop), serving this run's app build. */
async function serveFolder(dir: string, port: number, more: string[] = []): Promise<ServedCopy> {
  const child = spawn(
    process.execPath,
    [join(root, "packages/cli/bin/karma.js"), "serve", dir, "--port", String(port), ...more],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, KARMA_APP_DIR: appBuildDir() } },
  );
  const url = await printedAddress(child);
  return {
    url,
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGINT");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const run = promisify(execFile);

/** A served git repository, and git run in it. */
export interface ServedGitRepository extends ServedCopy {
  git(...args: string[]): Promise<string>;
}

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
const service = { cluster_nickname: "core", vpc_nickname: "core" };

/**
 * The history the provenance specs read, one commit a day up to three days ago, by Dana Dev:
 * "Add the network" (vpc/core and ecs-cluster/core in dev), "Add the API service"
 * (ecs-service/api), "Add the rest" (six more components), "Widen the VPC" (vpc/core's cidr).
 */
export const networkHistory: { subject: string; files: Record<string, string> }[] = [
  {
    subject: "Add the network",
    files: {
      "account_environments/acme-dev.json": json({ name: "acme-dev", environment: "dev" }),
      "iac/dev/vpc/core/config.json": json({ cidr: "10.0.0.0/16" }),
      "iac/dev/ecs-cluster/core/config.json": json({ vpc_nickname: "core" }),
    },
  },
  {
    subject: "Add the API service",
    files: { "iac/dev/ecs-service/api/config.json": json(service) },
  },
  {
    subject: "Add the rest",
    files: {
      "iac/dev/ecs-service/web/config.json": json(service),
      "iac/dev/ecs-service/worker/config.json": json(service),
      "iac/dev/s3-bucket/assets/config.json": json({ bucket_name: "acme-dev-assets" }),
      "iac/dev/s3-bucket/logs/config.json": json({ bucket_name: "acme-dev-logs" }),
      "iac/dev/route53-zone/main/config.json": json({ zone_name: "acme.example" }),
      "iac/dev/lambda/jobs/config.json": json({
        functions: {
          nightly: {
            runtime: "python3.12",
            handler: "main.handler",
            memory_size: 256,
            timeout: 60,
            vpc_nickname: "core",
          },
        },
      }),
    },
  },
  {
    subject: "Widen the VPC",
    files: { "iac/dev/vpc/core/config.json": json({ cidr: "10.1.0.0/16" }) },
  },
];

/** The six components "Add the rest" adds to networkHistory. */
export const addedByTheRest = [
  "ecs-service/web",
  "ecs-service/worker",
  "lambda/jobs",
  "route53-zone/main",
  "s3-bucket/assets",
  "s3-bucket/logs",
];

/**
 * Builds a git repository of `networkHistory` in a temporary folder (who commits is set in that
 * repository only, never globally) and runs the real `karma serve` on it.
 */
export async function serveGitRepository(port = 0): Promise<ServedGitRepository> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "karma-e2e-git-")));
  const git = async (...args: string[]) => (await run("git", args, { cwd: dir })).stdout;
  await git("init", "-q", "-b", "main");
  await git("config", "user.name", "Dana Dev");
  await git("config", "user.email", "dana@example.com");
  await git("config", "commit.gpgsign", "false");
  const day = 86_400_000;
  for (const [index, { subject, files }] of networkHistory.entries()) {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    await git("add", "-A");
    const date = new Date(Date.now() - (networkHistory.length + 2 - index) * day).toISOString();
    await git("commit", "-q", `--date=${date}`, "-m", subject);
  }
  return { ...(await serveFolder(dir, port)), git };
}

function printedAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    let errors = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output)?.[0];
      if (found) resolve(found);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.once("exit", (code) =>
      reject(new Error(`karma serve exited with ${code} before printing its address: ${errors}`)),
    );
  });
}

/** A port nothing listens on now, to serve two repositories one after the other on it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}
