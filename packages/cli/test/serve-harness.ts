import { createHash } from "node:crypto";
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningServer, type ServerOptions, startServer } from "../src/serve/start-server.ts";
import { copyFixture } from "./run-cli.ts";

export interface Served {
  server: RunningServer;
  /** The repository copy being served. */
  root: string;
  /** A folder beside the repository and the app, for files that must stay out of reach. */
  outside: string;
  dist: string;
  cleanup(): Promise<void>;
}

export interface FixtureOptions extends Pick<ServerOptions, "hooks" | "bodyTimeoutMs"> {
  /** Changes the repository copy before the server starts. */
  prepare?: (root: string) => Promise<void>;
}

/** A served copy of the real repository with a small built app, in a fresh temp folder. */
export async function serveFixture({ prepare, ...options }: FixtureOptions = {}): Promise<Served> {
  const copy = await copyFixture();
  await prepare?.(await realpath(copy.dir));
  const base = await realpath(await mkdtemp(join(tmpdir(), "karma-serve-")));
  const dist = join(base, "dist");
  const outside = join(base, "outside");
  await mkdir(join(dist, "assets"), { recursive: true });
  await mkdir(outside);
  await writeFile(join(dist, "index.html"), "<!doctype html><title>Karma</title>\n");
  await writeFile(join(dist, "assets", "app.js"), "console.log('karma');\n");
  await writeFile(join(outside, "secret.txt"), "secret\n");
  const server = await startServer({ root: copy.dir, port: 0, distDir: dist, ...options });
  return {
    server,
    root: await realpath(copy.dir),
    outside,
    dist,
    cleanup: async () => {
      await server.close();
      await copy.remove();
      await rm(base, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json<T>(): T;
}

/** One HTTP request with exact control of the Host header and the raw path (no URL normalising). */
export function call(
  port: number,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string; host?: string | null } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.host !== null) headers.Host = options.host ?? `127.0.0.1:${port}`;
    const req = request(
      { host: "127.0.0.1", port, method, path, headers, setHost: false, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            json: <T>() => JSON.parse(body) as T,
          });
        });
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** The API with the token. */
export function api(served: Served, method: string, body?: object): Promise<Answer> {
  return call(served.server.port, method, "/api/files", {
    headers: {
      Authorization: `Bearer ${served.server.token}`,
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
}

/** A version as the server computes it: the SHA-256 of the bytes (text as UTF-8), in hex. */
export function sha256(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}
