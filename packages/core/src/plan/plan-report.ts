import type { Issue } from "../issues/issue.ts";
import type { Workspace } from "../repo/workspace.ts";
import { planRepositories } from "../repositories/plan-repositories.ts";
import type { Repository } from "../repositories/repository.ts";
import { repositoryIssues } from "../repositories/validate-repositories.ts";
import type { Plan, PlanAction, PlanActionKind, PlanWave } from "./plan.ts";

/** A computed plan with what the formats print around it. */
export interface PlanReport {
  /** The `--base` argument as given: a git ref or a folder. */
  base: string;
  /** The commit a git ref resolved to; null when the base is a folder. */
  baseCommit: string | null;
  /** The environment chosen with `--env`; null for every environment. */
  env: string | null;
  plan: Plan;
  /** The plan's own issues and the errors of the desired repository. */
  issues: Issue[];
  baseline: Workspace;
  desired: Workspace;
  /**
   * The workspace `desired` is planned in when it has other repositories: `desired` first, then
   * the others, which the plan sees but does not plan. Absent for a repository alone.
   */
  repositories?: readonly Repository[] | undefined;
}

/**
 * Plans `desired` over `baseline`; the issues are the plan's and the errors of `desired` (in its
 * workspace, when it has one).
 */
export function planReport(
  options: Pick<
    PlanReport,
    "base" | "baseCommit" | "env" | "baseline" | "desired" | "repositories"
  >,
): PlanReport {
  const { baseline, desired } = options;
  const env = options.env ?? undefined;
  const repositories = options.repositories ?? [{ name: "", workspace: desired }];
  const plan = planRepositories(baseline, repositories, { env });
  const errors = repositoryIssues(repositories, 0, { env }).filter(
    (issue) => issue.severity === "error",
  );
  // a file the repository already reports as broken is not counted again as not planned
  const broken = new Set(errors.map((issue) => issue.file));
  const planIssues = plan.issues.filter(
    (issue) => issue.code !== "not-planned" || !broken.has(issue.file),
  );
  return { ...options, plan, issues: [...planIssues, ...errors] };
}

export function hasChanges(plan: Plan): boolean {
  return plan.summary.create + plan.summary.update + plan.summary.delete > 0;
}

export function errorCount(report: PlanReport): number {
  return report.issues.filter((issue) => issue.severity === "error").length;
}

/** The closing line of a plan: its counts, or why there is nothing to deploy. */
export function planOutcome(plan: Plan): string {
  if (hasChanges(plan)) return `Plan: ${planCounts(plan)}.`;
  const { unknown } = plan.summary;
  if (unknown > 0) {
    return `Nothing to deploy that Karma could read: ${unknown === 1 ? "1 component" : `${unknown} components`} not planned (see the issues).`;
  }
  return "No changes. The repository matches the base.";
}

/** `origin/main (1a2b3c4)` for a git ref, the folder as given otherwise. */
export function baseLabel(report: PlanReport): string {
  return report.baseCommit ? `${report.base} (${report.baseCommit.slice(0, 7)})` : report.base;
}

/** `1 to create, 2 to update, 1 to delete; 4 downstream may change` */
export function planCounts(plan: Plan): string {
  const { create, update, delete: deleted, unknown, consequences } = plan.summary;
  const counts = [`${create} to create, ${update} to update, ${deleted} to delete`];
  if (unknown > 0) counts.push(`${unknown} not planned`);
  if (consequences > 0) counts.push(`${consequences} downstream may change`);
  return counts.join("; ");
}

/** Actions by environment and component id. */
export type ActionIndex = ReadonlyMap<string, PlanAction>;

export function indexActions(plan: Plan): ActionIndex {
  return new Map(plan.actions.map((action) => [actionKey(action.env, action.component), action]));
}

export function actionKey(env: string, component: string): string {
  return `${env}\u0000${component}`;
}

export interface WaveStep {
  wave: PlanWave;
  actions: PlanAction[];
}

/** The changed components wave by wave, in deploy order. */
export function waveSteps(plan: Plan, actions: ActionIndex): WaveStep[] {
  return plan.waves.map((wave) => ({
    wave,
    actions: wave.components.map((component) => actions.get(actionKey(wave.env, component))!),
  }));
}

/** What a change did to a component, in words. */
export const pastTense: Readonly<Record<PlanActionKind, string>> = {
  create: "created",
  update: "updated",
  delete: "deleted",
  "no-op": "unchanged",
  unknown: "not planned",
};
