/**
 * `npm run bench`: times the core pipeline on synthetic repositories of 1,000 and 10,000
 * components and checks the budgets. `--check` makes a missed budget exit 1 (for CI).
 */
import { buildGraph } from "../src/graph/build-graph.ts";
import { topologicalWaves } from "../src/graph/topological-waves.ts";
import type { FileMap } from "../src/json.ts";
import { computePlan } from "../src/plan/compute-plan.ts";
import { loadWorkspace } from "../src/repo/load-workspace.ts";
import type { Workspace } from "../src/repo/workspace.ts";
import { generateRepository } from "../src/synthetic/generate-repository.ts";
import { validateWorkspace } from "../src/validate/validate-workspace.ts";

const sizes = [1_000, 10_000] as const;
const runs = 9;
const warmupRuns = 3;
const totalBudgetMs = 1_000;
const ratioBudget = 12;

interface Timing {
  parse: number;
  validate: number;
  graph: number;
  total: number;
  /** buildGraph + waves on a fresh workspace, before validation has resolved references. */
  graphAlone: number;
}

/** What `karma validate` and the editor do on open: parse, validate, graph and deploy order. */
function timePipeline(files: FileMap): Omit<Timing, "graphAlone"> {
  const start = performance.now();
  const workspace = loadWorkspace(files);
  const parsed = performance.now();
  validateWorkspace(workspace);
  const validated = performance.now();
  graphEveryEnvironment(workspace);
  const graphed = performance.now();
  return {
    parse: parsed - start,
    validate: validated - parsed,
    graph: graphed - validated,
    total: graphed - start,
  };
}

function timeGraphAlone(files: FileMap): number {
  const workspace = loadWorkspace(files);
  const start = performance.now();
  graphEveryEnvironment(workspace);
  return performance.now() - start;
}

function graphEveryEnvironment(workspace: Workspace): void {
  for (const env of workspace.environments) topologicalWaves(buildGraph(workspace, env));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function medianTiming(files: FileMap): Timing {
  const samples = Array.from({ length: runs }, () => timePipeline(files));
  const of = (key: keyof (typeof samples)[number]) => median(samples.map((sample) => sample[key]));
  return {
    parse: of("parse"),
    validate: of("validate"),
    graph: of("graph"),
    total: of("total"),
    graphAlone: median(Array.from({ length: runs }, () => timeGraphAlone(files))),
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

const repositories = sizes.map((size) => ({
  size,
  files: generateRepository({ components: size }),
}));
for (let i = 0; i < warmupRuns; i++) timePipeline(repositories[0]!.files);
const results = repositories.map(({ size, files }) => ({ size, timing: medianTiming(files) }));

console.log(`Median of ${runs} runs after ${warmupRuns} warm-up runs, Node ${process.version}\n`);
console.log("| components | parse | validate | graph + waves | total | graph alone |");
console.log("|---:|---:|---:|---:|---:|---:|");
for (const { size, timing } of results) {
  const cells = [timing.parse, timing.validate, timing.graph, timing.total, timing.graphAlone];
  console.log(`| ${size.toLocaleString("en-US")} | ${cells.map(ms).join(" | ")} |`);
}
const [small, large] = results.map((result) => result.timing);
const ratio = large!.total / small!.total;
console.log(`| 10k / 1k | | | | ${ratio.toFixed(2)}x | |`);
console.log(
  "\ngraph + waves runs after validate, which already resolved the references;" +
    " graph alone is the same step on a fresh workspace.\n",
);

/**
 * The desired side of a pull request on `files`: about 2% of the configs edited, 0.5% deleted
 * and 0.5% added (new buckets), picked by position so every run plans the same change.
 */
function changedCopy(files: FileMap): FileMap {
  const copy: FileMap = {};
  const components = Object.keys(files).filter((path) => path.startsWith("iac/"));
  components.forEach((path, index) => {
    if (index % 200 === 7) return;
    if (index % 50 === 3) {
      copy[path] = JSON.stringify({ ...JSON.parse(files[path]!), project: "bench" }, null, 2);
    } else copy[path] = files[path]!;
  });
  for (const path of Object.keys(files)) if (!path.startsWith("iac/")) copy[path] = files[path]!;
  const added = Math.round(components.length / 200);
  for (let i = 0; i < added; i++) {
    const env = i % 2 === 0 ? "dev" : "prod";
    copy[`iac/${env}/s3-bucket/bench-new-${i}/config.json`] =
      `{ "bucket_name": "bench-new-${i}" }\n`;
  }
  return copy;
}

/** `karma plan` on fresh file maps: loading both sides is part of the cost (plans cache them). */
function timePlan(baseline: FileMap, desired: FileMap): number {
  const before = { ...baseline };
  const after = { ...desired };
  const start = performance.now();
  computePlan(before, after);
  return performance.now() - start;
}

const planBaseline = repositories[1]!.files;
const planDesired = changedCopy(planBaseline);
const planSummary = computePlan(planBaseline, planDesired).summary;
const planMs = median(Array.from({ length: runs }, () => timePlan(planBaseline, planDesired)));
console.log(
  `Plan of 10,000 components against a copy with ${planSummary.update} updated, ` +
    `${planSummary.delete} deleted and ${planSummary.create} created ` +
    `(${planSummary.consequences} consequences): ${ms(planMs)}\n`,
);

const budgets = [
  { name: `10,000 components in under ${totalBudgetMs} ms`, pass: large!.total < totalBudgetMs },
  { name: `10k/1k ratio under ${ratioBudget}`, pass: ratio < ratioBudget },
  { name: `plan of 10,000 components in under ${totalBudgetMs} ms`, pass: planMs < totalBudgetMs },
];
for (const budget of budgets) console.log(`${budget.pass ? "PASS" : "FAIL"}  ${budget.name}`);
if (process.argv.includes("--check") && budgets.some((budget) => !budget.pass))
  process.exitCode = 1;
