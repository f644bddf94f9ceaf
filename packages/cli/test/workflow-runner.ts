import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";

// Runs the shell steps of one GitHub Actions job on this machine, the way a runner would: bash
// with `-eo pipefail`, the step's env, GITHUB_STEP_SUMMARY. `uses:` steps (checkout, setup-node)
// are the caller's own set-up. Expressions are the few Karma's workflow uses; any other one
// throws, so a changed workflow cannot pass untested.

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}

interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
}

export interface JobContext {
  cwd: string;
  /** `github.event_name`. */
  event: string;
  /** Other `github.*` values (`base_ref`). */
  github: Record<string, string>;
  /** Replace the workflow's values (the registry package by a packed tarball). */
  env: Record<string, string>;
}

export interface JobRun {
  /** The names of the shell steps that ran, in order. */
  ran: string[];
  /** The step that failed the job, if one did. */
  failed?: { step: string; code: number };
  /** What the steps appended to the job summary. */
  summary: string;
  /** Every step's stdout and stderr. */
  output: string;
}

export async function runWorkflowJob(file: string, job: string, context: JobContext) {
  const workflow = parse(await readFile(file, "utf8")) as Workflow;
  const steps = workflow.jobs[job]?.steps;
  if (!steps) throw new Error(`${file}: no job "${job}"`);
  const scratch = await mkdtemp(join(tmpdir(), "karma-workflow-"));
  const summaryFile = join(scratch, "summary.md");
  await writeFile(summaryFile, "");
  const result: JobRun = { ran: [], summary: "", output: "" };
  try {
    for (const [index, step] of steps.entries()) {
      if (step.run === undefined) continue;
      if (step.if !== undefined && !condition(step.if, context)) continue;
      const name = step.name ?? step.run;
      result.ran.push(name);
      const script = join(scratch, `step-${index}.sh`);
      await writeFile(script, step.run);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        CI: "true",
        GITHUB_ACTIONS: "true",
        GITHUB_EVENT_NAME: context.event,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...expand(workflow.env, context),
        ...expand(workflow.jobs[job]?.env, context),
        ...expand(step.env, context),
      };
      for (const key of Object.keys(context.env)) {
        if (key in env) env[key] = context.env[key];
      }
      const { code, output } = await bash(script, context.cwd, env);
      result.output += output;
      if (code !== 0) {
        result.failed = { step: name, code };
        break;
      }
    }
    result.summary = await readFile(summaryFile, "utf8");
    return result;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; output: string }>((done) => {
    execFile(
      "bash",
      ["--noprofile", "--norc", "-eo", "pipefail", script],
      { cwd, env, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, output: stdout + stderr });
      },
    );
  });
}

function expand(env: Record<string, string> | undefined, context: JobContext) {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env ?? {})) {
    out[key] = String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) =>
      lookup(expression, context),
    );
  }
  return out;
}

function lookup(expression: string, context: JobContext): string {
  if (expression === "github.event_name") return context.event;
  const match = /^github\.(\w+)$/.exec(expression);
  if (match && Object.hasOwn(context.github, match[1]!)) return context.github[match[1]!]!;
  throw new Error(`unsupported workflow expression: ${expression}`);
}

function condition(expression: string, context: JobContext): boolean {
  const match = /^(\S+)\s*(==|!=)\s*'([^']*)'$/.exec(expression.trim());
  if (!match) throw new Error(`unsupported workflow condition: ${expression}`);
  const equal = lookup(match[1]!, context) === match[3];
  return match[2] === "==" ? equal : !equal;
}
