import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { repositoryPrefix } from "@karma/core";
import { CliError, usageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { describeFsError } from "../describe-fs-error.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { readRepository } from "../read-repository.ts";
import { workspaceFolders } from "../workspace-folders.ts";

const usage = `Usage: karma serve [dir] [--port <port>] [--with <dir>]...

Open a config repository in the Karma app in your browser and save edits
straight back to its files. The server listens on 127.0.0.1 only; the address
it prints holds a token that every request to the repository needs. A save is
refused, and nothing is overwritten, when a file changed on disk since the app
read it.

Arguments:
  dir              the repository (default: the current directory)

Options:
  --port <port>    the port to listen on (default: 4280; 0 picks a free one)
  --with <dir>     another repository of the workspace (repeatable), opened with dir
                   and saved to its own files; added to those listed in dir's
                   .karma/workspace.json
  -h, --help       show this help

Environment:
  KARMA_APP_DIR    serve another build of the app (default: the one installed
                   with karma)

Stop the server with Ctrl+C.
`;

export interface ServeCommandOptions {
  /** The built app of this installation; `KARMA_APP_DIR` overrides it. */
  distDir: string;
  /** Resolves when the server should stop; Ctrl+C (SIGINT) or SIGTERM by default. */
  stopSignal?: () => Promise<void>;
}

/** `karma serve`, with the app folder and the stop signal as parameters so tests can run it. */
export function createServeCommand(options: ServeCommandOptions): Command {
  return {
    name: "serve",
    summary: "open the repository in the app and save edits back to disk",
    usage,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(
        args,
        {
          port: { type: "string", default: "4280" },
          with: { type: "string", multiple: true },
          help: { type: "boolean", short: "h" },
        },
        usage,
      );
      if (values.help) {
        io.stdout.write(usage);
        return 0;
      }
      if (positionals.length > 1) throw usageError("expected at most one directory", usage);
      const port = Number(values.port);
      if (!/^\d+$/.test(values.port) || port > 65535) {
        throw usageError(`--port must be a number from 0 to 65535, not "${values.port}"`, usage);
      }
      const root = resolve(io.cwd, positionals[0] ?? ".");
      // the other repositories as the other commands find them (.karma/workspace.json, --with)
      const others = await workspaceFolders(
        root,
        await readRepository(root),
        values.with ?? [],
        io,
      );
      const appDir = (io.env ?? process.env).KARMA_APP_DIR;
      const distDir = appDir ? resolve(io.cwd, appDir) : options.distDir;
      if (!(await isFile(resolve(distDir, "index.html")))) {
        throw new CliError(
          `no built app at ${distDir} (no index.html): in a checkout, run \`npm run build\` first, or set KARMA_APP_DIR to a build`,
          1,
        );
      }

      // the HTTP server loads only here, so other commands start faster
      const { startServer } = await import("../serve/start-server.ts");
      const server = await startServer({ root, others, port, distDir }).catch((error) => {
        const what =
          (error as NodeJS.ErrnoException).code === "EADDRINUSE"
            ? "is in use"
            : describeFsError(error);
        throw new CliError(`cannot listen on 127.0.0.1:${port}: ${what}`, 1);
      });
      const also = others.map(
        ({ dir, name }) => `and ${dir} (its files as ${repositoryPrefix(name)})\n`,
      );
      io.stdout.write(
        `Serving ${root}\n${also.join("")}\n  ${server.url}\n\nOpen that address in your browser; edits are saved to the repository's files.\nPress Ctrl+C to stop.\n`,
      );
      await (options.stopSignal ?? untilInterrupted)();
      await server.close();
      io.stdout.write("Stopped.\n");
      return 0;
    },
  };
}

function untilInterrupted(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
