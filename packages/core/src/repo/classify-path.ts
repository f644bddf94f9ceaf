/** What a repository path holds, read from the path alone. */
export type PathKind =
  | { kind: "component"; env: string; type: string; nickname: string }
  | { kind: "account-environment" }
  | { kind: "type-definition"; type: string }
  | { kind: "layout"; env: string }
  | { kind: "malformed"; reason: string }
  | { kind: "ignored" };

const segmentPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function classifyPath(path: string): PathKind {
  const parts = path.split("/");
  const [top] = parts;
  if (top === "iac") return classifyIacPath(path, parts);
  if (top === "account_environments") {
    if (!path.endsWith(".json")) return { kind: "ignored" };
    if (parts.length !== 2) {
      return {
        kind: "malformed",
        reason: "account environment files belong directly in account_environments/",
      };
    }
    return { kind: "account-environment" };
  }
  if (top === ".karma" && parts.length === 3 && parts[2]!.endsWith(".json")) {
    const name = parts[2]!.slice(0, -".json".length);
    if (parts[1] === "types") return { kind: "type-definition", type: name };
    if (parts[1] === "layout") return { kind: "layout", env: name };
  }
  return { kind: "ignored" };
}

function classifyIacPath(path: string, parts: string[]): PathKind {
  if (!path.endsWith(".json")) return { kind: "ignored" };
  const expected = "expected iac/<env>/<type>/<nickname>/config.json";
  if (parts.length !== 5) return { kind: "malformed", reason: expected };
  const [, env, type, nickname, name] = parts as [string, string, string, string, string];
  if (name !== "config.json") {
    return {
      kind: "malformed",
      reason: `only config.json is read in a component folder; ${expected}`,
    };
  }
  for (const [what, segment] of [
    ["environment", env],
    ["type", type],
    ["nickname", nickname],
  ] as const) {
    if (!segmentPattern.test(segment)) {
      return {
        kind: "malformed",
        reason: `the ${what} '${segment}' must start with a letter or digit and use only letters, digits, '.', '_' and '-'`,
      };
    }
  }
  return { kind: "component", env, type, nickname };
}

/** The canonical form of a path, to find paths that name the same file on another machine. */
export function pathCollisionKey(path: string): string {
  return path
    .replace(/\\/g, "/")
    .replace(/\/{2,}/g, "/")
    .replace(/^(\.\/)+/, "")
    .toLowerCase();
}
