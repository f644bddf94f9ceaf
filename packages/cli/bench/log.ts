/**
 * `npm run bench` (log part): `karma log` on git repositories of 1,000 commits, built in a temp
 * folder with `git fast-import` from `generateRepository`: the components arrive over the first
 * commits, then each commit edits one (now and then renaming or deleting one instead). Times the
 * CLI bundled as it is installed, as a whole process: the whole log of one environment and one
 * component's log, with the CPU time of the karma process (git's own excluded) and a bare
 * `node -e 0` beside them, so a busy machine shows as such. `--check` makes a missed budget
 * exit 1.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type FileMap, generateRepository } from "@karma/core";
import { build } from "esbuild";

const commitCount = 1_000;
const sizes = [100, 300, 1_000] as const;
/** The budget holds for repositories up to this many components. */
const budgetSize = 300;
const budgetMs = 2_000;
const runs = 5;

const root = fileURLToPath(new URL("../../../", import.meta.url));
const work = await mkdtemp(join(tmpdir(), "karma-log-bench-"));
try {
  const karma = await bundleCli(join(work, "cli"));
  const cpuReport = join(work, "cpu-report.mjs");
  // the karma process reports its own CPU time as it exits
  await writeFile(
    cpuReport,
    'process.on("exit", () => { const { user, system } = process.cpuUsage(); process.stderr.write("\\ncpu " + (user + system) / 1000 + "\\n"); });\n',
  );
  // every repository first, then interleaved rounds, so a busy moment hits every command alike
  const commands: Record<string, string[]> = { "node -e 0": [process.execPath, "-e", "0"] };
  for (const size of sizes) {
    const repository = join(work, `repository-${size}`);
    const component = await buildRepository(repository, size);
    const karmaLog = (args: string[]) => [
      process.execPath,
      "--import",
      cpuReport,
      karma,
      "log",
      repository,
      ...args,
      "--json",
    ];
    commands[`graph ${size}`] = karmaLog(["--env", "dev"]);
    commands[`component ${size}`] = karmaLog([component, "--env", "dev"]);
  }
  const timings = measure(commands);
  const node = timings["node -e 0"]!;
  const rows = sizes.map((size) => ({
    size,
    graph: timings[`graph ${size}`]!,
    component: timings[`component ${size}`]!,
  }));

  console.log(
    `karma log, whole process (bundled CLI), median of ${runs} runs after a warm-up, Node ${process.version};`,
  );
  console.log(
    `node -e 0 takes ${node.wall.toFixed(0)} ms here now. CPU: of the karma process, git's excluded.\n`,
  );
  console.log(
    "| components | commits | `karma log --env dev` | CPU | `karma log <component> --env dev` | CPU |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|");
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  for (const { size, graph, component } of rows) {
    const cells = [ms(graph.wall), ms(graph.cpu), ms(component.wall), ms(component.cpu)];
    console.log(
      `| ${size.toLocaleString("en")} | ${commitCount.toLocaleString("en")} | ${cells.join(" | ")} |`,
    );
  }
  console.log("");
  const checked = rows.filter((row) => row.size <= budgetSize);
  const pass = checked.every((row) => Math.max(row.graph.wall, row.component.wall) < budgetMs);
  console.log(
    `${pass ? "PASS" : "FAIL"}  karma log on ${commitCount.toLocaleString("en")} commits (up to ${budgetSize} components) under ${budgetMs} ms`,
  );
  if (process.argv.includes("--check") && !pass) process.exitCode = 1;
} finally {
  await rm(work, { recursive: true, force: true });
}

/** The CLI bundled as `npm run package` bundles it, without the app; returns its entry. */
async function bundleCli(out: string): Promise<string> {
  await build({
    entryPoints: { karma: join(root, "packages/cli/src/packaged-bin.ts") },
    outdir: join(out, "lib"),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20.19",
    mainFields: ["module", "main"],
    minify: true,
    logLevel: "warning",
  });
  await writeFile(join(out, "package.json"), '{"version": "0.0.0-bench", "type": "module"}\n');
  return join(out, "lib/karma.js");
}

interface Timing {
  wall: number;
  /** CPU time the process reported, 0 when it reports none. */
  cpu: number;
}

/** Medians of each command's wall time and reported CPU time, in rounds after a warm-up one. */
function measure(commands: Record<string, string[]>): Record<string, Timing> {
  const walls = new Map<string, number[]>();
  const cpus = new Map<string, number[]>();
  for (let round = 0; round <= runs; round++) {
    for (const [name, [file, ...args]] of Object.entries(commands)) {
      const start = performance.now();
      const result = spawnSync(file!, args, {
        stdio: ["ignore", "ignore", "pipe"],
        encoding: "utf8",
      });
      const elapsed = performance.now() - start;
      if (result.status !== 0) throw new Error(`${name} exited ${result.status}`);
      if (round === 0) continue;
      walls.set(name, [...(walls.get(name) ?? []), elapsed]);
      cpus.set(name, [
        ...(cpus.get(name) ?? []),
        Number(/\ncpu ([\d.]+)\n/.exec(result.stderr)?.[1] ?? 0),
      ]);
    }
  }
  return Object.fromEntries(
    Object.keys(commands).map((name) => [
      name,
      { wall: median(walls.get(name)!), cpu: median(cpus.get(name)!) },
    ]),
  );
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

/**
 * A git repository of `commitCount` commits whose last state holds about `size` components in
 * dev and prod; returns the id of a dev component with a long history.
 */
async function buildRepository(dir: string, size: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const git = (args: string[], input?: string) =>
    execFileSync("git", ["-c", "init.defaultBranch=main", ...args], { cwd: dir, input });
  git(["init", "-q"]);
  const files = generateRepository({ components: size, environments: ["dev", "prod"], seed: 7 });
  const components = Object.keys(files).filter((path) => path.startsWith("iac/"));
  const random = lcg(size);
  const state: FileMap = {};
  const stream: string[] = [];
  const arrivals = 20;
  let nextNew = 0;
  for (let index = 0; index < commitCount; index++) {
    const changes: [path: string, text: string | null][] = [];
    let subject: string;
    if (index < arrivals) {
      // the components arrive in batches; account environments first
      const from = Math.floor((components.length * index) / arrivals);
      const to = Math.floor((components.length * (index + 1)) / arrivals);
      const paths = [
        ...(index === 0 ? Object.keys(files).filter((path) => !path.startsWith("iac/")) : []),
        ...components.slice(from, to),
      ];
      for (const path of paths) changes.push([path, files[path]!]);
      subject = `Add ${paths.length} components`;
    } else {
      const present = Object.keys(state).filter((path) => path.startsWith("iac/"));
      const path = present[Math.floor(random() * present.length)]!;
      const roll = random();
      if (roll < 0.03) {
        const moved = path.replace(/\/([^/]+)\/config\.json$/, `/$1-v${nextNew++}/config.json`);
        changes.push([path, null], [moved, state[path]!]);
        subject = `Rename ${path}`;
      } else if (roll < 0.05) {
        changes.push([path, null]);
        subject = `Delete ${path}`;
      } else {
        const config = JSON.parse(state[path]!) as Record<string, unknown>;
        config.revision = index;
        changes.push([path, `${JSON.stringify(config, null, 2)}\n`]);
        subject = `Edit ${path}`;
      }
    }
    for (const [path, text] of changes) {
      if (text === null) delete state[path];
      else state[path] = text;
    }
    stream.push(fastImportCommit(index, subject, changes));
  }
  git(["fast-import", "--quiet"], stream.join(""));
  git(["symbolic-ref", "HEAD", "refs/heads/main"]);
  // a dev component that was there from the first commit on and is still there
  const survivor = components.find((path) => path.startsWith("iac/dev/") && path in state)!;
  return survivor.split("/").slice(2, 4).join("/");
}

function fastImportCommit(
  index: number,
  subject: string,
  changes: readonly [path: string, text: string | null][],
): string {
  const when = 1_767_225_600 + index * 3_600;
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  return [
    "commit refs/heads/main\n",
    `author Dana Dev <dana@example.com> ${when} +0000\n`,
    `committer Dana Dev <dana@example.com> ${when} +0000\n`,
    data(subject),
    ...changes.map(([path, text]) =>
      text === null ? `D ${path}\n` : `M 100644 inline ${path}\n${data(text)}`,
    ),
    "\n",
  ].join("");
}

/** A small seeded generator, so every run builds the same repositories. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}
