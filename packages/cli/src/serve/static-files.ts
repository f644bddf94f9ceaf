import { readFile, realpath, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join } from "node:path";
import { isInside } from "./repository-path.ts";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/**
 * Serves the built app from `realDist` (GET and HEAD): only regular files that resolve inside
 * it; paths without an extension fall back to index.html (client-side routes).
 */
export async function serveStatic(
  realDist: string,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
    response.end("method not allowed\n");
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = "\0";
  }
  const segments = decoded.split("/").filter((segment) => segment !== "");
  if (decoded.includes("\0") || decoded.includes("\\") || segments.includes("..")) {
    return notFound(response);
  }
  const file =
    (await regularFileInside(realDist, join(realDist, ...segments))) ??
    (extname(decoded) === ""
      ? await regularFileInside(realDist, join(realDist, "index.html"))
      : null);
  if (!file) return notFound(response);

  const body = await readFile(file);
  const type = contentTypes[extname(file).toLowerCase()] ?? "application/octet-stream";
  response.writeHead(200, {
    "Content-Type": type,
    "Content-Length": body.length,
    "Cache-Control": type.startsWith("text/html") ? "no-store" : "no-cache",
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

async function regularFileInside(realDist: string, path: string): Promise<string | null> {
  try {
    const real = await realpath(path);
    if (!isInside(realDist, real)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
  response.end("not found\n");
}
