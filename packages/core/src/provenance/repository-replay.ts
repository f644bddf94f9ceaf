import { compareStrings } from "../compare.ts";
import type { FileMap } from "../json.ts";
import type { NotReadPath } from "../repo/not-read.ts";
import type { PathChange, RepositoryState } from "./commit-delta.ts";

/**
 * A repository's Karma files moved forward one commit at a time, at the cost of what each commit
 * changed. The file map is one object changed in place (a copy per commit would cost the whole
 * repository each time): a workspace loaded from it is kept for its components only, never read
 * for its files once the next commit is applied.
 */
export class RepositoryReplay {
  readonly files: FileMap;
  /** What is there but was not read, sorted by path; a new list after each commit. */
  notRead: readonly NotReadPath[];

  constructor(base: RepositoryState | undefined) {
    this.files = { ...base?.files };
    this.notRead = base?.notRead ?? [];
  }

  apply(changes: readonly PathChange[]): void {
    const changed = new Set(changes.map((change) => change.path));
    const notRead = this.notRead.filter((entry) => !changed.has(entry.path));
    // a path is one thing at a time: the last change to it wins
    const last = new Map(changes.map((change) => [change.path, change]));
    for (const change of last.values()) {
      if (change.kind === "write") this.files[change.path] = change.text;
      else delete this.files[change.path];
      if (change.kind === "not-read") {
        notRead.push({ path: change.path, severity: change.severity, message: change.message });
      }
    }
    this.notRead = notRead.sort((a, b) => compareStrings(a.path, b.path));
  }

  /** The files at these paths, of those that are files now. */
  pick(paths: Iterable<string>): FileMap {
    const files: FileMap = {};
    for (const path of paths) {
      if (Object.hasOwn(this.files, path)) files[path] = this.files[path]!;
    }
    return files;
  }
}
