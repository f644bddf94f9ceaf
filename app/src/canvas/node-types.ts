import type { NodeTypes } from "@xyflow/react";
import { TypeGroupNode } from "../large-graph/type-group-node.tsx";
import { UnmanagedNode } from "../runtime/unmanaged-node.tsx";
import { ComponentNode } from "./component-node.tsx";
import { ExternalNode } from "./external-node.tsx";
import { progressive } from "./progressive-card.tsx";

/** Defined once at module level: a new object per render would remount every node. */
export const nodeTypes: NodeTypes = {
  component: progressive(ComponentNode),
  external: progressive(ExternalNode),
  unmanaged: UnmanagedNode,
  "type-group": TypeGroupNode,
};
