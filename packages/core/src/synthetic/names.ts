import type { Random } from "./random.ts";

export const products = [
  "orders",
  "billing",
  "search",
  "catalog",
  "checkout",
  "payments",
  "inventory",
  "shipping",
  "accounts",
  "reports",
  "analytics",
  "notify",
  "media",
  "auth",
  "profile",
  "pricing",
  "ledger",
  "support",
  "docs",
  "events",
  "metrics",
  "gateway",
  "export",
  "import",
  "audit",
  "feeds",
  "wallet",
  "partner",
  "booking",
  "chat",
] as const;

export const roles = [
  "api",
  "web",
  "worker",
  "jobs",
  "sync",
  "ingest",
  "admin",
  "site",
  "store",
  "cache",
  "stream",
  "core",
] as const;

export const domains = [
  "example.com",
  "example.org",
  "example.net",
  "acme.dev",
  "acme.io",
  "widgets.app",
] as const;

/** Nicknames unique per type within one environment: `<product>-<role>`, then numbered. */
export class NicknamePool {
  readonly #taken = new Set<string>();

  constructor(private readonly random: Random) {}

  next(kind: readonly string[] = roles): string {
    const base = `${this.random.pick(products)}-${this.random.pick(kind)}`;
    let nickname = base;
    for (let n = 2; this.#taken.has(nickname); n++) nickname = `${base}-${n}`;
    this.#taken.add(nickname);
    return nickname;
  }

  /** Claims a given nickname (an openapi definition named after its API). */
  claim(nickname: string): void {
    this.#taken.add(nickname);
  }
}
