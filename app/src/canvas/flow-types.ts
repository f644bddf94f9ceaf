import type { Edge, Node } from "@xyflow/react";

/** Node data is empty on purpose: a card reads what it shows from the store by its id. */
export type FlowNodeData = Record<string, never>;
export type ComponentFlowNode = Node<FlowNodeData, "component">;
export type ExternalFlowNode = Node<FlowNodeData, "external">;
/** A deployed component the repository lacks (runtime/runtime-nodes.ts). */
export type UnmanagedFlowNode = Node<FlowNodeData, "unmanaged">;
/** All components of one type on a large graph (large-graph/type-group-node.tsx). */
export type TypeGroupFlowNode = Node<FlowNodeData, "type-group">;
export type FlowNode = ComponentFlowNode | ExternalFlowNode | UnmanagedFlowNode | TypeGroupFlowNode;
export type FlowEdge = Edge;
