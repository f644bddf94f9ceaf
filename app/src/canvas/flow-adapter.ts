import type { Graph, LayoutPositions } from "@karma/core";
import { MarkerType } from "@xyflow/react";
import type { Lineage } from "../model/derive.ts";
import { memoizeLast } from "../model/memo.ts";
import { nodeSize } from "../model/node-size.ts";
import type { NodeView } from "../model/node-views.ts";
import type { Size } from "../store/editor-state.ts";
import type { FlowEdge, FlowNode, FlowNodeData } from "./flow-types.ts";

const noData: FlowNodeData = {};
const arrow = { type: MarkerType.ArrowClosed, width: 16, height: 16 };

export interface FlowAdapter {
  nodes(
    graph: Graph,
    positions: LayoutPositions,
    views: Map<string, NodeView>,
    sizes: Record<string, Size>,
    selection: string | null,
  ): FlowNode[];
  edges(graph: Graph, positions: LayoutPositions, views: Map<string, NodeView>): FlowEdge[];
}

/**
 * Turns the graph of the shown environment into React Flow nodes and edges. A node object is
 * rebuilt only when something it carries changed (and an edge likewise), so React Flow
 * re-renders only those (during a drag: the dragged node). Nodes without a position yet are
 * left out until placed.
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
    ): FlowNode[] => {
      const result: FlowNode[] = [];
      for (const graphNode of graph.nodes) {
        const position = positions[graphNode.id];
        const view = views.get(graphNode.id);
        if (!position || !view) continue;
        const size = sizes[graphNode.id];
        const selected = graphNode.id === selection;
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
    (graph: Graph, positions: LayoutPositions, views: Map<string, NodeView>): FlowEdge[] => {
      const result: FlowEdge[] = [];
      for (const edge of graph.edges) {
        if (!positions[edge.dependent] || !positions[edge.dependency]) continue;
        const lineage = edgeLineage(
          views.get(edge.dependent)?.lineage ?? null,
          views.get(edge.dependency)?.lineage ?? null,
        );
        const id = `${edge.dependent}->${edge.dependency}:${edge.key}`;
        const className = lineage ? `edge-${lineage}` : undefined;
        const cached = edgeCache.get(id);
        if (cached && cached.className === className) {
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
          focusable: false,
          selectable: false,
        };
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
  if (view.lineage !== null) attributes["data-lineage"] = view.lineage;
  const node: FlowNode = {
    id: view.id,
    type: view.external ? "external" : "component",
    position: { x: position.x, y: position.y },
    data: noData,
    selected,
    connectable: false,
    initialWidth: nodeSize.width,
    initialHeight: nodeSize.height,
    ariaLabel: describeNode(view),
    className: view.lineage ? `lineage-${view.lineage}` : undefined,
    domAttributes: attributes as FlowNode["domAttributes"],
  };
  if (size) node.measured = { width: size.width, height: size.height };
  return node;
}

function sameAttributes(a: NodeView, b: NodeView): boolean {
  return (
    a.external === b.external &&
    a.plan === b.plan &&
    a.errors === b.errors &&
    a.warnings === b.warnings &&
    a.lineage === b.lineage
  );
}

function describeNode(view: NodeView): string {
  const parts = [`${view.type} ${view.nickname}`];
  if (view.external) parts.push("external reference");
  if (view.errors > 0) parts.push(`${view.errors} error${view.errors === 1 ? "" : "s"}`);
  if (view.warnings > 0) parts.push(`${view.warnings} warning${view.warnings === 1 ? "" : "s"}`);
  return parts.join(", ");
}

function edgeLineage(dependent: Lineage | null, dependency: Lineage | null): string | null {
  if (dependent === null || dependency === null) return null;
  const upstream = (l: Lineage) => l === "self" || l === "upstream";
  const downstream = (l: Lineage) => l === "self" || l === "downstream";
  if (upstream(dependent) && upstream(dependency) && dependency !== "self") return "upstream";
  if (downstream(dependent) && downstream(dependency) && dependent !== "self") return "downstream";
  return "dim";
}
