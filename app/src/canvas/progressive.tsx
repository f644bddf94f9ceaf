import {
  type ComponentType,
  createContext,
  memo,
  type ReactNode,
  useContext,
  useDeferredValue,
} from "react";

/** Whether this canvas fills its cards and edges in after it first draws them: a large graph's. */
export const ProgressiveCanvas = createContext(false);

/**
 * A node or edge type that a large canvas draws in two steps: `first` at once (an empty card,
 * or nothing), with React Flow's own element, and the whole in a render React may split over
 * several tasks (`useDeferredValue`). Cards and edges that come on screen together (opening, a
 * layout, a long pan) then cost a short task for their frames rather than one long task for all
 * they hold.
 */
export function progressive<P extends object>(Whole: ComponentType<P>, first: ReactNode) {
  return memo(function Progressive(props: P) {
    const whole = useDeferredValue(true, !useContext(ProgressiveCanvas));
    return whole ? <Whole {...props} /> : first;
  });
}
