import {
  actionKey,
  errorCount,
  type FieldChange,
  type Issue,
  type PlanActionKind,
  type PlanConsequence,
  type PlanReport,
  type PlanWave,
} from "@karma/core";

/** `karma plan --format json`, version 1; documented in packages/cli/PLAN-JSON.md. */
export interface PlanJson {
  version: 1;
  base: string;
  baseCommit: string | null;
  env: string | null;
  summary: {
    create: number;
    update: number;
    delete: number;
    noOp: number;
    unknown: number;
    consequences: number;
    errors: number;
  };
  actions: {
    component: string;
    env: string;
    type: string;
    nickname: string;
    file: string;
    action: Exclude<PlanActionKind, "no-op">;
    /** null for an `unknown` action, which no wave deploys. */
    wave: number | null;
    changes: FieldChange[];
    /** Why an `unknown` action could not be planned. */
    reason?: string;
  }[];
  waves: PlanWave[];
  consequences: PlanConsequence[];
  issues: Issue[];
}

export function planToJson(report: PlanReport): PlanJson {
  const { plan } = report;
  const waves = new Map<string, number>();
  for (const wave of plan.waves) {
    for (const component of wave.components) waves.set(actionKey(wave.env, component), wave.index);
  }
  const actions: PlanJson["actions"] = [];
  for (const action of plan.actions) {
    if (action.action === "no-op") continue;
    const { component, env, type, nickname, file } = action;
    actions.push({
      component,
      env,
      type,
      nickname,
      file,
      action: action.action,
      wave: waves.get(actionKey(env, component)) ?? null,
      changes: action.changes,
      ...(action.reason === undefined ? {} : { reason: action.reason }),
    });
  }
  return {
    version: 1,
    base: report.base,
    baseCommit: report.baseCommit,
    env: report.env,
    summary: { ...plan.summary, errors: errorCount(report) },
    actions,
    waves: plan.waves,
    consequences: plan.consequences,
    issues: report.issues,
  };
}
