/** Only these parts of a repository matter to Karma; the rest is never read or written. */
const readTops = new Set(["iac", "account_environments", ".karma"]);

export function isRepositoryPath(path: string): boolean {
  const top = path.split("/", 1)[0] ?? "";
  return readTops.has(top);
}

export function shouldDescend(name: string, depth: number): boolean {
  return depth > 0 ? name !== ".git" && name !== "node_modules" : readTops.has(name);
}

/**
 * Drops a single top folder shared by every path (a zip of `repo-main/…`, a folder input's
 * own name), unless the paths already start at the repository root.
 */
export function stripCommonRoot(paths: readonly string[]): (path: string) => string {
  const firsts = new Set(paths.map((path) => path.split("/", 1)[0]));
  const [only] = firsts;
  if (firsts.size !== 1 || only === undefined || readTops.has(only)) return (path) => path;
  if (!paths.every((path) => path.includes("/"))) return (path) => path;
  return (path) => path.slice(only.length + 1);
}
