import { type Graph, type LayoutPositions, topologicalWaves } from "@karma/core";
import { memoizeByRef, memoizeLast } from "../model/memo.ts";
import { nodeSize } from "../model/node-size.ts";

/**
 * Past this many nodes an environment is shown as groups: one per repository when its
 * components come from several repositories, else one per component type. The layout worker
 * still lays out a thousand-component environment within its 2 s budget, not several.
 */
export const groupAbove = 1500;

export const isGroupedGraph = (graph: Graph): boolean => graph.nodes.length > groupAbove;

/** What a large graph's groups gather: components of one type, or of one repository. */
export type GroupBy = "type" | "repo";

export interface TypeGroup {
  /** The id of its canvas node: `group:<type>`, or `group:repo:<repository>`. */
  id: string;
  by: GroupBy;
  /** The component type, or the repository's name. */
  name: string;
  /** The ids of its components, sorted. */
  members: string[];
  expanded: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The components of a grouped graph that are drawn, where, and the groups around them. */
export interface GroupedView {
  groups: TypeGroup[];
  /**
   * The components of expanded groups, without edges: thousands of references between them
   * are noise and slow to draw; the groups carry counted edges, and a selection its lineage's.
   */
  shown: Graph;
  positions: LayoutPositions;
  /** Component id → the id of its group's node. */
  groupOf: Map<string, string>;
}

/**
 * A group's node id, stable across edits and loads (it is what `expandedGroups` holds). Types
 * are kebab-case names, so `repo:` never starts one.
 */
export const groupId = (by: GroupBy, name: string) =>
  by === "repo" ? `group:repo:${name}` : `group:${name}`;

/** Whether a canvas node id is a group's (a component's is `<type>/<nickname>`, never `group:`). */
export const isGroupNode = (id: string) => id.startsWith("group:");

/**
 * By repository when the graph's components come from more than one (a workspace of
 * repositories: which repository holds what is the first question there), else by type.
 */
export function groupByOf(graph: Graph): GroupBy {
  let first: string | undefined;
  for (const node of graph.nodes) {
    if (node.external || node.repo === undefined) continue;
    if (first === undefined) first = node.repo;
    else if (node.repo !== first) return "repo";
  }
  return "type";
}

const cell = { width: nodeSize.width + 24, height: nodeSize.height + 24 };
const padding = 16;
const header = 64;
const collapsed = { width: 280, height: 80 };
const columnGap = 200;
const rowGap = 48;
const maxColumns = 12;

/**
 * Each component's dependency depth, which places its type's group, when the graph is grouped by
 * type (none when by repository). Memoised by graph, so an editor can find them in a task of
 * their own before the view.
 */
export const groupDepths = memoizeByRef((graph: Graph): ReadonlyMap<string, number> => {
  const depth = new Map<string, number>();
  if (groupByOf(graph) === "type") {
    topologicalWaves(graph).forEach((wave, index) => {
      for (const id of wave) depth.set(id, index);
    });
  }
  return depth;
});

/**
 * One group per component type, laid out in columns by dependency depth (a group sits in the
 * column of its shallowest member), or one per repository, in columns of about the square root
 * of their number, by name (references cross repositories every way, so depth says little);
 * expanded groups as a grid of their components. Computed directly, in one pass: a layout
 * engine is too slow for thousands of nodes on every expansion. `expanded` holds group ids.
 */
export const groupedView = memoizeLast((graph: Graph, expanded: string[]): GroupedView => {
  const open = new Set(expanded);
  const by = groupByOf(graph);
  const depth = groupDepths(graph);
  const byName = new Map<string, string[]>();
  const level = new Map<string, number>();
  const groupOf = new Map<string, string>();
  for (const node of graph.nodes) {
    // an external node is drawn with the repository that refers to it (core's graph says which)
    const name = by === "repo" ? (node.repo ?? "") : node.type;
    const members = byName.get(name) ?? [];
    members.push(node.id);
    byName.set(name, members);
    const nodeDepth = depth.get(node.id) ?? 0;
    level.set(name, Math.min(level.get(name) ?? nodeDepth, nodeDepth));
    groupOf.set(node.id, groupId(by, name));
  }

  const names = [...byName.keys()].sort();
  const perColumn = Math.ceil(Math.sqrt(names.length));
  const columns = new Map<number, string[]>();
  names.forEach((name, index) => {
    const column = by === "repo" ? Math.floor(index / perColumn) : (level.get(name) ?? 0);
    columns.set(column, [...(columns.get(column) ?? []), name]);
  });

  const groups: TypeGroup[] = [];
  const positions: LayoutPositions = {};
  let x = 0;
  for (const column of [...columns.keys()].sort((a, b) => a - b)) {
    let y = 0;
    let width = 0;
    for (const name of columns.get(column)!) {
      const members = byName.get(name)!;
      const id = groupId(by, name);
      const isOpen = open.has(id);
      const perRow = Math.min(maxColumns, Math.max(1, Math.ceil(Math.sqrt(members.length))));
      const size = isOpen
        ? {
            width: Math.max(collapsed.width, perRow * cell.width + 2 * padding - 24),
            height: header + Math.ceil(members.length / perRow) * cell.height + padding - 24,
          }
        : collapsed;
      if (isOpen) {
        members.forEach((member, index) => {
          positions[member] = {
            x: x + padding + (index % perRow) * cell.width,
            y: y + header + Math.floor(index / perRow) * cell.height,
          };
        });
      }
      groups.push({ id, by, name, members, expanded: isOpen, x, y, ...size });
      y += size.height + rowGap;
      width = Math.max(width, size.width);
    }
    x += width + columnGap;
  }

  const shownIds = new Set(Object.keys(positions));
  return {
    groups,
    shown: {
      env: graph.env,
      nodes: graph.nodes.filter((node) => shownIds.has(node.id)),
      edges: [],
    },
    positions,
    groupOf,
  };
});

export interface GroupEdge {
  id: string;
  /** The dependency's node (a group or a component). */
  source: string;
  target: string;
  count: number;
  /** The reference key, when the edge stands for one reference. */
  key: string;
}

/**
 * References between groups (types, or repositories), merged per pair of groups: thousands
 * become a few counted edges.
 */
export const groupEdgesOf = memoizeLast((graph: Graph, view: GroupedView): GroupEdge[] => {
  const merged = new Map<string, GroupEdge>();
  for (const edge of graph.edges) {
    const source = view.groupOf.get(edge.dependency);
    const target = view.groupOf.get(edge.dependent);
    if (!source || !target || source === target) continue;
    const id = `${target}=>${source}`;
    const known = merged.get(id);
    if (known) known.count++;
    else merged.set(id, { id, source, target, count: 1, key: edge.key });
  }
  return [...merged.values()];
});

/** Past this many links between groups, only those of the selection's group are drawn. */
export const groupEdgesShownAlways = 150;

/**
 * The links between groups worth drawing: all of them, unless they are so many that they would
 * cover the canvas (50 repositories that all read each other: some 2,500) and make every change
 * of a card repaint them all; then those of the selected component's group, and those from or to
 * a card of an expanded group.
 */
export const shownGroupEdges = memoizeLast(
  (edges: GroupEdge[], view: GroupedView, selection: string | null): GroupEdge[] => {
    if (edges.length <= groupEdgesShownAlways) return edges;
    const selected = selection === null ? null : (view.groupOf.get(selection) ?? selection);
    return edges.filter(
      (edge) =>
        edge.source === selected ||
        edge.target === selected ||
        !isGroupNode(edge.source) ||
        !isGroupNode(edge.target),
    );
  },
);
