import type { EdgeTypes } from "@xyflow/react";
import { progressive } from "./progressive.tsx";
import { ReferenceEdge } from "./reference-edge.tsx";

/** Defined once at module level, like the node types. */
export const edgeTypes: EdgeTypes = { reference: progressive(ReferenceEdge, null) };
