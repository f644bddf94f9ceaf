import type { Size } from "../state/editor-state.ts";

/** Node cards have a fixed size in CSS; layout uses it for nodes not measured yet. */
export const nodeSize: Size = { width: 240, height: 64 };
