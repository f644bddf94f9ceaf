import { lstat, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Answer, api, call, type Served, serveFixture, sha256 } from "./serve-harness.ts";

interface Files {
  files: Record<string, string>;
  versions: Record<string, string>;
  problems: string[];
}
interface Refusal {
  error: string;
  paths?: { path: string; message: string }[];
  conflicts?: { path: string; expected: string | null; actual: string | null }[];
}

const zone = "iac/prod/route53-zone/strall-com/config.json";
const bucket = "iac/prod/s3-bucket/demo-api/config.json";

let served: Served | undefined;
afterEach(async () => {
  await served?.cleanup();
  served = undefined;
});
async function start(options?: Parameters<typeof serveFixture>[0]): Promise<Served> {
  served = await serveFixture(options);
  return served;
}
const disk = (path: string) => readFile(join(served!.root, path), "utf8");
/** Every temporary file the server left anywhere in the repository. */
async function leftovers(): Promise<string[]> {
  const entries = await readdir(served!.root, { recursive: true });
  return entries.filter((entry) => entry.endsWith(".karma-tmp"));
}

describe("karma serve: address and token", () => {
  it("listens on 127.0.0.1 with a long random token in the printed address", async () => {
    const { server } = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const other = await serveFixture();
    try {
      expect(other.server.token).not.toBe(server.token);
    } finally {
      await other.cleanup();
    }
  });

  it("does not answer on another address than 127.0.0.1", async () => {
    const { server } = await start();
    const viaIpv6 = new Promise((resolve) => {
      const req = request({ host: "::1", port: server.port, path: "/" }, () => resolve("answered"));
      req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code));
      req.end();
    });
    expect(await viaIpv6).not.toBe("answered");
  });

  it("refuses the API without the token, with a wrong one, or with it in the query string", async () => {
    const { server } = await start();
    const refused = [
      await call(server.port, "GET", "/api/files"),
      await call(server.port, "GET", "/api/files", { headers: { "X-Karma-Token": "x" } }),
      await call(server.port, "GET", "/api/files", {
        headers: { Authorization: `Bearer ${server.token}x` },
      }),
      await call(server.port, "GET", `/api/files?token=${server.token}`),
      await call(server.port, "PUT", "/api/files", {
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ changes: { [zone]: "{}" }, versions: { [zone]: null } }),
      }),
    ];
    for (const answer of refused) {
      expect(answer.status).toBe(403);
      expect(answer.json<Refusal>().error).toMatch(/^missing or wrong token/);
    }
    const byHeader = await call(server.port, "GET", "/api/files", {
      headers: { "X-Karma-Token": server.token },
    });
    expect(byHeader.status).toBe(200);
  });

  it("says which repository it serves: its absolute path, with its files", async () => {
    const { root, server } = await start();
    const answer = await call(server.port, "GET", "/api/files", {
      headers: { Authorization: `Bearer ${server.token}` },
    });
    const body = answer.json<{ root: string; files: Record<string, string> }>();
    expect(body.root).toBe(root);
    expect(body.files["account_environments/usekarma-dev-dev.json"]).toBeDefined();
  });

  it("refuses a foreign Host on every request (DNS rebinding) and a foreign Origin on the API", async () => {
    const { server } = await start();
    const auth = { Authorization: `Bearer ${server.token}` };
    for (const host of ["evil.example", `evil.example:${server.port}`, "127.0.0.1:1", "[::1]"]) {
      const page = await call(server.port, "GET", "/", { host });
      const files = await call(server.port, "GET", "/api/files", { host, headers: auth });
      expect([page.status, files.status]).toEqual([403, 403]);
      expect(files.json<Refusal>().error).toMatch(/^foreign Host header/);
    }
    // Node itself refuses an HTTP/1.1 request without Host
    expect((await call(server.port, "GET", "/", { host: null })).status).toBe(400);
    expect((await call(server.port, "GET", "/", { host: `localhost:${server.port}` })).status).toBe(
      200,
    );
    const crossSite = await call(server.port, "GET", "/api/files", {
      headers: { ...auth, Origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await call(server.port, "GET", "/api/files", {
      headers: { ...auth, Origin: `http://localhost:${server.port}` },
    });
    expect(sameSite.status).toBe(200);
  });
});

describe("karma serve: the app", () => {
  it("serves the built app with content types, index.html for routes", async () => {
    const { server } = await start();
    const page = await call(server.port, "GET", `/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
    expect(page.body).toContain("<title>Karma</title>");
    const script = await call(server.port, "GET", "/assets/app.js");
    expect(script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect((await call(server.port, "GET", "/some/route")).body).toBe(page.body);
    expect((await call(server.port, "GET", "/assets/missing.js")).status).toBe(404);
    expect((await call(server.port, "POST", "/")).status).toBe(405);
  });

  it("never serves a file outside the app folder", async () => {
    const { server, dist, outside } = await start();
    await symlink(join(outside, "secret.txt"), join(dist, "assets", "linked.txt"));
    for (const path of [
      "/../outside/secret.txt",
      "/%2e%2e/outside/secret.txt",
      "/assets/..%2f..%2foutside%2fsecret.txt",
      "/assets/%5c..%5c..%5coutside%5csecret.txt",
      "/assets/linked.txt",
      "/%00",
      "/%E0%A4%A",
    ]) {
      const answer = await call(server.port, "GET", path);
      expect(answer.body, path).not.toContain("secret");
      expect(answer.status, path).toBe(404);
    }
  });
});

describe("karma serve: reading the repository", () => {
  it("returns the repository's files with the SHA-256 of their bytes as versions", async () => {
    await start();
    const answer = await api(served!, "GET");
    expect(answer.status).toBe(200);
    expect(answer.headers["cache-control"]).toBe("no-store");
    const { files, versions, problems } = answer.json<Files>();
    expect(Object.keys(files)).toHaveLength(18);
    expect(files[zone]).toBe(await disk(zone));
    expect(versions[zone]).toBe(sha256(await readFile(join(served!.root, zone))));
    expect(Object.keys(versions)).toEqual(Object.keys(files));
    expect(problems).toEqual([]);
  });

  it("never follows a symbolic link, and lists each one in problems", async () => {
    const { root, outside } = await start();
    await mkdir(join(outside, "types"));
    await writeFile(join(outside, "types", "leak.json"), '{"secret": true}');
    await symlink(outside, join(root, ".karma"));
    await symlink(join(outside, "secret.txt"), join(root, "iac/prod/s3-bucket/demo-api/notes.txt"));
    const { files, problems } = (await api(served!, "GET")).json<Files>();
    expect(
      Object.keys(files).filter((path) => !path.startsWith("iac/") && !path.startsWith("account_")),
    ).toEqual([]);
    expect(Object.values(files).join("")).not.toContain("secret");
    expect(problems).toEqual([
      expect.stringMatching(/^\.karma: is a symbolic link/),
      expect.stringMatching(/^iac\/prod\/s3-bucket\/demo-api\/notes\.txt: is a symbolic link/),
    ]);
  });

  it("lists a file that is not UTF-8 in problems instead of serving it as replaced text", async () => {
    const { root } = await start();
    await writeFile(join(root, bucket), Buffer.from([0x7b, 0xff, 0x7d]));
    const { files, versions, problems } = (await api(served!, "GET")).json<Files>();
    expect(files[bucket]).toBeUndefined();
    expect(versions[bucket]).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${bucket}: .*not UTF-8`))]);
  });
});

describe("karma serve: saving", () => {
  it("writes changed files, creates new ones with their folders, deletes others", async () => {
    await start();
    const { files, versions } = (await api(served!, "GET")).json<Files>();
    const edited = files[zone]!.replace("Root hosted zone", "Main hosted zone");
    const created = "iac/prod/vpc/main/config.json";
    const answer = await api(served!, "PUT", {
      changes: { [zone]: edited, [created]: '{"cidr": "10.0.0.0/16"}\n', [bucket]: null },
      versions: { [zone]: versions[zone], [created]: null, [bucket]: versions[bucket] },
    });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({
      versions: {
        [bucket]: null,
        [created]: sha256('{"cidr": "10.0.0.0/16"}\n'),
        [zone]: sha256(edited),
      },
    });
    expect(await disk(zone)).toBe(edited);
    expect(await disk(created)).toBe('{"cidr": "10.0.0.0/16"}\n');
    await expect(lstat(join(served!.root, "iac/prod/s3-bucket/demo-api"))).rejects.toThrow();
    await expect(lstat(join(served!.root, "iac/prod/s3-bucket"))).resolves.toBeDefined();
    const after = (await api(served!, "GET")).json<Files>();
    expect(after.versions[zone]).toBe(sha256(edited));
    expect(after.files[bucket]).toBeUndefined();
    expect(await leftovers()).toEqual([]);
  });

  it("refuses bad paths and writes nothing, not even the good paths of the same save", async () => {
    const { root, outside } = await start();
    const { versions } = (await api(served!, "GET")).json<Files>();
    await symlink(outside, join(root, "iac/prod/linked"));
    await symlink(
      join(outside, "secret.txt"),
      join(root, "iac/prod/s3-bucket/karma-api/link.json"),
    );
    const bad: Record<string, string> = {
      "/etc/passwd": "the path is absolute",
      "C:/Windows/win.ini": "the path is absolute",
      "iac/../../outside/secret.txt": "the path has an empty, '.' or '..' segment",
      "iac/./prod/x.json": "the path has an empty, '.' or '..' segment",
      "iac//prod/x.json": "the path has an empty, '.' or '..' segment",
      "iac\\prod\\x.json": "the path contains a backslash; use forward slashes",
      "iac/prod/x\0.json": "the path contains a NUL character",
      "package.json": "not a file Karma reads (account_environments/*.json, iac/**, .karma/**)",
      "iac/.git/config": "not a file Karma reads (account_environments/*.json, iac/**, .karma/**)",
      "account_environments/notes.txt":
        "not a file Karma reads (account_environments/*.json, iac/**, .karma/**)",
      "iac/prod/linked/secret.txt": "the path leads outside the repository through a symbolic link",
      "iac/prod/linked/new/config.json":
        "the path leads outside the repository through a symbolic link",
      "iac/prod/s3-bucket/karma-api/link.json": "the file is a symbolic link",
      "iac/prod": "not a regular file",
    };
    const answer = await api(served!, "PUT", {
      changes: {
        [zone]: "{}",
        ...Object.fromEntries(Object.keys(bad).map((path) => [path, "owned"])),
      },
      versions: {
        [zone]: versions[zone],
        ...Object.fromEntries(Object.keys(bad).map((path) => [path, null])),
      },
    });
    expect(answer.status).toBe(400);
    const { paths } = answer.json<Refusal>();
    expect(Object.fromEntries(paths!.map((p) => [p.path, p.message]))).toEqual(bad);
    expect(await disk(zone)).not.toBe("{}");
    expect(await readFile(join(outside, "secret.txt"), "utf8")).toBe("secret\n");
    expect(await readdir(outside)).toEqual(["secret.txt"]);
  });

  it("refuses a save when a file changed on disk since it was read, overwriting nothing", async () => {
    await start();
    const { files, versions } = (await api(served!, "GET")).json<Files>();
    const theirs = files[zone]!.replace("strall.com", "changed-elsewhere.com");
    await writeFile(join(served!.root, zone), theirs);
    const answer = await api(served!, "PUT", {
      changes: { [zone]: "{}\n", [bucket]: "{}\n" },
      versions: { [zone]: versions[zone], [bucket]: versions[bucket] },
    });
    expect(answer.status).toBe(409);
    const refusal = answer.json<Refusal>();
    expect(refusal.error).toBe(
      `changed on disk since it was read: ${zone}. Nothing was saved; reload to see the changes.`,
    );
    expect(refusal.conflicts).toEqual([
      { path: zone, expected: versions[zone], actual: sha256(theirs) },
    ]);
    expect(await disk(zone)).toBe(theirs);
    expect(await disk(bucket)).toBe(files[bucket]);
  });

  it("sees a change on disk in bytes that decode to the same text: versions hash bytes", async () => {
    const { root } = await start();
    // 0xff and 0xfe are both invalid UTF-8: decoded, both become the same U+FFFD
    const before = Buffer.from('{"name": "\xff"}\n', "latin1");
    const after = Buffer.from('{"name": "\xfe"}\n', "latin1");
    expect(after.toString("utf8")).toBe(before.toString("utf8"));
    const twin = "iac/prod/s3-bucket/karma-api/config.json";
    await writeFile(join(root, bucket), before);
    await writeFile(join(root, twin), before);
    expect((await api(served!, "GET")).status).toBe(200);
    await writeFile(join(root, bucket), after);
    const answer = await api(served!, "PUT", {
      changes: { [bucket]: "{}\n", [twin]: "{}\n" },
      versions: { [bucket]: sha256(before), [twin]: sha256(before) },
    });
    expect(answer.status).toBe(409);
    // the twin, unchanged, matches its version: only the changed bytes conflict
    expect(answer.json<Refusal>().conflicts).toEqual([
      { path: bucket, expected: sha256(before), actual: sha256(after) },
    ]);
    expect(await readFile(join(root, bucket))).toEqual(after);
    expect(await readFile(join(root, twin))).toEqual(before);
  });

  it("refuses to create a file that appeared, or to save one that disappeared, since the read", async () => {
    const { root } = await start();
    const { versions } = (await api(served!, "GET")).json<Files>();
    const created = "iac/prod/vpc/main/config.json";
    await mkdir(join(root, "iac/prod/vpc/main"), { recursive: true });
    await writeFile(join(root, created), "theirs");
    await rm(join(root, zone));
    const answer = await api(served!, "PUT", {
      changes: { [created]: "mine", [zone]: "mine" },
      versions: { [created]: null, [zone]: versions[zone] },
    });
    expect(answer.status).toBe(409);
    expect(answer.json<Refusal>().conflicts).toEqual([
      { path: zone, expected: versions[zone], actual: null },
      { path: created, expected: null, actual: sha256("theirs") },
    ]);
    expect(await disk(created)).toBe("theirs");
  });

  it("lets only one of two saves from the same read win", async () => {
    await start();
    const { versions } = (await api(served!, "GET")).json<Files>();
    const save = (text: string) =>
      api(served!, "PUT", { changes: { [zone]: text }, versions: { [zone]: versions[zone] } });
    const answers = await Promise.all([save("first\n"), save("second\n")]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers[0]!.status === 200 ? "first\n" : "second\n";
    expect(await disk(zone)).toBe(winner);
  });

  it("keeps the old files whole when saving fails between writing and renaming", async () => {
    await start({
      hooks: {
        beforeCommit: async () => {
          expect(await leftovers()).toHaveLength(2);
          throw new Error("simulated crash");
        },
      },
    });
    const { files, versions } = (await api(served!, "GET")).json<Files>();
    const answer = await api(served!, "PUT", {
      changes: { [zone]: "new zone\n", "iac/prod/vpc/main/config.json": "{}\n" },
      versions: { [zone]: versions[zone], "iac/prod/vpc/main/config.json": null },
    });
    expect(answer.status).toBe(500);
    expect(answer.json<Refusal>().error).toBe("simulated crash");
    expect(await disk(zone)).toBe(files[zone]);
    await expect(lstat(join(served!.root, "iac/prod/vpc/main/config.json"))).rejects.toThrow();
    expect(await leftovers()).toEqual([]);
  });

  it("checks versions again after writing, before moving anything in place", async () => {
    const theirs = "changed while saving\n";
    await start({
      hooks: { beforeCommit: () => writeFile(join(served!.root, zone), theirs) },
    });
    const { versions } = (await api(served!, "GET")).json<Files>();
    const answer = await api(served!, "PUT", {
      changes: { [zone]: "mine\n", [bucket]: "mine\n" },
      versions: { [zone]: versions[zone], [bucket]: versions[bucket] },
    });
    expect(answer.status).toBe(409);
    expect(await disk(zone)).toBe(theirs);
    expect(await disk(bucket)).not.toBe("mine\n");
    expect(await leftovers()).toEqual([]);
  });

  it("answers bad requests with a reason", async () => {
    const { server } = await start();
    const auth = { Authorization: `Bearer ${server.token}` };
    const put = (body: string, type = "application/json") =>
      call(server.port, "PUT", "/api/files", { headers: { ...auth, "Content-Type": type }, body });
    const cases: [Promise<Answer>, number, RegExp][] = [
      [put("{}", "text/plain"), 415, /application\/json/],
      [put("{"), 400, /not valid JSON/],
      [put('{"changes": {"iac/a/b/config.json": 1}, "versions": {}}'), 400, /"changes" must map/],
      [put('{"changes": {}, "versions": {"x": "abc"}}'), 400, /"versions" must map/],
      [put(`{"changes": {"${zone}": "{}"}, "versions": {}}`), 400, /^refused: .*no version/],
      [call(server.port, "DELETE", "/api/files", { headers: auth }), 405, /DELETE is not allowed/],
      [call(server.port, "GET", "/api/other", { headers: auth }), 404, /no API at \/api\/other/],
    ];
    for (const [pending, status, error] of cases) {
      const answer = await pending;
      expect(answer.status).toBe(status);
      expect(answer.json<Refusal>().error).toMatch(error);
    }
  });
});
