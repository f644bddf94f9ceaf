/** What the bare React Flow page (main.tsx) offers the benchmark (../bare-flow-bench.ts). */

export interface BareNode {
  id: string;
  x: number;
  y: number;
}

export interface BareEdge {
  source: string;
  target: string;
}

declare global {
  interface Window {
    /**
     * Shows these nodes (default type, labelled with their id, at the given positions) and edges,
     * and resolves with the milliseconds from the call until the frame after all of them are in
     * the DOM, measured (React Flow shows a node once it has measured it) and fitted in view.
     */
    drawNodes(nodes: BareNode[], edges: BareEdge[]): Promise<number>;
  }
}
