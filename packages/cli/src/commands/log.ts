import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { usageError } from "../cli-error.ts";
import { colorsFor } from "../colors.ts";
import type { Command } from "../command.ts";
import { describeFsError } from "../describe-fs-error.ts";
import { parseCommandArgs } from "../parse-command-args.ts";

const usage = `Usage: karma log [dir] [<type>/<nickname>] [--env <env>] [-n <count>] [--json]

Show the git history of a config repository as Karma reads it. With a component:
the commits that created, updated (with the field diff), renamed or deleted it,
following renames back. Without: per commit, the components it changed and the
dependency edges it added or removed. Newest first, along first parents (a merge
counts as what it brought in).

Arguments:
  dir                  the repository (default: the current directory), in a git
                       repository or a folder of one
  <type>/<nickname>    one component (vpc/core); a single argument is the
                       directory when a folder of that name exists

Options:
  --env <env>          the environment (default: the only one in the history; for
                       a component, the only one it was in)
  -n, --max-count <n>  at most n commits
  --json               print {"component", "env", "commits"} (or {"env", "commits"})
  -h, --help           show this help

A file that could not be read or parsed at a commit is "unknown" there: it is
never shown as created or deleted for that.

Exit status: 0 the log was printed, 1 git could not be read (not a git
repository, no commits), 2 bad arguments, an unknown environment or component,
or a directory that cannot be read.
`;

export const logCommand: Command = {
  name: "log",
  summary: "show the commits that changed a component, or the graph, over time",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        env: { type: "string" },
        "max-count": { type: "string", short: "n" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      usage,
    );
    if (values.help) {
      io.stdout.write(usage);
      return 0;
    }
    if (positionals.length > 2) throw usageError("expected a directory and a component", usage);
    const count = values["max-count"];
    if (count !== undefined && !/^[1-9]\d*$/.test(count)) {
      throw usageError(`-n must be a whole number from 1, not "${count}"`, usage);
    }
    const [dir, component] = await directoryAndComponent(positionals, io.cwd);
    await assertDirectory(dir);

    // git and the history load only here, so other commands start faster
    const { readGitHistory } = await import("../read-git-history.ts");
    const { queryLog } = await import("../log-query.ts");
    const history = await readGitHistory(dir);
    if (history.shallowBase !== null) {
      io.stderr.write(
        `karma: note: a shallow clone: the history starts after ${history.shallowBase.slice(0, 7)}, whose changes are unknown (git fetch --unshallow reads all of it)\n`,
      );
    }
    const result = queryLog(history, {
      component,
      env: values.env,
      limit: count === undefined ? undefined : Number(count),
      envOption: "--env <env>",
    });
    if ("refused" in result) throw usageError(result.message);
    if (values.json) {
      const { logToJson } = await import("../format-log-json.ts");
      io.stdout.write(`${JSON.stringify(logToJson(result), null, 2)}\n`);
    } else {
      const { formatLogText } = await import("../format-log-text.ts");
      io.stdout.write(formatLogText(result, colorsFor(io)));
    }
    return 0;
  },
};

/** One argument is the directory when a folder of that name exists, else the component. */
async function directoryAndComponent(
  positionals: readonly string[],
  cwd: string,
): Promise<[dir: string, component: string | undefined]> {
  const [first, second] = positionals;
  if (first === undefined) return [cwd, undefined];
  if (second !== undefined) return [resolve(cwd, first), second];
  if (first.includes("/") && !(await isDirectory(resolve(cwd, first)))) return [cwd, first];
  return [resolve(cwd, first), undefined];
}

async function assertDirectory(dir: string): Promise<void> {
  const stats = await stat(dir).catch((error: unknown) => {
    throw usageError(`cannot read ${dir}: ${describeFsError(error)}`);
  });
  if (!stats.isDirectory()) throw usageError(`${dir} is not a directory`);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
