import type { Graph, GraphEdge, LayoutPositions } from "@karma/core";
import { MarkerType } from "@xyflow/react";
import { pairId } from "../layout/layout-input.ts";
import { memoizeLast } from "../model/memo.ts";
import { nodeSize } from "../model/node-size.ts";
import type { NodeView } from "../model/node-views.ts";
import type { EdgeRoutes, EditorState, Size } from "../state/editor-state.ts";
import { cardHandles, externalHandles } from "./card-handles.ts";
import type { ReferenceEdgeData } from "./edge-route.ts";
import type { FlowEdge, FlowNode, FlowNodeData } from "./flow-types.ts";

const noData: FlowNodeData = {};
const noneSelected: readonly string[] = [];
const arrow = { type: MarkerType.ArrowClosed, width: 16, height: 16 };
const noRoutes: EdgeRoutes = {};

export interface FlowAdapter {
  nodes(
    graph: Graph,
    positions: LayoutPositions,
    views: Map<string, NodeView>,
    sizes: Record<string, Size>,
    selection: string | null,
    alsoSelected?: readonly string[],
  ): FlowNode[];
  /** `routes`: the shown environment's edge routes from the last layout (state.routes). */
  edges(
    graph: Graph,
    positions: LayoutPositions,
    views: Map<string, NodeView>,
    routes?: EdgeRoutes,
  ): FlowEdge[];
}

/**
 * Turns the graph of the shown environment into React Flow nodes and edges. A node object is
 * rebuilt only when something it carries changed (and an edge likewise), so React Flow
 * re-renders only those (during a drag: the dragged node). Nodes without a position yet are
 * left out until placed. An edge carries its pair's route from the last layout, which it
 * follows while both nodes stay where the layout put them (reference-edge.tsx).
 */
export function createFlowAdapter(): FlowAdapter {
  const cache = new Map<string, { node: FlowNode; view: NodeView; size: Size | undefined }>();
  const edgeCache = new Map<string, FlowEdge>();
  let lastEdges: FlowEdge[] = [];

  const nodes = memoizeLast(
    (
      graph: Graph,
      positions: LayoutPositions,
      views: Map<string, NodeView>,
      sizes: Record<string, Size>,
      selection: string | null,
      alsoSelected: readonly string[] = noneSelected,
    ): FlowNode[] => {
      const others = alsoSelected.length === 0 ? null : new Set(alsoSelected);
      const result: FlowNode[] = [];
      for (const graphNode of graph.nodes) {
        const position = positions[graphNode.id];
        const view = views.get(graphNode.id);
        if (!position || !view) continue;
        const size = sizes[graphNode.id];
        const selected = graphNode.id === selection || others?.has(graphNode.id) === true;
        const cached = cache.get(graphNode.id);
        if (
          cached &&
          cached.node.position.x === position.x &&
          cached.node.position.y === position.y &&
          cached.node.selected === selected &&
          cached.size === size &&
          sameAttributes(cached.view, view)
        ) {
          result.push(cached.node);
          continue;
        }
        const node = toFlowNode(view, position, size, selected);
        cache.set(graphNode.id, { node, view, size });
        result.push(node);
      }
      prune(cache, result);
      return result;
    },
  );

  const edges = memoizeLast(
    (
      graph: Graph,
      positions: LayoutPositions,
      views: Map<string, NodeView>,
      routes: EdgeRoutes = noRoutes,
    ): FlowEdge[] => {
      const result: FlowEdge[] = [];
      const counts = labelCounts(graph, positions, routes);
      const seen = new Map<string, number>();
      for (const edge of graph.edges) {
        if (!positions[edge.dependent] || !positions[edge.dependency]) continue;
        const { id, pair } = namesOf(edge);
        // labels that would sit at one place stack (edge-route.ts): the keys of one pair on
        // its curve, the routed keys of one dependent where their routes meet before it
        const route = routes[pair];
        const data: ReferenceEdgeData = { keyIndex: next(seen, pair), keys: counts.get(pair)! };
        if (route) {
          data.route = route;
          data.slot = next(seen, edge.dependent);
          data.slots = counts.get(edge.dependent)!;
        }
        // a reference from or to a component the change deletes is drawn faded (plan/)
        const deleted =
          views.get(edge.dependent)?.plan === "delete" ||
          views.get(edge.dependency)?.plan === "delete";
        // lineage is not on the edge object: the edge reads it by id (lineage/use-lineage.ts)
        const className = deleted ? "edge-deleted" : undefined;
        const cached = edgeCache.get(id);
        if (cached && cached.className === className && sameData(cached.data, data)) {
          result.push(cached);
          continue;
        }
        const flowEdge: FlowEdge = {
          id,
          type: "reference",
          source: edge.dependency,
          target: edge.dependent,
          label: edge.key,
          ariaLabel: `${edge.dependent} reads ${edge.dependency} through ${edge.key}`,
          markerEnd: arrow,
          className,
          // Tab goes from component to component; a reference is cleared by keyboard in the
          // inspector's field, by pointer on the edge
          focusable: false,
          selectable: true,
          data,
        };
        // the reference of a deleted component: its file is gone, there is nothing to edit
        if (views.get(edge.dependent)?.plan === "delete") flowEdge.selectable = false;
        edgeCache.set(id, flowEdge);
        result.push(flowEdge);
      }
      prune(edgeCache, result);
      // moving a node changes no edge: the same array spares React Flow re-indexing them all
      if (result.length === lastEdges.length && result.every((edge, i) => edge === lastEdges[i])) {
        return lastEdges;
      }
      lastEdges = result;
      return result;
    },
  );

  return { nodes, edges };
}

/**
 * How many drawn keys link each pair of components (by `pairId`), and how many of those with a
 * route each dependent reads (by its id).
 */
function labelCounts(
  graph: Graph,
  positions: LayoutPositions,
  routes: EdgeRoutes,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const edge of graph.edges) {
    if (!positions[edge.dependent] || !positions[edge.dependency]) continue;
    const { pair } = namesOf(edge);
    next(counts, pair);
    if (routes[pair]) next(counts, edge.dependent);
  }
  return counts;
}

// per edge of a graph: a graph is built once for a document, its edges drawn on every change
const edgeNames = new WeakMap<GraphEdge, { id: string; pair: string }>();

/** The React Flow id of an edge, and its pair's (`pairId`): the key of its route and label. */
function namesOf(edge: GraphEdge): { id: string; pair: string } {
  let names = edgeNames.get(edge);
  if (!names) {
    names = {
      id: `${edge.dependent}->${edge.dependency}:${edge.key}`,
      pair: pairId(edge.dependency, edge.dependent),
    };
    edgeNames.set(edge, names);
  }
  return names;
}

/** The count so far under `key`, counting one more. */
function next(counts: Map<string, number>, key: string): number {
  const count = counts.get(key) ?? 0;
  counts.set(key, count + 1);
  return count;
}

function sameData(a: FlowEdge["data"], b: ReferenceEdgeData): boolean {
  return (
    a?.route === b.route &&
    a?.keyIndex === b.keyIndex &&
    a?.keys === b.keys &&
    a?.slot === b.slot &&
    a?.slots === b.slots
  );
}

/** Forgets what another graph (an environment shown before) left in a cache. */
function prune<T>(cache: Map<string, T>, current: { id: string }[]): void {
  if (cache.size <= current.length * 2 + 64) return;
  const keep = new Set(current.map((item) => item.id));
  for (const id of cache.keys()) if (!keep.has(id)) cache.delete(id);
}

function toFlowNode(
  view: NodeView,
  position: { x: number; y: number },
  size: Size | undefined,
  selected: boolean,
): FlowNode {
  const issues = view.errors + view.warnings;
  const attributes: Record<string, string> = {
    "data-plan": view.plan,
    "data-issues": String(issues),
  };
  if (view.repo !== null) attributes["data-repo"] = view.repo;
  const node: FlowNode = {
    id: view.id,
    type: view.external ? "external" : "component",
    position: { x: position.x, y: position.y },
    data: noData,
    selected,
    connectable: !view.external,
    initialWidth: nodeSize.width,
    initialHeight: nodeSize.height,
    ariaLabel: describeNode(view),
    domAttributes: attributes as FlowNode["domAttributes"],
  };
  // a card's size and handles are fixed (styles.css): React Flow knows them before drawing it,
  // so it draws only the cards on screen, and fits and frames the ones it has not drawn
  node.handles = view.external ? externalHandles : cardHandles;
  const known = size ?? nodeSize;
  node.measured = { width: known.width, height: known.height };
  // the ghost of a deleted component stays where it was, unwired, until export
  if (view.plan === "delete") {
    node.draggable = false;
    node.connectable = false;
  }
  return node;
}

function sameAttributes(a: NodeView, b: NodeView): boolean {
  return (
    a.external === b.external &&
    a.repo === b.repo &&
    a.plan === b.plan &&
    a.errors === b.errors &&
    a.warnings === b.warnings
  );
}

function describeNode(view: NodeView): string {
  const parts = [`${view.type} ${view.nickname}`];
  if (view.repo !== null) parts.push(`in repository ${view.repo}`);
  if (view.external) parts.push("external reference");
  if (view.plan !== "none") parts.push(`${view.plan}d by this change`);
  if (view.errors > 0) parts.push(`${view.errors} error${view.errors === 1 ? "" : "s"}`);
  if (view.warnings > 0) parts.push(`${view.warnings} warning${view.warnings === 1 ? "" : "s"}`);
  return parts.join(", ");
}

/** The shown environment's edge routes from the last layout, for `FlowAdapter.edges`. */
export const selectRoutes = (state: EditorState): EdgeRoutes | undefined =>
  state.env === null ? undefined : state.routes[state.env];
