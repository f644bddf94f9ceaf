import type { NodeProps } from "@xyflow/react";
import { type ComponentType, createContext, memo, useContext, useDeferredValue } from "react";

/** Whether the cards of this canvas are filled in after they are first drawn: a large graph's. */
export const ProgressiveCards = createContext(false);

/**
 * A node type whose card a large canvas draws in two steps: the empty card at once, with React
 * Flow's node, and what is in it in a render React may split over several tasks
 * (`useDeferredValue`). Cards that come on screen together (opening, a layout, a long pan) then
 * cost a short task for their frames rather than one long task for all they hold.
 */
export function progressive<P extends NodeProps>(Card: ComponentType<P>) {
  return memo(function ProgressiveCard(props: P) {
    const filled = useDeferredValue(true, !useContext(ProgressiveCards));
    return filled ? <Card {...props} /> : <div className="node-card" />;
  });
}
