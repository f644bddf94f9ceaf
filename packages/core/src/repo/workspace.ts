import type { Catalog } from "../catalog/catalog.ts";
import type { Issue } from "../issues/issue.ts";
import type { FileMap, JsonObject } from "../json.ts";
import type { JsonDocument } from "./json-document.ts";
import type { NotReadPath } from "./not-read.ts";

/** One component instance: `iac/<env>/<type>/<nickname>/config.json`. */
export interface Component {
  /** `<type>/<nickname>`; unique within an environment. */
  id: string;
  env: string;
  type: string;
  nickname: string;
  file: string;
  /** The parsed config, or null when the file is not a JSON object. */
  config: JsonObject | null;
  /** Parsed text with positions, for issues and edits. */
  document: JsonDocument;
  /** False when the type is not in the catalog; the config is kept verbatim. */
  knownType: boolean;
  /** Why the file was not read, when it was not: the component is unknown, not absent. */
  notRead?: string;
  /**
   * In the one view of a workspace of several repositories (`loadRepositories`): the name of the
   * repository it belongs to, and `file` is its path in the workspace's map. Absent otherwise.
   */
  repo?: string;
}

/** `account_environments/<name>.json`, normalised from both forms found in the wild. */
export interface AccountEnvironment {
  file: string;
  name: string;
  environment: string;
  configRepo: string | null;
  configBranch: string | null;
  iacRepo: string | null;
  iacBranch: string | null;
  iacStrict: boolean | null;
  lambdaRepo: string | null;
  lambdaBranch: string | null;
  lambdaStrict: boolean | null;
  allowDrift: boolean | null;
}

export interface Workspace {
  files: FileMap;
  catalog: Catalog;
  /** Sorted environment names: those with components and those named by account environments. */
  environments: string[];
  accountEnvironments: AccountEnvironment[];
  /** Sorted by env, type, nickname. */
  components: Component[];
  /** Problems found while reading: invalid JSON, malformed paths, bad type definitions. */
  readIssues: Issue[];
  /** Paths the reader could not read or did not follow, sorted. */
  notRead: NotReadPath[];
}
