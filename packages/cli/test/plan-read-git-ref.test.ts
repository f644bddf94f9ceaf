import { symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CliError } from "../src/cli-error.ts";
import { readGitRef } from "../src/read-git-ref.ts";
import { readRepository } from "../src/read-repository.ts";
import { type GitRepo, gitRepo } from "./plan-git-repo.ts";

let repo: GitRepo | undefined;
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
});

describe("readGitRef", () => {
  it("reads exactly the files readRepository reads from the same tree", async () => {
    repo = await gitRepo("infra/*literal*");
    await repo.put("account_environments/notes.md", "not read");
    await repo.put("iac/dev/vpc/main/notes.txt", "kept, like on disk");
    await repo.put("iac/node_modules/x/config.json", "{}");
    await repo.put(".karma/types/queue.json", '{"type": "queue"}');
    await repo.put("iac/dev/s3-bucket/same/config.json", '{"bucket_name": "same"}');
    await repo.put("iac/dev/s3-bucket/twin/config.json", '{"bucket_name": "same"}');
    await repo.put("iac/dev/s3-bucket/utf8/config.json", '{"tags": {"Owner": "Zoë — ☃ 🚀"}}');
    await repo.put("iac/dev/s3-bucket/with space/config.json", "{}");
    await symlink("../same/config.json", join(repo.dir, "iac/dev/s3-bucket/twin/link.json"));
    await repo.git("add", "-A");
    await repo.git("commit", "-q", "-m", "more");

    const fromGit = await readGitRef(repo.dir, "HEAD");
    const fromDisk = await readRepository(repo.dir);
    // the link is not followed, and said so, the same way on disk and in git
    expect(fromGit.notRead).toEqual(fromDisk.notRead);
    expect(fromGit.notRead.map((entry) => entry.path)).toEqual([
      "iac/dev/s3-bucket/twin/link.json",
    ]);
    expect(fromGit.files).toEqual(fromDisk.files);
    expect(Object.keys(fromGit.files)).toEqual(Object.keys(fromDisk.files));
    expect(Object.keys(fromGit.files)).toHaveLength(24);
    expect(fromGit.files["iac/dev/s3-bucket/utf8/config.json"]).toBe(
      '{"tags": {"Owner": "Zoë — ☃ 🚀"}}',
    );
    expect(fromGit.files).not.toHaveProperty("iac/dev/s3-bucket/twin/link.json");
    expect(fromGit.commit).toBe((await repo.git("rev-parse", "HEAD")).trim());
  });

  it("reads an older commit without touching the working tree", async () => {
    repo = await gitRepo();
    const first = (await repo.git("rev-parse", "HEAD")).trim();
    await repo.put("iac/dev/s3-bucket/later/config.json", '{"bucket_name": "later"}');
    await repo.git("add", "-A");
    await repo.git("commit", "-q", "-m", "later");
    await repo.put("iac/dev/s3-bucket/later/config.json", '{"bucket_name": "edited"}');

    const old = await readGitRef(repo.dir, first);
    expect(old.files).not.toHaveProperty("iac/dev/s3-bucket/later/config.json");
    const head = await readGitRef(repo.dir, "main");
    expect(head.files["iac/dev/s3-bucket/later/config.json"]).toBe('{"bucket_name": "later"}');
    expect(await repo.git("status", "--porcelain")).toBe(
      " M iac/dev/s3-bucket/later/config.json\n",
    );
  });

  it("throws an exit-1 error for people for an unknown ref", async () => {
    repo = await gitRepo();
    const error = await readGitRef(repo.dir, "v9.9.9").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect((error as CliError).message).toBe(
      `cannot read git ref 'v9.9.9' in ${repo.dir}: no such commit, branch or tag`,
    );
  });
});
