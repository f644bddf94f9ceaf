import { mkdir, readdir, readFile, symlink } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  type Answer,
  api,
  type FixtureOptions,
  type Served,
  serveFixture,
} from "./serve-harness.ts";

interface Files {
  files: Record<string, string>;
  versions: Record<string, string>;
}
interface Refusal {
  error: string;
  paths?: { path: string; message: string }[];
}

const zone = "iac/prod/route53-zone/strall-com/config.json";
const bucket = "iac/prod/s3-bucket/demo-api/config.json";

let served: Served | undefined;
afterEach(async () => {
  await served?.cleanup();
  served = undefined;
});
async function start(options?: FixtureOptions): Promise<Served> {
  served = await serveFixture(options);
  return served;
}
const disk = (path: string) => readFile(join(served!.root, path), "utf8");

interface SlowSave {
  /** Resolves once the server took the request (100 Continue) and half the body was sent. */
  halfSent: Promise<void>;
  /** Sends the rest of the body. */
  finish(): void;
  answer: Promise<Answer>;
  /** Whether an answer arrived yet. */
  answered(): boolean;
  /** Resolves when the connection is closed. */
  closed: Promise<void>;
}

/** A save whose client sends the headers and half the body, then stalls until `finish()`. */
function slowSave(body: object): SlowSave {
  const { server } = served!;
  const bytes = Buffer.from(JSON.stringify(body));
  const half = Math.floor(bytes.length / 2);
  const req = request({
    host: "127.0.0.1",
    port: server.port,
    method: "PUT",
    path: "/api/files",
    headers: {
      Host: `127.0.0.1:${server.port}`,
      Authorization: `Bearer ${server.token}`,
      "Content-Type": "application/json",
      "Content-Length": bytes.length,
      // the server answers 100 Continue as it hands the request to its handler
      Expect: "100-continue",
    },
    setHost: false,
    agent: false,
  });
  let answered = false;
  const halfSent = new Promise<void>((resolve) => {
    req.once("continue", () => req.write(bytes.subarray(0, half), () => resolve()));
  });
  const closed = new Promise<void>((resolve) => {
    req.once("socket", (socket) => socket.once("close", () => resolve()));
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.once("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        answered = true;
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: text,
          json: <T>() => JSON.parse(text) as T,
        });
      });
    });
    req.once("error", reject);
  });
  // the server closing a stalled connection is seen only by a test that waits for the answer
  answer.catch(() => {});
  req.flushHeaders();
  return {
    halfSent,
    finish: () => req.end(bytes.subarray(half)),
    answer,
    answered: () => answered,
    closed,
  };
}

describe("karma serve: a save whose body does not finish", () => {
  it("holds up no other save: the body is read before waiting for other saves", async () => {
    await start();
    const { files, versions } = (await api(served!, "GET")).json<Files>();
    const slow = slowSave({ changes: { [zone]: "slow\n" }, versions: { [zone]: versions[zone] } });
    await slow.halfSent;

    const other = await api(served!, "PUT", {
      changes: { [bucket]: "quick\n" },
      versions: { [bucket]: versions[bucket] },
    });
    expect(other.status).toBe(200);
    expect(await disk(bucket)).toBe("quick\n");
    expect(slow.answered()).toBe(false);
    expect(await disk(zone)).toBe(files[zone]);

    slow.finish();
    expect((await slow.answer).status).toBe(200);
    expect(await disk(zone)).toBe("slow\n");
  });

  it("answers 408 and closes the connection when the body does not finish in time", async () => {
    await start({ bodyTimeoutMs: 200 });
    const { files, versions } = (await api(served!, "GET")).json<Files>();
    const slow = slowSave({ changes: { [zone]: "slow\n" }, versions: { [zone]: versions[zone] } });
    await slow.halfSent;
    const answer = await slow.answer;
    expect(answer.status).toBe(408);
    expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(answer.headers.connection).toBe("close");
    expect(answer.json<Refusal>().error).toBe(
      "the body did not arrive within 0.2 s; send it again",
    );
    await slow.closed;
    expect(await disk(zone)).toBe(files[zone]);
  });
});

describe("karma serve: paths the file system refuses", () => {
  const tooLong = "the path or a name in it is too long for the file system";

  it("refuses names and paths too long for the file system with 400, naming no server path", async () => {
    const { root } = await start();
    const { versions } = (await api(served!, "GET")).json<Files>();
    const longName = "n".repeat(300);
    const cases = [
      // a long name below an existing folder: the checks before writing see it
      `iac/prod/s3-bucket/${longName}/config.json`,
      // below a folder the save would make: making the folders sees it
      `iac/prod/new-type/${longName}/config.json`,
      // a file name that fits, but not with the temporary file's suffix beside it
      `iac/prod/s3-bucket/${"n".repeat(240)}.json`,
      // over 4096 bytes in all, every name short
      `iac/prod/${Array.from({ length: 30 }, () => "d".repeat(150)).join("/")}/config.json`,
    ];
    for (const path of cases) {
      const answer = await api(served!, "PUT", {
        changes: { [zone]: "{}\n", [path]: "{}\n" },
        versions: { [zone]: versions[zone], [path]: null },
      });
      expect(answer.status, path.slice(0, 40)).toBe(400);
      expect(answer.json<Refusal>().paths).toEqual([{ path, message: tooLong }]);
      expect(answer.json<Refusal>().error).toBe(
        `refused: ${path} (${tooLong}). Nothing was saved.`,
      );
      expect(answer.body).not.toContain(root);
    }
    expect(await disk(zone)).not.toBe("{}\n");
    expect((await readdir(join(root, "iac/prod"))).sort()).toEqual([
      "lambda",
      "route53-zone",
      "s3-bucket",
      "serverless-api",
      "serverless-site",
    ]);
    expect((await readdir(join(root, "iac/prod/s3-bucket"))).sort()).toEqual([
      "demo-api",
      "karma-api",
    ]);
  });

  it("refuses a path through a symbolic link to nothing or a loop of them with 400", async () => {
    const { root, outside } = await start();
    const { versions } = (await api(served!, "GET")).json<Files>();
    await symlink("missing", join(root, "iac/prod/x"));
    await symlink(join(outside, "missing"), join(root, "iac/prod/y"));
    await symlink("loop", join(root, "iac/prod/loop"));
    await mkdir(join(root, "iac/prod/z"));
    await symlink("../gone", join(root, "iac/prod/z/w"));
    const nowhere = "the path goes through a symbolic link to nothing";
    const refused = {
      "iac/prod/x/config.json": nowhere,
      "iac/prod/x/nick/config.json": nowhere,
      "iac/prod/y/nick/config.json": nowhere,
      "iac/prod/z/w/nick/config.json": nowhere,
      "iac/prod/loop/nick/config.json": "the path goes through a loop of symbolic links",
    };
    const answer = await api(served!, "PUT", {
      changes: {
        [zone]: "{}\n",
        ...Object.fromEntries(Object.keys(refused).map((path) => [path, "{}\n"])),
      },
      versions: {
        [zone]: versions[zone],
        ...Object.fromEntries(Object.keys(refused).map((path) => [path, null])),
      },
    });
    expect(answer.status).toBe(400);
    const { error, paths } = answer.json<Refusal>();
    expect(Object.fromEntries(paths!.map((p) => [p.path, p.message]))).toEqual(refused);
    for (const path of Object.keys(refused)) expect(error).toContain(path);
    expect(answer.body).not.toContain(root);
    expect(answer.body).not.toContain(outside);
    expect(await disk(zone)).not.toBe("{}\n");
    expect(await readdir(outside)).toEqual(["secret.txt"]);
    expect((await readdir(join(root, "iac/prod/z"))).sort()).toEqual(["w"]);
  });
});
