/** The six ways a config points at another component (catalog/README.md). */
export type ReferenceKind =
  | "nickname"
  | "name-match"
  | "type-nickname"
  | "nested"
  | "parameter-path"
  | "own-nickname";

export interface GraphNode {
  /** `<type>/<nickname>` */
  id: string;
  type: string;
  nickname: string;
  env: string;
  /** True when no component of the repository in this environment resolves the reference. */
  external: boolean;
  /** For an external node: the environment where a matching component was found, if any. */
  foundInEnv: string | null;
  /**
   * In a graph of several repositories: the repository the component belongs to (for an
   * external node, the first that refers to it). Absent for one repository alone.
   */
  repo?: string;
}

/** `dependent` reads `dependency`'s runtime: `dependency` must be deployed first. */
export interface GraphEdge {
  dependent: string;
  dependency: string;
  /** Concrete config key path holding the reference (`functions.echo.vpc_nickname`). */
  key: string;
  kind: ReferenceKind;
  env: string;
}

export interface Graph {
  env: string;
  /** Sorted by id. */
  nodes: GraphNode[];
  /** Sorted by dependent, dependency, key. */
  edges: GraphEdge[];
}
