/**
 * `npm run bench` (CLI part): how long the installed `karma` takes as a whole process, against a
 * bare `node -e 0` on the same machine. Packs the tarball, installs it into an empty folder and
 * times each command, interleaved so a busy moment hits all of them alike. `--check` makes a
 * missed budget exit 1.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const runs = 21;
const warmupRuns = 3;
const validateBudgetMs = 250;
const versionBudgetRatio = 5;

const root = fileURLToPath(new URL("../../../", import.meta.url));
const work = await mkdtemp(join(tmpdir(), "karma-startup-"));
try {
  const packed = execFileSync(
    "npm",
    ["run", "--silent", "package", "--", "--out", join(work, "out")],
    {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const tarball = resolve(root, packed.trimEnd().split("\n").at(-1)!);
  const installed = join(work, "installed");
  await mkdir(installed);
  execFileSync("npm", ["install", "--no-audit", "--no-fund", tarball], {
    cwd: installed,
    stdio: "ignore",
  });
  const repository = join(work, "sample");
  await cp(join(root, "public/sample"), repository, { recursive: true });
  const karma = join(installed, "node_modules/.bin/karma");

  const commands = {
    "node -e 0": [process.execPath, "-e", "0"],
    "karma --version": [karma, "--version"],
    "karma validate (sample, 14 components)": [karma, "validate", repository],
    "checkout: karma validate through tsx": [
      process.execPath,
      join(root, "packages/cli/bin/karma.js"),
      "validate",
      repository,
    ],
  } satisfies Record<string, string[]>;
  type Name = keyof typeof commands;

  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, [] as number[]]));
  for (let round = 0; round < warmupRuns + runs; round++) {
    for (const [name, [file, ...args]] of Object.entries(commands)) {
      const start = performance.now();
      const result = spawnSync(file!, args, { stdio: "ignore" });
      const elapsed = performance.now() - start;
      if (result.status !== 0) throw new Error(`${name} exited ${result.status}`);
      if (round >= warmupRuns) samples[name]!.push(elapsed);
    }
  }

  const median = (name: Name) => {
    const sorted = [...samples[name]!].sort((a, b) => a - b);
    return sorted[sorted.length >> 1]!;
  };
  const node = median("node -e 0");
  console.log(
    `Whole process, median of ${runs} runs after ${warmupRuns} warm-up runs, Node ${process.version}\n`,
  );
  console.log("| command | median | × node -e 0 |");
  console.log("|---|---:|---:|");
  for (const name of Object.keys(commands) as Name[]) {
    console.log(
      `| ${name} | ${median(name).toFixed(0)} ms | ${(median(name) / node).toFixed(2)}x |`,
    );
  }
  console.log("");

  const version = median("karma --version");
  const validate = median("karma validate (sample, 14 components)");
  const budgets = [
    {
      name: `karma validate on the sample under ${validateBudgetMs} ms`,
      pass: validate < validateBudgetMs,
    },
    {
      name: `karma --version under ${versionBudgetRatio}x node -e 0 (${(versionBudgetRatio * node).toFixed(0)} ms)`,
      pass: version < versionBudgetRatio * node,
    },
  ];
  for (const budget of budgets) console.log(`${budget.pass ? "PASS" : "FAIL"}  ${budget.name}`);
  if (process.argv.includes("--check") && budgets.some((budget) => !budget.pass))
    process.exitCode = 1;
} finally {
  await rm(work, { recursive: true, force: true });
}
