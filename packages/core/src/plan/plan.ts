import type { Issue } from "../issues/issue.ts";
import type { FieldChange } from "./diff-config.ts";

/** `unknown`: a side could not be read or parsed, so the plan cannot say; nothing deploys it. */
export type PlanActionKind = "create" | "update" | "delete" | "no-op" | "unknown";

export interface PlanAction {
  /** `<type>/<nickname>` */
  component: string;
  env: string;
  type: string;
  nickname: string;
  file: string;
  action: PlanActionKind;
  /** Field changes of an update (also the whole config of a create or delete). */
  changes: FieldChange[];
  /** Why an `unknown` action could not be planned. */
  reason?: string;
}

/** One step of the deploy order: components that can deploy together. */
export interface PlanWave {
  env: string;
  /** 1-based order within the plan: destroys come first, then applies. */
  index: number;
  /** `destroy` waves run dependents first; `apply` waves run dependencies first. */
  phase: "destroy" | "apply";
  components: string[];
  /** True when the wave holds a dependency cycle and cannot be ordered further. */
  cycle: boolean;
}

/** A component that does not change itself but reads the runtime of one that does. */
export interface PlanConsequence {
  component: string;
  env: string;
  /** The changed component it depends on. */
  cause: string;
  /** Ids from the consequence to the cause, following dependencies. */
  path: string[];
  /** Set when the consequence is in another repository of the workspace than the planned one. */
  repo?: string;
}

export interface Plan {
  /** Every component of baseline and desired, by env then id. */
  actions: PlanAction[];
  waves: PlanWave[];
  consequences: PlanConsequence[];
  /** Plan errors (a deleted component others still reference, a component not planned) and cycle warnings. */
  issues: Issue[];
  summary: {
    create: number;
    update: number;
    delete: number;
    noOp: number;
    unknown: number;
    consequences: number;
  };
}
