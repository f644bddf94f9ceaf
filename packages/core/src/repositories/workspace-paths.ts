import type { FileMap } from "../json.ts";

/**
 * One file map for a workspace of repositories: the first repository's files keep their paths,
 * another repository's sit under `../<name>/` (its folder's name), as if the repositories were
 * folders side by side. `karma serve --with`, the editor and its exports all use this form, so a
 * path alone says which repository a file belongs to and where it is saved.
 */
const otherPrefix = "../";

/** A repository's name as a path segment: a folder name, not `.`, `..` or one with a slash. */
export function isRepositoryName(name: string): boolean {
  if (name === "" || name === "." || name === "..") return false;
  for (const char of name) {
    if (char === "/" || char === "\\" || char.charCodeAt(0) < 0x20) return false;
  }
  return true;
}

/** Where a repository's files are in the workspace's map: `""` for the first. */
export function repositoryPrefix(name: string | null): string {
  return name === null ? "" : `${otherPrefix}${name}/`;
}

/** The repository a workspace path belongs to (null: the first) and the path inside it. */
export function splitWorkspacePath(path: string): { repo: string | null; path: string } | null {
  if (!path.startsWith(otherPrefix)) return { repo: null, path };
  const end = path.indexOf("/", otherPrefix.length);
  if (end < 0) return null;
  const repo = path.slice(otherPrefix.length, end);
  return isRepositoryName(repo) ? { repo, path: path.slice(end + 1) } : null;
}

/** A repository's files as they are in the workspace's map. */
export function prefixFiles(name: string | null, files: FileMap): FileMap {
  if (name === null) return files;
  const prefix = repositoryPrefix(name);
  const prefixed: FileMap = {};
  for (const path in files) {
    if (Object.hasOwn(files, path)) prefixed[`${prefix}${path}`] = files[path]!;
  }
  return prefixed;
}

/**
 * The workspace's map split into repositories, the first (`repo: null`) always there, the others
 * in the order their files first appear. Paths under `../` that name no repository are left out.
 */
export function splitWorkspaceFiles(files: FileMap): { repo: string | null; files: FileMap }[] {
  const first: FileMap = {};
  const others = new Map<string, FileMap>();
  for (const path in files) {
    // "__proto__" is no repository path, and assigning it would not add a key
    if (!Object.hasOwn(files, path) || path === "__proto__") continue;
    const split = splitWorkspacePath(path);
    if (split === null) continue;
    if (split.repo === null) {
      first[path] = files[path]!;
      continue;
    }
    let own = others.get(split.repo);
    if (!own) {
      own = {};
      others.set(split.repo, own);
    }
    own[split.path] = files[path]!;
  }
  return [
    { repo: null, files: first },
    ...[...others].map(([repo, own]) => ({ repo, files: own })),
  ];
}
