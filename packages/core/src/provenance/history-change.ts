import type { FieldChange } from "../plan/diff-config.ts";
import type { CommitInfo } from "./commit-delta.ts";

/**
 * What a commit did to a component: a plan from its parent, plus `rename` for a config file moved
 * with its text unchanged. `unknown`: a side could not be read or parsed, so nothing is claimed.
 */
export type ComponentChangeKind = "create" | "update" | "delete" | "rename" | "unknown";

export interface ComponentChange {
  /** `<type>/<nickname>` after the commit (the new id of a rename). */
  id: string;
  change: ComponentChangeKind;
  /** The field diff: every key of a create or delete, none for a rename or `unknown`. */
  fields: FieldChange[];
  /** The id before a rename. */
  from?: string;
  /** Why an `unknown` change could not be told. */
  reason?: string;
}

/** A dependency edge that a commit added or removed. */
export interface EdgeChange {
  dependent: string;
  dependency: string;
  /** The config key holding the reference. */
  key: string;
  change: "add" | "remove";
}

/** What one commit changed in one environment's graph. */
export interface CommitGraphChange extends CommitInfo {
  /** By id. */
  components: ComponentChange[];
  /** By dependent, dependency, key. */
  edges: EdgeChange[];
}

/** The commits that changed one environment's graph, newest first. */
export interface EnvironmentLog {
  env: string;
  commits: CommitGraphChange[];
}

/** One commit of one component's history. */
export interface ComponentCommit extends CommitInfo {
  change: ComponentChangeKind;
  fields: FieldChange[];
  /** For a rename: the ids before and after. */
  from?: string;
  to?: string;
  reason?: string;
}
