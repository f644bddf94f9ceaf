import type { Edge, Node } from "@xyflow/react";

/** Node data is empty on purpose: a card reads what it shows from the store by its id. */
export type FlowNodeData = Record<string, never>;
export type ComponentFlowNode = Node<FlowNodeData, "component">;
export type ExternalFlowNode = Node<FlowNodeData, "external">;
export type FlowNode = ComponentFlowNode | ExternalFlowNode;
export type FlowEdge = Edge;
