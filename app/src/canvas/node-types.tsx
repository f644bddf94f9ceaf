import type { NodeTypes } from "@xyflow/react";
import { TypeGroupNode } from "../large-graph/type-group-node.tsx";
import { UnmanagedNode } from "../runtime/unmanaged-node.tsx";
import { ComponentNode } from "./component-node.tsx";
import { ExternalNode } from "./external-node.tsx";
import { progressive } from "./progressive.tsx";

const emptyCard = <div className="node-card" />;

/** Defined once at module level: a new object per render would remount every node. */
export const nodeTypes: NodeTypes = {
  component: progressive(ComponentNode, emptyCard),
  external: progressive(ExternalNode, emptyCard),
  unmanaged: UnmanagedNode,
  "type-group": TypeGroupNode,
};
