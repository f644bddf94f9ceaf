import type { Graph } from "@karma/core";
import { edgeId } from "../wiring/wire.ts";

/** The references a commit added: the React Flow ids of the edges `after` has and `before` had not. */
export function addedEdgeIds(before: Graph, after: Graph): string[] {
  const had = new Set(before.edges.map(edgeId));
  return after.edges.map(edgeId).filter((id) => !had.has(id));
}

/** The nodes a step of the timeline brings in: on the canvas now and not before it. */
export function grownNodes(before: readonly string[], after: readonly string[]): string[] {
  const had = new Set(before);
  return after.filter((id) => !had.has(id));
}

// a step that brings in more than this is a new picture, not growth: it is not animated
const mostGrown = 300;

/**
 * The style of a step of the timeline, as a rule for the handful of elements it concerns (no
 * node or edge object changes for it, as for a trace): the nodes it brings in fade and scale in
 * where they stand, unless the user asks for less motion; the references the commit added are
 * drawn in the colour of what is created.
 */
export function highlightCss(grown: readonly string[], added: readonly string[]): string {
  const rules: string[] = [];
  if (grown.length > 0 && grown.length <= mostGrown) {
    const nodes = grown.map(
      (id) => `.timeline-view .react-flow__node[data-id=${JSON.stringify(id)}] > *`,
    );
    rules.push(
      `@media (prefers-reduced-motion: no-preference) { ${nodes.join(", ")} { animation: timeline-grow 450ms ease-out both; } }`,
    );
  }
  if (added.length > 0) {
    const edges = added.map(
      (id) => `.timeline-view .react-flow__edge[data-id=${JSON.stringify(id)}]`,
    );
    rules.push(
      `${edges.map((edge) => `${edge} .react-flow__edge-path`).join(", ")} { stroke: var(--success); stroke-width: 2.5; }`,
    );
  }
  return rules.join("\n");
}
