import type { NodeTypes } from "@xyflow/react";
import { TypeGroupNode } from "../large-graph/type-group-node.tsx";
import { UnmanagedNode } from "../runtime/unmanaged-node.tsx";
import { ComponentNode } from "./component-node.tsx";
import { ExternalNode } from "./external-node.tsx";
import { progressive } from "./progressive.tsx";

// The handles of a card drawn before it is filled in, where React Flow finds them: it measures
// a card's handles from the page whenever the card is drawn or resized, and a card without
// them would lose its edges until it changes size again.
const target = (
  <div className="react-flow__handle react-flow__handle-left target" data-handlepos="left" />
);
const source = (
  <div className="react-flow__handle react-flow__handle-right source" data-handlepos="right" />
);

/** Defined once at module level: a new object per render would remount every node. */
export const nodeTypes: NodeTypes = {
  component: progressive(
    ComponentNode,
    <div className="node-card">
      {target}
      {source}
    </div>,
  ),
  external: progressive(ExternalNode, <div className="node-card node-external">{source}</div>),
  unmanaged: UnmanagedNode,
  "type-group": TypeGroupNode,
};
