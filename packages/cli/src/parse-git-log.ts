/** One path a commit changed, from `git log --raw`: modes and the new object. */
export interface RawChange {
  /** `000000` when the path is gone; `120000` a symbolic link; `160000` a submodule. */
  newMode: string;
  blob: string;
  /** As git wrote it: from the top of the git repository. */
  path: string;
}

export interface LoggedCommit {
  sha: string;
  /** The parents' ids; none for a first commit, or for the oldest one of a shallow clone. */
  parents: string[];
  author: string;
  /** As git wrote it (`%aI`: strict ISO 8601 with the author's offset). */
  date: string;
  subject: string;
  changes: RawChange[];
}

/** The fields of each commit's header, in this order; `%x1e` marks where a commit starts. */
export const logFormat = "%x1e%H%x00%P%x00%aN%x00%aI%x00%s%x00";

const rawLine = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) [A-Z]\d*$/;

/**
 * `git log -z --raw --format=<logFormat>` output. Fields are NUL-separated and read by position,
 * so a subject or name may hold any character git lets through; a path follows its raw line.
 */
export function parseGitLog(output: string): LoggedCommit[] {
  const tokens = output.split("\0");
  const commits: LoggedCommit[] = [];
  let current: LoggedCommit | undefined;
  let index = 0;
  const next = () => tokens[index++] ?? "";
  while (index < tokens.length) {
    // git starts the raw lines after a header with a line break
    const token = next().replace(/^\n/, "");
    if (token.startsWith("\u001e")) {
      current = {
        sha: token.slice(1),
        parents: next().split(" ").filter(Boolean),
        author: next(),
        date: next(),
        subject: next(),
        changes: [],
      };
      commits.push(current);
      continue;
    }
    const raw = rawLine.exec(token);
    if (raw && current) current.changes.push({ newMode: raw[2]!, blob: raw[4]!, path: next() });
  }
  return commits;
}
