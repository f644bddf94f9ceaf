import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** The Host headers of this server: anything else is another site's name (DNS rebinding). */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostError(request: IncomingMessage, hosts: Set<string>): string | null {
  const host = request.headers.host?.toLowerCase();
  if (host === undefined) return "missing Host header";
  return hosts.has(host)
    ? null
    : `foreign Host header "${host}": open the address karma serve printed`;
}

/** Browsers send Origin on cross-site requests; only this server's own pages may call the API. */
export function originError(request: IncomingMessage, hosts: Set<string>): string | null {
  const origin = request.headers.origin;
  if (origin === undefined) return null;
  const allowed = [...hosts].some((host) => origin.toLowerCase() === `http://${host}`);
  return allowed ? null : `foreign Origin "${origin}"`;
}

/** The token from `Authorization: Bearer <token>` or `X-Karma-Token`, compared in constant time. */
export function hasToken(request: IncomingMessage, token: string): boolean {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
  const header = request.headers["x-karma-token"];
  const given = bearer ?? (typeof header === "string" ? header : undefined);
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
