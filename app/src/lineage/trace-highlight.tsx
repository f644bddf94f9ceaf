import { useEditor } from "../store/editor-context.tsx";
import { pathNodes, selectTrace } from "./trace-path.ts";

/**
 * Highlights a traced path with a style rule for its nodes and edges: a path is a handful of
 * elements, so no node or edge object has to change for it. Its edges are drawn above the cards,
 * even the selected ones (React Flow lifts those to 1000), as the lineage's are
 * (canvas/reference-edge.css).
 */
export function TraceHighlight() {
  const trace = useEditor(selectTrace);
  if (!trace?.path || trace.path.length === 0) return null;
  const nodes = pathNodes(trace.path).map(
    (id) => `.react-flow__node[data-id=${JSON.stringify(id)}]`,
  );
  const edges = trace.path.map(
    (edge) =>
      `.react-flow__edge[data-id=${JSON.stringify(`${edge.dependent}->${edge.dependency}:${edge.key}`)}]`,
  );
  return (
    <style data-testid="trace-highlight">
      {`${nodes.join(",")} { opacity: 1; }
${nodes.map((node) => `${node} .node-card`).join(",")} { box-shadow: 0 0 0 3px var(--accent); }
${edges.join(",")} { opacity: 1; }
${edges.map((edge) => `.react-flow__edges > svg:has(> ${edge})`).join(",")} { z-index: 1001 !important; }
${edges.map((edge) => `${edge} .react-flow__edge-path`).join(",")} { stroke: var(--accent); stroke-width: 3; }`}
    </style>
  );
}
