import type { GraphEdge } from "../graph/graph.ts";
import type { Issue } from "../issues/issue.ts";
import type { FieldChange } from "../plan/diff-config.ts";

/**
 * - `in-sync`: the deployed config equals the repository's.
 * - `drifted`: they differ (see `changes`).
 * - `not-deployed`: the snapshot has no config parameter for the component.
 * - `unknown`: one side cannot be read (invalid JSON), so they cannot be compared.
 * - `unmanaged`: deployed, but no component of the environment has that id.
 * - `external`: deployed and not in the repository, but the repository reads it (an external
 *   node of the graph, such as an openapi definition published by a script).
 */
export type DriftStatus =
  | "in-sync"
  | "drifted"
  | "not-deployed"
  | "unknown"
  | "unmanaged"
  | "external";

export interface ComponentDrift {
  /** `<type>/<nickname>` */
  id: string;
  type: string;
  nickname: string;
  status: DriftStatus;
  /** The repository's config file, or null for a component only the snapshot has. */
  file: string | null;
  /** Where the deployed config is (or would be) published; null when the snapshot has no prefix. */
  parameter: string | null;
  /** Key-level differences from the deployed config (`before`) to the repository's (`after`). */
  changes: FieldChange[];
  /** True when the snapshot holds a runtime for it (whole, per key or per function). */
  hasRuntime: boolean;
  /** Repository components that reference it (external components only; else empty). */
  referencedBy: string[];
  /** Why the status is `unknown`. */
  reason?: string;
}

/** A reference whose dependent reads runtime outputs the deployed dependency does not publish. */
export interface MissingRuntimeOutputs {
  dependent: string;
  dependency: string;
  /** The config key holding the reference. */
  key: string;
  kind: GraphEdge["kind"];
  /** Outputs the reference reads (catalog `uses`) that the deployed runtime lacks. */
  missing: string[];
  /** `absent`: no runtime parameter; `not-an-object`: a plain value; `incomplete`: keys missing. */
  runtime: "absent" | "not-an-object" | "incomplete";
  /** The dependent's config file and the position of the reference key in it. */
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface DriftSummary {
  components: number;
  inSync: number;
  drifted: number;
  notDeployed: number;
  unknown: number;
  unmanaged: number;
  external: number;
  missingOutputs: number;
}

/** The repository's environment compared with a parameter-store snapshot. Plain JSON. */
export interface DriftReport {
  env: string;
  snapshot: { file: string; prefix: string | null; parameterCount: number };
  /** Every repository component of the environment and every deployed one it lacks, by id. */
  components: ComponentDrift[];
  missingOutputs: MissingRuntimeOutputs[];
  /** The snapshot's own problems (unreadable pages or values). */
  issues: Issue[];
  summary: DriftSummary;
}
