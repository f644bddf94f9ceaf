import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { fixtureDir } from "./run-cli.ts";

const run = promisify(execFile);

export interface GitRepo {
  /** The top of the git repository. */
  top: string;
  /** The Karma repository inside it (the top, or a subdirectory). */
  dir: string;
  git(...args: string[]): Promise<string>;
  /** Writes a file under `dir`, creating its folders. */
  put(path: string, text: string): Promise<void>;
  remove(): Promise<void>;
}

/** A fresh git repository whose one commit holds the real repository at `subdir`. */
export async function gitRepo(subdir = ""): Promise<GitRepo> {
  const top = await mkdtemp(join(tmpdir(), "karma-plan-"));
  const dir = join(top, subdir);
  await cp(fixtureDir, dir, { recursive: true });
  const git = async (...args: string[]) => {
    const { stdout } = await run(
      "git",
      [
        "-c",
        "user.name=Karma Test",
        "-c",
        "user.email=karma@example.com",
        "-c",
        "commit.gpgsign=false",
        "-c",
        "init.defaultBranch=main",
        ...args,
      ],
      { cwd: top },
    );
    return stdout;
  };
  const put = async (path: string, text: string) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  await git("init", "-q");
  await git("add", "-A");
  await git("commit", "-q", "-m", "base");
  return { top, dir, git, put, remove: () => rm(top, { recursive: true, force: true }) };
}
