import { type RefObject, useLayoutEffect } from "react";
import type { Lineage } from "../model/derive.ts";
import { useEditor } from "../store/editor-context.tsx";
import { type EdgeLineage, edgeLineage, nodeLineage } from "./lineage-selectors.ts";

/**
 * Puts `data-lineage` on the React Flow elements around `ref` (the node or edge the tests and
 * styles address) without changing React Flow's node and edge objects: rebuilding thousands of
 * them on every selection is what made highlighting slow on large graphs.
 */
function useWrapperLineage(
  ref: RefObject<Element | null>,
  wrappers: readonly string[],
  lineage: string | null,
): void {
  useLayoutEffect(() => {
    for (const wrapper of wrappers) {
      const element = ref.current?.closest(wrapper);
      if (!element) continue;
      if (lineage === null) element.removeAttribute("data-lineage");
      else element.setAttribute("data-lineage", lineage);
    }
  }, [ref, wrappers, lineage]);
}

const nodeWrappers = [".react-flow__node"];
// the edge, and the <svg> React Flow draws it in, which a highlighted edge lifts above the cards
const edgeWrappers = [".react-flow__edge", ".react-flow__edges > svg"];

/** A node card's lineage, also set on its React Flow node element. */
export function useNodeLineage(id: string, ref: RefObject<Element | null>): Lineage | null {
  const lineage = useEditor((state) => nodeLineage(state, id));
  useWrapperLineage(ref, nodeWrappers, lineage);
  return lineage;
}

/**
 * An edge's lineage (`source` is the dependency), also set on its React Flow edge element and on
 * the `<svg>` React Flow draws it in, which a highlighted edge lifts above the cards.
 */
export function useEdgeLineage(
  source: string,
  target: string,
  ref: RefObject<Element | null>,
): EdgeLineage | null {
  const lineage = useEditor((state) => edgeLineage(state, target, source));
  useWrapperLineage(ref, edgeWrappers, lineage);
  return lineage;
}
