import { Position } from "@xyflow/react";
import type { FlowEdge, FlowNode, TypeGroupFlowNode } from "../canvas/flow-types.ts";
import type { Lineage } from "../model/derive.ts";
import { memoizeLast } from "../model/memo.ts";
import { nodeSize } from "../model/node-size.ts";
import type { GroupEdge, GroupedView } from "./group-layout.ts";

export interface GroupLineage {
  lineage: Lineage;
  upstream: number;
  downstream: number;
}

/** Per group: how many of its components are origins and effects of the selection. */
export const groupLineageOf = memoizeLast(
  (view: GroupedView, lineage: Map<string, Lineage> | null): Map<string, GroupLineage> | null => {
    if (lineage === null) return null;
    const result = new Map<string, GroupLineage>();
    for (const group of view.groups) {
      const summary: GroupLineage = { lineage: "none", upstream: 0, downstream: 0 };
      for (const id of group.members) {
        const status = lineage.get(id);
        if (status === "self") summary.lineage = "self";
        else if (status === "upstream") summary.upstream++;
        else if (status === "downstream") summary.downstream++;
      }
      if (summary.lineage !== "self") {
        if (summary.upstream > 0) summary.lineage = "upstream";
        else if (summary.downstream > 0) summary.lineage = "downstream";
      }
      result.set(group.id, summary);
    }
    return result;
  },
);

/**
 * The canvas nodes of the groups, behind the components of expanded groups: `data-group` names
 * a type group's type; a repository's group has `data-group-repo` its name instead.
 */
export const groupNodesOf = memoizeLast(
  (view: GroupedView, lineage: Map<string, GroupLineage> | null): FlowNode[] =>
    view.groups.map((group): TypeGroupFlowNode => {
      const status = lineage?.get(group.id)?.lineage;
      const attributes: Record<string, string> =
        group.by === "repo" ? { "data-group-repo": group.name } : { "data-group": group.name };
      if (status) attributes["data-lineage"] = status;
      return {
        id: group.id,
        type: "type-group",
        position: { x: group.x, y: group.y },
        data: {},
        width: group.width,
        height: group.height,
        selectable: false,
        draggable: false,
        connectable: false,
        ariaLabel: `${group.by === "repo" ? "repository " : ""}${group.name}: ${group.members.length} components, ${group.expanded ? "expanded" : "collapsed"}`,
        domAttributes: attributes as TypeGroupFlowNode["domAttributes"],
      };
    }),
);

export const groupFlowEdgesOf = memoizeLast((edges: GroupEdge[]): FlowEdge[] =>
  edges.map((edge) => ({
    id: edge.id,
    type: "reference",
    source: edge.source,
    target: edge.target,
    label: edge.count === 1 ? edge.key : `${edge.count} references`,
    className: "group-edge",
    focusable: false,
    selectable: false,
  })),
);

// where a card's handles are (canvas/component-node.tsx and styles.css): 12 × 24 at the sides
const targetHandle = {
  type: "target",
  position: Position.Left,
  x: -5,
  y: 20,
  width: 12,
  height: 24,
};
const sourceHandle = {
  type: "source",
  position: Position.Right,
  x: 233,
  y: 20,
  width: 12,
  height: 24,
};
const presized = new WeakMap<FlowNode, FlowNode>();

/**
 * A component node with its card's size and handles given: React Flow draws every node it has
 * not measured once, wherever it is, and thousands of cards drawn and dropped at once take
 * seconds. Cards have a fixed size, so nothing is lost by telling it.
 */
function presize(node: FlowNode): FlowNode {
  if (node.measured || (node.type !== "component" && node.type !== "external")) return node;
  let sized = presized.get(node);
  if (!sized) {
    const handles = node.type === "component" ? [targetHandle, sourceHandle] : [sourceHandle];
    sized = {
      ...node,
      measured: { width: nodeSize.width, height: nodeSize.height },
      handles: handles as FlowNode["handles"],
    };
    presized.set(node, sized);
  }
  return sized;
}

/** Nodes with the group nodes first, so components are drawn over their group. */
export const withGroupNodes = memoizeLast((groups: FlowNode[], nodes: FlowNode[]): FlowNode[] =>
  groups.length === 0 ? nodes : [...groups, ...nodes.map(presize)],
);

export const withGroupEdges = memoizeLast((groups: FlowEdge[], edges: FlowEdge[]): FlowEdge[] =>
  groups.length === 0 ? edges : [...edges, ...groups],
);
