import { downstream, type Graph, type LayoutPositions, upstream } from "@karma/core";
import { memoizeLast } from "../model/memo.ts";

const columnWidth = 320;
const rowHeight = 96;

/**
 * Positions for focus mode, computed here rather than saved: the focused component in the middle
 * column, what it depends on in columns to the left by depth, what depends on it to the right.
 * Lineage depth is already a layering, so this needs no layout engine and shows at once; each
 * column is ordered by where its neighbours nearer the middle sit, which keeps crossings few.
 */
export const focusLayout = memoizeLast((graph: Graph, id: string): LayoutPositions => {
  const origins = upstream(graph, id);
  const effects = downstream(graph, id);
  const columnOf = (node: string) =>
    node === id ? 0 : origins.has(node) ? -origins.get(node)! : (effects.get(node) ?? 0);
  const columns = new Map<number, string[]>();
  for (const node of graph.nodes) {
    const column = columnOf(node.id);
    columns.set(column, [...(columns.get(column) ?? []), node.id]);
  }
  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges) {
    for (const [a, b] of [
      [edge.dependent, edge.dependency],
      [edge.dependency, edge.dependent],
    ] as const) {
      neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    }
  }

  const row = new Map<string, number>();
  const positions: LayoutPositions = {};
  const place = (column: number) => {
    const ids = columns.get(column);
    if (!ids) return;
    const inner = column === 0 ? 0 : column > 0 ? column - 1 : column + 1;
    const weight = (node: string) => {
      const rows = (neighbours.get(node) ?? [])
        .filter((other) => columnOf(other) === inner && row.has(other))
        .map((other) => row.get(other)!);
      return rows.length === 0 ? 0 : rows.reduce((sum, value) => sum + value, 0) / rows.length;
    };
    const ordered = ids
      .map((node) => ({ node, weight: weight(node) }))
      .sort((a, b) => a.weight - b.weight || (a.node < b.node ? -1 : 1));
    ordered.forEach(({ node }, index) => {
      const y = index - (ordered.length - 1) / 2;
      row.set(node, y);
      positions[node] = { x: column * columnWidth, y: y * rowHeight };
    });
  };
  const keys = [...columns.keys()];
  place(0);
  for (let column = 1; column <= Math.max(0, ...keys); column++) place(column);
  for (let column = -1; column >= Math.min(0, ...keys); column--) place(column);
  return positions;
});
