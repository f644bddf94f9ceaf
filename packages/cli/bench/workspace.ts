/**
 * `npm run bench` (workspace part): `karma validate` on a workspace of 50 repositories of 200
 * components each, as a whole process. The repositories are one synthetic repository of 10,000
 * components dealt out in turn, so most references point into another repository. The CLI is
 * bundled as the installed package bundles it (no app: validate does not serve one). `--check`
 * makes a missed budget exit 1.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dealRepository, generateRepository, syntheticRepositoryName } from "@karma/core";
import { build } from "esbuild";

const repositoryCount = 50;
const componentsEach = 200;
const runs = 5;
const warmupRuns = 1;
const budgetMs = 3_000;

const root = fileURLToPath(new URL("../../../", import.meta.url));
const work = await mkdtemp(join(tmpdir(), "karma-workspace-bench-"));
try {
  const names = Array.from({ length: repositoryCount }, (_, i) => syntheticRepositoryName(i));
  const repositories = dealRepository(
    generateRepository({ components: repositoryCount * componentsEach, seed: 7 }),
    names.length,
  );
  for (const [index, files] of repositories.entries()) {
    for (const [path, text] of Object.entries(files)) {
      const file = join(work, names[index]!, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  }

  // the installed package's bundle: lib/karma.js reads the version from ../package.json
  const installed = join(work, "karma");
  await build({
    entryPoints: { karma: join(root, "packages/cli/src/packaged-bin.ts") },
    outdir: join(installed, "lib"),
    chunkNames: "[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20.19",
    mainFields: ["module", "main"],
    minify: true,
    logLevel: "warning",
  });
  await writeFile(
    join(installed, "package.json"),
    '{ "version": "0.0.0-bench", "type": "module" }\n',
  );
  const karma = join(installed, "lib/karma.js");
  const others = names.slice(1).flatMap((name) => ["--with", join(work, name)]);

  const commands = {
    "node -e 0": [process.execPath, "-e", "0"],
    [`karma validate (1 repository, ${componentsEach} components)`]: [
      process.execPath,
      karma,
      "validate",
      join(work, names[0]!),
    ],
    [`karma validate (${repositoryCount} repositories, ${repositoryCount * componentsEach} components)`]:
      [process.execPath, karma, "validate", join(work, names[0]!), ...others],
  } satisfies Record<string, string[]>;
  const workspaceCommand = Object.keys(commands)[2]!;

  const samples = new Map(Object.keys(commands).map((name) => [name, [] as number[]]));
  for (let round = 0; round < warmupRuns + runs; round++) {
    for (const [name, [file, ...args]] of Object.entries(commands)) {
      const start = performance.now();
      const result = spawnSync(file!, args, { stdio: ["ignore", "ignore", "pipe"] });
      const elapsed = performance.now() - start;
      // warnings are fine (some references name components no repository has), errors are not
      if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
      if (round >= warmupRuns) samples.get(name)!.push(elapsed);
    }
  }

  const median = (name: string) => {
    const sorted = [...samples.get(name)!].sort((a, b) => a - b);
    return sorted[sorted.length >> 1]!;
  };
  console.log(
    `Whole process, median of ${runs} runs after ${warmupRuns} warm-up run, Node ${process.version}\n`,
  );
  console.log("| command | median |");
  console.log("|---|---:|");
  for (const name of Object.keys(commands))
    console.log(`| ${name} | ${median(name).toFixed(0)} ms |`);
  console.log("");

  const pass = median(workspaceCommand) < budgetMs;
  console.log(`${pass ? "PASS" : "FAIL"}  ${workspaceCommand} under ${budgetMs} ms`);
  if (process.argv.includes("--check") && !pass) process.exitCode = 1;
} finally {
  await rm(work, { recursive: true, force: true });
}
