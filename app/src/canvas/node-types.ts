import type { NodeTypes } from "@xyflow/react";
import { ComponentNode } from "./component-node.tsx";
import { ExternalNode } from "./external-node.tsx";

/** Defined once at module level: a new object per render would remount every node. */
export const nodeTypes: NodeTypes = {
  component: ComponentNode,
  external: ExternalNode,
};
