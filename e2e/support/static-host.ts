import { readFile, realpath, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, sep } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

export interface StaticHost {
  /** The address of `base` on the host, ending in a slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * A plain static file host, as a user's own web server would be: `folder` served under `base`
 * (`/tools/karma/`), files only, no fallback to index.html and no rewriting.
 */
export async function hostStatic(folder: string, base: string): Promise<StaticHost> {
  const root = await realpath(folder);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    if (!path.startsWith(base)) return void response.writeHead(404).end();
    let file = join(root, path.slice(base.length));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      if (!(await realpath(file)).startsWith(root + sep)) throw new Error("outside");
      const body = await readFile(file);
      response.writeHead(200, {
        "Content-Type": types[extname(file)] ?? "application/octet-stream",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
