import type { Issue } from "../issues/issue.ts";
import type { JsonObject, JsonValue } from "../json.ts";

/** Where one parameter came from: its name, version and place in the snapshot text. */
export interface SnapshotParameter {
  name: string;
  /** `String`, `StringList` or `SecureString`. */
  type: string;
  version: number | null;
  /** ISO 8601, as AWS printed it (epoch seconds are converted). */
  lastModified: string | null;
  /** 1-based position of the parameter object in the snapshot text. */
  line: number;
  column: number;
}

/** What the parameter store holds for one `<type>/<nickname>`. */
export interface DeployedComponent {
  /** `<type>/<nickname>` */
  id: string;
  type: string;
  nickname: string;
  /** The deployed config, when the config parameter holds a JSON object. */
  config?: JsonObject;
  /** The config parameter's value verbatim (also when it is not valid JSON). */
  configText?: string;
  /** The runtime parameter: parsed JSON, or the value itself when it is a plain string. */
  runtime?: JsonValue;
  /** Per-key runtime parameters (`.../runtime/<key>`), values verbatim. */
  runtimeKeys?: Record<string, string>;
  /** Per-function runtimes of a lambda component, by function key (`<prefix>/lambda/<key>/runtime`). */
  functions?: Record<string, JsonValue>;
  /** Every parameter of the component, sorted by name. */
  parameters: SnapshotParameter[];
}

/** A per-function runtime that no deployed lambda config lists. */
export interface OrphanFunctionRuntime {
  functionKey: string;
  runtime: JsonValue;
  parameter: SnapshotParameter;
}

/**
 * A parameter-store snapshot (the JSON printed by `aws ssm get-parameters-by-path --recursive`).
 * A snapshot has no environment: the caller says which one it belongs to.
 */
export interface RuntimeSnapshot {
  /** The file name the snapshot was read from; issues point into it. */
  file: string;
  /** The common prefix of the component parameters (`/iac`), or null when there are none. */
  prefix: string | null;
  /** Number of parameters read, duplicates counted once. */
  parameterCount: number;
  /** By id, sorted. */
  components: Record<string, DeployedComponent>;
  /** Lambda per-function runtimes whose function no deployed lambda config lists, by function key. */
  orphanFunctions: Record<string, OrphanFunctionRuntime>;
  /** Unreadable documents, malformed parameters and values, ignored parameters. */
  issues: Issue[];
}
