/// <reference types="vite/client" />
/**
 * Bare React Flow, as its quick start sets it up: default nodes, controlled nodes and edges,
 * fitView. `window.drawNodes` is the reference e2e/bench/bare-flow-bench.ts compares Karma with.
 * (Written without JSX: e2e/tsconfig.json, which type-checks this folder, has no JSX setting.)
 */
import { type Edge, type Node, ReactFlow, useEdgesState, useNodesState } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { createElement, useEffect } from "react";
import { createRoot } from "react-dom/client";
import "./draw-nodes.ts";

/** The frame after `ready()` holds with the view no longer moving (one frame apart). */
function frameAfter(ready: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    let seen: string | null = null;
    const tick = () => {
      const view = ready()
        ? (document.querySelector<HTMLElement>(".react-flow__viewport")?.style.transform ?? "")
        : null;
      if (view !== null && view === seen) return resolve(performance.now());
      seen = view;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** All `count` nodes in the DOM and shown (React Flow hides a node until it has measured it). */
function allShown(count: number): boolean {
  const nodes = document.querySelectorAll<HTMLElement>(".react-flow__node");
  if (nodes.length !== count) return false;
  for (const node of nodes) if (node.style.visibility !== "visible") return false;
  return true;
}

function Flow() {
  const [nodes, setNodes, onNodesChange] = useNodesState<Node>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  useEffect(() => {
    window.drawNodes = (shown, joined) => {
      const started = performance.now();
      setNodes(
        shown.map((node) => ({
          id: node.id,
          position: { x: node.x, y: node.y },
          data: { label: node.id },
        })),
      );
      setEdges(
        joined.map((edge, index) => ({
          id: `e${index}`,
          source: edge.source,
          target: edge.target,
        })),
      );
      return frameAfter(() => allShown(shown.length)).then((drawn) => drawn - started);
    };
  }, [setNodes, setEdges]);
  return createElement(ReactFlow, {
    nodes,
    edges,
    onNodesChange,
    onEdgesChange,
    fitView: true,
  });
}

createRoot(document.getElementById("root")!).render(createElement(Flow));
