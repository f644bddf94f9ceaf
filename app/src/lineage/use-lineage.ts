import { type RefObject, useLayoutEffect } from "react";
import type { Lineage } from "../model/derive.ts";
import { useEditor } from "../store/editor-context.tsx";
import { type EdgeLineage, edgeLineage, nodeLineage } from "./lineage-selectors.ts";

/**
 * Puts `data-lineage` on the React Flow element around `ref` (the node or edge the tests and
 * styles address) without changing React Flow's node and edge objects: rebuilding thousands of
 * them on every selection is what made highlighting slow on large graphs.
 */
function useWrapperLineage(
  ref: RefObject<Element | null>,
  wrapper: string,
  lineage: string | null,
): void {
  useLayoutEffect(() => {
    const element = ref.current?.closest(wrapper);
    if (!element) return;
    if (lineage === null) element.removeAttribute("data-lineage");
    else element.setAttribute("data-lineage", lineage);
  }, [ref, wrapper, lineage]);
}

/** A node card's lineage, also set on its React Flow node element. */
export function useNodeLineage(id: string, ref: RefObject<Element | null>): Lineage | null {
  const lineage = useEditor((state) => nodeLineage(state, id));
  useWrapperLineage(ref, ".react-flow__node", lineage);
  return lineage;
}

/** An edge's lineage (`source` is the dependency), also set on its React Flow edge element. */
export function useEdgeLineage(
  source: string,
  target: string,
  ref: RefObject<Element | null>,
): EdgeLineage | null {
  const lineage = useEditor((state) => edgeLineage(state, target, source));
  useWrapperLineage(ref, ".react-flow__edge", lineage);
  return lineage;
}
