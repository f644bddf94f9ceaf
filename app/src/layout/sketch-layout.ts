import type { LayoutPositions } from "@karma/core";
import { layerGap } from "./elk-graph.ts";
import { foldIntoColumns } from "./fold-into-columns.ts";
import type { LayoutEdge, LayoutNode } from "./layout-protocol.ts";

// as elk's spacing between two cards of one layer (elk-graph.ts)
const rowGap = 32;
// as the worker: an overview's shape matters from a few hundred components
const foldAbove = 300;

/**
 * A quick layered layout, in one pass over the graph, to draw a large graph at once while elk
 * works: each card one layer right of its rightmost dependency (a card in a cycle where the
 * cycle is entered), cards in a layer ordered by where their dependencies are, folded into
 * columns as elk's answer will be. Close to elk's shape, so that its answer moves cards a
 * little rather than everywhere; elk's own answer replaces it.
 */
export function sketchLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): LayoutPositions {
  const ids = new Set(nodes.map((node) => node.id));
  const sources = new Map<string, string[]>();
  const targets = new Map<string, string[]>();
  const waiting = new Map<string, number>();
  for (const node of nodes) waiting.set(node.id, 0);
  for (const { source, target } of edges) {
    if (source === target || !ids.has(source) || !ids.has(target)) continue;
    push(sources, target, source);
    push(targets, source, target);
    waiting.set(target, waiting.get(target)! + 1);
  }

  // Kahn's order; what a cycle keeps waiting is taken in node order, where it is reached
  const layer = new Map<string, number>();
  const order: string[] = [];
  const ready = nodes.filter((node) => waiting.get(node.id) === 0).map((node) => node.id);
  const queued = new Set(ready);
  const enqueue = (id: string) => {
    if (queued.has(id)) return;
    queued.add(id);
    ready.push(id);
  };
  let next = 0;
  let stuck = 0;
  while (order.length < nodes.length) {
    if (next === ready.length) {
      while (queued.has(nodes[stuck]!.id)) stuck++;
      enqueue(nodes[stuck]!.id);
    }
    const id = ready[next++]!;
    let at = 0;
    for (const source of sources.get(id) ?? []) {
      const known = layer.get(source);
      if (known !== undefined) at = Math.max(at, known + 1);
    }
    layer.set(id, at);
    order.push(id);
    for (const target of targets.get(id) ?? []) {
      const left = waiting.get(target)! - 1;
      waiting.set(target, left);
      if (left === 0) enqueue(target);
    }
  }

  // within a layer, by the mean row of its dependencies (the layer before is already placed)
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const layers: string[][] = [];
  for (const id of order) {
    const at = layer.get(id)!;
    const members = layers[at];
    if (members) members.push(id);
    else layers[at] = [id];
  }
  const row = new Map<string, number>();
  const positions: LayoutPositions = {};
  let x = 0;
  for (const members of layers) {
    if (!members) continue;
    const weight = (id: string) => {
      const rows = (sources.get(id) ?? []).map((source) => row.get(source) ?? 0);
      return rows.length === 0 ? 0 : rows.reduce((sum, value) => sum + value, 0) / rows.length;
    };
    const sorted = members
      .map((id) => ({ id, weight: weight(id) }))
      .sort((a, b) => a.weight - b.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let y = 0;
    let width = 0;
    sorted.forEach(({ id }, index) => {
      const node = byId.get(id)!;
      row.set(id, index);
      positions[id] = { x, y };
      y += node.height + rowGap;
      width = Math.max(width, node.width);
    });
    x += width + layerGap;
  }
  if (nodes.length <= foldAbove) return positions;
  return foldIntoColumns(nodes, positions, {}, {}).positions;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
