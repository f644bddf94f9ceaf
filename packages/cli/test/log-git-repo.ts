import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface LogRepo {
  /** The top of the git repository. */
  top: string;
  /** The Karma repository inside it (the top, or a subdirectory). */
  dir: string;
  git(...args: string[]): Promise<string>;
  /** Writes (text) or deletes (null) files under `dir` and commits them all. */
  commit(
    subject: string,
    changes: Record<string, string | null>,
    options?: { author?: string; date?: string },
  ): Promise<string>;
  remove(): Promise<void>;
}

export const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
export const vpcFile = "iac/dev/vpc/core/config.json";

/** An empty git repository, with the Karma repository at `subdir` of it. */
export async function logRepo(subdir = ""): Promise<LogRepo> {
  const top = await mkdtemp(join(tmpdir(), "karma-log-"));
  const dir = join(top, subdir);
  await mkdir(dir, { recursive: true });
  const git = async (...args: string[]) => {
    const { stdout } = await run(
      "git",
      ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args],
      { cwd: top },
    );
    return stdout;
  };
  let day = 0;
  const commit: LogRepo["commit"] = async (subject, changes, options = {}) => {
    for (const [path, text] of Object.entries(changes)) {
      const file = join(dir, path);
      if (text === null) await rm(file, { force: true });
      else {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
      }
    }
    day++;
    await git("add", "-A");
    await git(
      "-c",
      "user.name=Karma Test",
      "-c",
      "user.email=karma@example.com",
      "commit",
      "-q",
      "--allow-empty",
      "--cleanup=verbatim",
      `--author=${options.author ?? "Dana Dev <dana@example.com>"}`,
      `--date=${options.date ?? `2026-04-${String(day).padStart(2, "0")}T10:00:00Z`}`,
      "-m",
      subject,
    );
    return (await git("rev-parse", "HEAD")).trim();
  };
  await git("init", "-q");
  return { top, dir, git, commit, remove: () => rm(top, { recursive: true, force: true }) };
}

/**
 * The four commits of a small network in `dev`: "Add the network" (vpc/core, ecs-cluster/core),
 * "Add the API service", "Add the rest", "Widen the VPC" (vpc/core's cidr).
 */
export async function networkRepo(subdir = ""): Promise<LogRepo> {
  const repo = await logRepo(subdir);
  await repo.commit("Add the network", {
    "account_environments/acme-dev.json": json({ name: "acme-dev", environment: "dev" }),
    [vpcFile]: json({ cidr: "10.0.0.0/16" }),
    "iac/dev/ecs-cluster/core/config.json": json({ vpc_nickname: "core" }),
  });
  await repo.commit("Add the API service", {
    "iac/dev/ecs-service/api/config.json": json({ cluster_nickname: "core", vpc_nickname: "core" }),
  });
  await repo.commit("Add the rest", {
    "iac/dev/s3-bucket/assets/config.json": json({ bucket_name: "acme-dev-assets" }),
    "iac/dev/route53-zone/main/config.json": json({ zone_name: "acme.example" }),
    "iac/dev/ecs-service/web/config.json": json({ cluster_nickname: "core", vpc_nickname: "core" }),
  });
  await repo.commit(
    "Widen the VPC",
    { [vpcFile]: json({ cidr: "10.1.0.0/16" }) },
    { date: "2026-04-20T12:00:00+02:00" },
  );
  return repo;
}
