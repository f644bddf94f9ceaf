import { useEditor } from "../store/editor-context.tsx";
import { selectConsequences } from "./plan-selectors.ts";

/** Why a node's inputs may change ("reads route53-zone/x, updated"), or null; by id. */
export function useConsequence(id: string): string | null {
  return useEditor((state) => {
    const consequence = selectConsequences(state).get(id);
    return consequence ? `Inputs may change: ${consequence.path.join(" → ")}` : null;
  });
}
