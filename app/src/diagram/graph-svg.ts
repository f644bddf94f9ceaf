import {
  labelOffset,
  labelWidth,
  type Point,
  roundedPath,
  routeFits,
  routeLabelPoint,
  routePoints,
} from "../canvas/edge-route.ts";
import { typeColor, typeGlyph } from "../canvas/type-icon.tsx";
import type { EdgeRoute } from "../state/editor-state.ts";

/** A node of the diagram: where the canvas draws it and what it shows. */
export interface DiagramNode {
  id: string;
  /** The component type, or the group label of a large graph's type group. */
  type: string;
  nickname: string;
  kind: "component" | "external" | "group";
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramEdge {
  /** The provider: the edge leaves its right side. */
  source: string;
  /** The dependent: the edge reaches its left side, with an arrowhead. */
  target: string;
  label: string;
  /** The layout's route of the pair, followed while both nodes are where it put them. */
  route?: EdgeRoute;
  /** The key's place among the keys linking the same pair, and their number (labels stack). */
  keyIndex?: number;
  keys?: number;
  /** With a route: the label's place among the routed keys of the dependent, and their number. */
  slot?: number;
  slots?: number;
}

/** The colours of the theme the diagram is drawn in. */
export interface DiagramTheme {
  background: string;
  surface: string;
  border: string;
  text: string;
  muted: string;
  edge: string;
}

const padding = 40;
/** Where along an edge its label sits, as on the canvas (reference-edge.tsx). */
const labelAt = 0.7;
const font = "system-ui, -apple-system, 'Segoe UI', sans-serif";
const mono = "ui-monospace, SFMono-Regular, Menlo, monospace";

/**
 * The diagram as plain SVG drawn from the graph and its positions: cards with their type colour,
 * glyph, type and nickname; edges with arrowheads and their key as a label, along the layout's
 * route where it still fits (as on the canvas) and as curves otherwise. Real
 * shapes and text, no HTML inside: small, crisp, shown by GitHub and vector editors alike.
 */
export function graphSvg(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
  theme: DiagramTheme,
): string {
  if (nodes.length === 0) throw new Error("there is nothing on the canvas");
  const left = Math.min(...nodes.map((n) => n.x)) - padding;
  const top = Math.min(...nodes.map((n) => n.y)) - padding;
  const width = Math.max(...nodes.map((n) => n.x + n.width)) - left + padding;
  const height = Math.max(...nodes.map((n) => n.y + n.height)) - top + padding;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="${round(left)} ${round(top)} ${round(width)} ${round(height)}" font-family="${font}">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${theme.edge}"/></marker></defs>`,
    `<rect x="${round(left)}" y="${round(top)}" width="${round(width)}" height="${round(height)}" fill="${theme.background}"/>`,
  ];
  const labels: string[] = [];
  for (const edge of edges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    const sx = from.x + from.width;
    const sy = from.y + from.height / 2;
    const tx = to.x;
    const ty = to.y + to.height / 2;
    const bend = Math.max(40, Math.abs(tx - sx) / 2);
    const points =
      edge.route && routeFits(edge.route, from, to)
        ? routePoints(edge.route, { x: sx, y: sy }, { x: tx, y: ty })
        : null;
    const d = points
      ? roundedPath(points)
      : `M${round(sx)} ${round(sy)}C${round(sx + bend)} ${round(sy)} ${round(tx - bend)} ${round(ty)} ${round(tx)} ${round(ty)}`;
    parts.push(
      `<path class="edge" d="${d}" fill="none" stroke="${theme.edge}" stroke-width="1.5" marker-end="url(#arrow)"><title>${xmlText(`${edge.target} reads ${edge.source} through ${edge.label}`)}</title></path>`,
    );
    if (edge.label) {
      // near the dependent, where edges fanned out from one provider are apart (as on the canvas)
      const w = labelWidth(edge.label);
      let at: Point;
      if (points) {
        at = routeLabelPoint(points, w, edge.slot ?? 0, edge.slots ?? 1);
      } else {
        const curve = along([sx, sy], [sx + bend, sy], [tx - bend, ty], [tx, ty], labelAt);
        at = { x: curve.x, y: curve.y + labelOffset(edge.keyIndex ?? 0, edge.keys ?? 1) };
      }
      const lx = at.x;
      const ly = at.y;
      labels.push(
        `<g class="edge-label"><rect x="${round(lx - w / 2)}" y="${round(ly - 9)}" width="${round(w)}" height="18" rx="4" fill="${theme.surface}" stroke="${theme.border}"/><text x="${round(lx)}" y="${round(ly + 4)}" text-anchor="middle" font-family="${mono}" font-size="11" fill="${theme.text}">${xmlText(edge.label)}</text></g>`,
      );
    }
  }
  parts.push(...labels);
  for (const node of nodes) parts.push(nodeSvg(node, theme));
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

function nodeSvg(node: DiagramNode, theme: DiagramTheme): string {
  const color = typeColor(node.type);
  const dashed = node.kind === "external" ? ' stroke-dasharray="5 4"' : "";
  const middle = node.height / 2;
  const card = [
    `<g class="node" transform="translate(${round(node.x)} ${round(node.y)})">`,
    `<rect width="${round(node.width)}" height="${round(node.height)}" rx="8" fill="${theme.surface}" stroke="${theme.border}"${dashed}/>`,
  ];
  if (node.kind === "group") {
    card.push(
      `<text x="14" y="${round(middle + 5)}" font-size="14" font-weight="600" fill="${theme.text}">${xmlText(node.nickname)}</text>`,
    );
  } else {
    card.push(
      `<path d="M8 0H4a4 4 0 0 0-4 4v${round(node.height - 8)}a4 4 0 0 0 4 4h4Z" fill="${color}"${node.kind === "external" ? ' opacity="0.5"' : ""}/>`,
      `<g transform="translate(18 ${round(middle - 10)})" color="${color}" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${typeGlyph(node.type)}</g>`,
      `<text x="52" y="${round(middle - 4)}" font-size="11" fill="${theme.muted}">${xmlText(node.kind === "external" ? `${node.type} · external` : node.type)}</text>`,
      `<text x="52" y="${round(middle + 14)}" font-size="14" font-weight="600" fill="${theme.text}">${xmlText(node.nickname)}</text>`,
    );
  }
  card.push("</g>");
  return card.join("");
}

/** The point at `t` of a cubic Bézier curve. */
function along(
  a: [number, number],
  b: [number, number],
  c: [number, number],
  d: [number, number],
  t: number,
): Point {
  const u = 1 - t;
  const at = (i: 0 | 1) =>
    u * u * u * a[i] + 3 * u * u * t * b[i] + 3 * u * t * t * c[i] + t * t * t * d[i];
  return { x: at(0), y: at(1) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Text from a repository inside SVG: markup characters as entities, hidden characters dropped. */
function xmlText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML cannot hold them
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}
