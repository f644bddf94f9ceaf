import { type GraphEdge, shortestPath } from "@karma/core";
import { memoizeLast } from "../model/memo.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectGraph } from "../store/selectors.ts";

export interface TraceResult {
  from: string;
  to: string;
  /** The dependency path's edges in order (either direction); null when there is none. */
  path: GraphEdge[] | null;
}

const pathOf = memoizeLast(shortestPath);
const resultOf = memoizeLast(
  (from: string, to: string, path: GraphEdge[] | null): TraceResult => ({ from, to, path }),
);

/** The trace asked for, while both of its components are still selected. */
export function selectTrace(state: EditorStore): TraceResult | null {
  const trace = state.trace;
  if (!trace || state.selection !== trace.from || !state.alsoSelected.includes(trace.to)) {
    return null;
  }
  return resultOf(trace.from, trace.to, pathOf(selectGraph(state), trace.from, trace.to));
}

/** The components along a path, from its first dependent to its last dependency. */
export function pathNodes(path: GraphEdge[]): string[] {
  return path.length === 0 ? [] : [path[0]!.dependent, ...path.map((edge) => edge.dependency)];
}
