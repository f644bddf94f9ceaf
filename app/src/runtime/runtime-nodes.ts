import type { ComponentDrift, DriftStatus, Graph, LayoutPositions } from "@karma/core";
import type { FlowNode } from "../canvas/flow-types.ts";
import { memoizeLast } from "../model/memo.ts";
import { nodeSize } from "../model/node-size.ts";
import type { DriftFilter, Size } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectBasePositions, selectGraph } from "../store/selectors.ts";
import { passesDriftFilter } from "./drift-filter.ts";
import { selectDriftById, selectUnmanaged } from "./drift-selectors.ts";

/** The statuses a repository component's node shows (`data-drift`). */
const shownStatuses = new Set<DriftStatus>(["in-sync", "drifted", "not-deployed", "unknown"]);

const statusWords: Record<DriftStatus, string> = {
  "in-sync": "deployed, in sync",
  drifted: "drifted from the deployed config",
  "not-deployed": "not deployed",
  unknown: "drift unknown",
  unmanaged: "deployed, not in the repository",
  external: "deployed externally",
};

// ghosts stand in a column to the right of the graph, a gap away
const columnGap = 120;
const rowGap = 24;

export interface RuntimeNodes {
  /**
   * The canvas nodes with drift shown: `data-drift` on each repository component's node and,
   * once every node is placed, one ghost node per unmanaged component. The same nodes come back
   * while nothing they show changed.
   */
  withDrift(nodes: FlowNode[], state: EditorStore): FlowNode[];
}

// ghosts wait for the whole graph: placed beside a part of it, they would jump as the rest lands
const everyNodePlaced = memoizeLast((graph: Graph, positions: LayoutPositions): boolean =>
  graph.nodes.every((node) => Object.hasOwn(positions, node.id)),
);

export function createRuntimeNodes(): RuntimeNodes {
  const decorated = new Map<string, { from: FlowNode; status: DriftStatus; node: FlowNode }>();

  const decorate = (node: FlowNode, drift: Map<string, ComponentDrift>): FlowNode => {
    const status = drift.get(node.id)?.status;
    if (status === undefined || node.type === "external" || !shownStatuses.has(status)) {
      return node;
    }
    const cached = decorated.get(node.id);
    if (cached?.from === node && cached.status === status) return cached.node;
    const result: FlowNode = {
      ...node,
      ariaLabel: `${node.ariaLabel ?? node.id}, ${statusWords[status]}`,
      domAttributes: { ...node.domAttributes, "data-drift": status } as FlowNode["domAttributes"],
    };
    decorated.set(node.id, { from: node, status, node: result });
    return result;
  };

  const ghosts = memoizeLast(
    (
      unmanaged: ComponentDrift[],
      positions: LayoutPositions,
      sizes: Record<string, Size>,
      selection: string | null,
    ): FlowNode[] => {
      if (unmanaged.length === 0) return [];
      let right = 0;
      let top = Number.POSITIVE_INFINITY;
      for (const [id, at] of Object.entries(positions)) {
        right = Math.max(right, at.x + (sizes[id]?.width ?? nodeSize.width));
        top = Math.min(top, at.y);
      }
      if (top === Number.POSITIVE_INFINITY) top = 0;
      return unmanaged.map((component, index) => ({
        id: component.id,
        type: "unmanaged",
        position: { x: right + columnGap, y: top + index * (nodeSize.height + rowGap) },
        data: {},
        selected: component.id === selection,
        draggable: false,
        connectable: false,
        initialWidth: nodeSize.width,
        initialHeight: nodeSize.height,
        ariaLabel: `${component.type} ${component.nickname}, ${statusWords.unmanaged}`,
        domAttributes: { "data-drift": "unmanaged" } as FlowNode["domAttributes"],
      }));
    },
  );

  const nodes = memoizeLast(
    (
      nodes: FlowNode[],
      drift: Map<string, ComponentDrift>,
      unmanaged: ComponentDrift[],
      positions: LayoutPositions,
      sizes: Record<string, Size>,
      selection: string | null,
      allPlaced: boolean,
      filter: DriftFilter,
    ): FlowNode[] => {
      if (drift.size === 0) return nodes;
      // forget nodes of environments and repositories shown before
      if (decorated.size > nodes.length * 2 + 64) decorated.clear();
      const shown = nodes.map((node) => decorate(node, drift));
      // a component deleted in this session but still deployed is already shown as the plan's ghost
      const extra =
        allPlaced && passesDriftFilter("unmanaged", filter)
          ? ghosts(unmanaged, positions, sizes, selection).filter(
              (ghost) => !nodes.some((node) => node.id === ghost.id),
            )
          : [];
      return extra.length === 0 ? shown : [...shown, ...extra];
    },
  );

  return {
    withDrift: (shown, state) =>
      nodes(
        shown,
        selectDriftById(state),
        selectUnmanaged(state),
        selectBasePositions(state),
        state.sizes,
        state.selection,
        everyNodePlaced(selectGraph(state), selectBasePositions(state)),
        state.driftFilter,
      ),
  };
}
