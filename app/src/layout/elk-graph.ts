import type { LayoutPositions } from "@karma/core";
import type { ElkNode } from "elkjs/lib/elk-api.js";
import type { LayoutEdge, LayoutNode, LayoutRoutes } from "./layout-protocol.ts";

/**
 * Orthogonal routes up to this many nodes; polylines above, which elk computes faster. Either
 * way edges run between the nodes, never through one (the canvas draws the routes).
 */
export const orthogonalUpTo = 1500;

/** The room between two layers of cards at least: where edges bend, and labels sit. */
export const layerGap = 200;

// Dependencies end up on the left; Brandes-Köpf placement keeps large graphs fast.
const layoutOptions = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.edgeRouting": "ORTHOGONAL",
  "elk.layered.spacing.nodeNodeBetweenLayers": String(layerGap),
  "elk.spacing.nodeNode": "32",
  "elk.spacing.componentComponent": "64",
};

/** Fewer crossing-minimisation passes on large graphs: a third of the time, nearly as tidy. */
function optionsFor(nodes: number): Record<string, string> {
  if (nodes <= 300) return layoutOptions;
  const large = { ...layoutOptions, "elk.layered.thoroughness": "1" };
  return nodes > orthogonalUpTo ? { ...large, "elk.edgeRouting": "POLYLINE" } : large;
}

// a NUL cannot occur in a component id (it comes from a file path)
const outPort = (id: string) => `${id}\u0000out`;
const inPort = (id: string) => `${id}\u0000in`;
// ports fixed where React Flow draws the handles: every edge leaves from the middle of its
// source's right side and enters the middle of its target's left side, as on the canvas
const fixedPorts = { "elk.portConstraints": "FIXED_POS" };
const west = { "elk.port.side": "WEST" };
const east = { "elk.port.side": "EAST" };

/** The graph elk lays out: the nodes with a port on each side, the edges between the ports. */
export function elkGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): ElkNode {
  return {
    id: "root",
    layoutOptions: optionsFor(nodes.length),
    children: nodes.map(({ id, width, height }) => ({
      id,
      width,
      height,
      layoutOptions: fixedPorts,
      ports: [
        { id: inPort(id), x: 0, y: height / 2, width: 0, height: 0, layoutOptions: west },
        { id: outPort(id), x: width, y: height / 2, width: 0, height: 0, layoutOptions: east },
      ],
    })),
    edges: edges.map(({ id, source, target }) => ({
      id,
      sources: [outPort(source)],
      targets: [inPort(target)],
    })),
  };
}

/** Positions and routes from elk's answer, rounded to whole pixels as positions are saved. */
export function readLayout(result: ElkNode): { positions: LayoutPositions; routes: LayoutRoutes } {
  const positions: LayoutPositions = {};
  for (const child of result.children ?? []) {
    positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  }
  const routes: LayoutRoutes = {};
  for (const edge of result.edges ?? []) {
    // a flat graph's edge is one section, in the root's coordinates like the nodes
    const section = edge.sections?.[0];
    if (!section || edge.sections!.length !== 1) continue;
    routes[edge.id] = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(
      (point) => ({ x: Math.round(point.x), y: Math.round(point.y) }),
    );
  }
  return { positions, routes };
}

/** A tiny graph to lay out while the app starts: elk's first layout pays for its setup. */
export const warmUpGraph: ElkNode = elkGraph(
  [
    { id: "a", width: 10, height: 10 },
    { id: "b", width: 10, height: 10 },
  ],
  [{ id: "a-b", source: "a", target: "b" }],
);
