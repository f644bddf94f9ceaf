import { lstat, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { api, type FixtureOptions, type Served, serveFixture } from "./serve-harness.ts";

interface Files {
  files: Record<string, string>;
  versions: Record<string, string>;
}

const zone = "iac/prod/route53-zone/strall-com/config.json";

let served: Served | undefined;
afterEach(async () => {
  await served?.cleanup();
  served = undefined;
});
async function start(options?: FixtureOptions): Promise<Served> {
  served = await serveFixture(options);
  return served;
}
const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

/** Every folder (ending in "/") and file with its content under `root`. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name).slice(root.length + 1);
    tree[entry.isDirectory() ? `${path}/` : path] = entry.isFile()
      ? await readFile(join(root, path), "utf8")
      : "";
  }
  return tree;
}

describe("karma serve: what a crashed save leaves behind", () => {
  it("removes the server's temporary files under the Karma folders when it starts", async () => {
    const leftovers = [
      "iac/prod/route53-zone/strall-com/.config.json.0123456789ab.karma-tmp",
      "account_environments/.strall-com-prod.json.abcdef012345.karma-tmp",
      ".karma/layout/.prod.json.00112233aabb.karma-tmp",
    ];
    const lookAlikes = [
      "iac/prod/route53-zone/strall-com/config.json.0123456789ab.karma-tmp",
      "iac/prod/route53-zone/strall-com/.config.json.0123456789AB.karma-tmp",
      "iac/prod/route53-zone/strall-com/.config.json.0123456789a.karma-tmp",
      "iac/prod/route53-zone/strall-com/.config.json.0123456789ab.karma-tmp.bak",
      ".config.json.0123456789ab.karma-tmp",
      "docs/.config.json.0123456789ab.karma-tmp",
    ];
    // a folder named like one, and one reached through a symbolic link, stay too
    const folderLookAlike = "iac/prod/.config.json.0123456789ab.karma-tmp/config.json";
    const throughLink = "iac/linked/.config.json.0123456789ab.karma-tmp";
    const { root } = await start({
      prepare: async (root) => {
        for (const path of [...leftovers, ...lookAlikes, folderLookAlike]) {
          await mkdir(dirname(join(root, path)), { recursive: true });
          await writeFile(join(root, path), "half a save\n");
        }
        const elsewhere = join(root, "elsewhere");
        await mkdir(elsewhere);
        await writeFile(join(elsewhere, ".config.json.0123456789ab.karma-tmp"), "theirs\n");
        await symlink(elsewhere, join(root, "iac/linked"));
      },
    });
    for (const path of leftovers) expect(await exists(join(root, path)), path).toBe(false);
    for (const path of [...lookAlikes, folderLookAlike, throughLink]) {
      expect(await exists(join(root, path)), path).toBe(true);
    }
    expect((await api(served!, "GET")).status).toBe(200);
  });

  it.each([
    {
      when: "fails",
      failure: async () => void (await readFile(join(served!.root, "no-such-file"))),
      status: 500,
      // a file system error in words, without the path on the server
      error: "no such file or directory",
      zoneAfter: null,
    },
    {
      when: "is refused by a change on disk",
      failure: () => writeFile(join(served!.root, zone), "theirs\n"),
      status: 409,
      error: `changed on disk since it was read: ${zone}. Nothing was saved; reload to see the changes.`,
      zoneAfter: "theirs\n",
    },
  ])(
    "removes the folders a save made for new files when it $when after making them",
    async ({ failure, status, error, zoneAfter }) => {
      const made = [
        "iac/prod/new-type/new-nick/config.json",
        "iac/prod/s3-bucket/new-nick/config.json",
        "iac/staging/vpc/main/config.json",
      ];
      const { root } = await start({
        hooks: {
          beforeCommit: async () => {
            for (const path of made) {
              expect(await exists(dirname(join(served!.root, path)))).toBe(true);
            }
            await failure();
          },
        },
      });
      const { versions } = (await api(served!, "GET")).json<Files>();
      const before = await snapshot(root);
      const answer = await api(served!, "PUT", {
        changes: { [zone]: "{}\n", ...Object.fromEntries(made.map((path) => [path, "{}\n"])) },
        versions: {
          [zone]: versions[zone],
          ...Object.fromEntries(made.map((path) => [path, null])),
        },
      });
      expect(answer.status).toBe(status);
      expect(answer.json<{ error: string }>().error).toBe(error);
      expect(await snapshot(root)).toEqual({ ...before, [zone]: zoneAfter ?? before[zone] });
    },
  );
});
