import { useShallow } from "zustand/react/shallow";
import type { NodeView } from "../model/node-views.ts";
import { useEditor } from "../store/editor-context.tsx";
import { selectNodeViews } from "../store/selectors.ts";

const gone: NodeView = {
  id: "",
  type: "",
  nickname: "",
  external: false,
  foundInEnv: null,
  repo: null,
  errors: 0,
  warnings: 0,
  plan: "none",
};

/** What the card of one node shows; re-renders the card only when that changes. */
export function useNodeView(id: string): NodeView {
  return useEditor(useShallow((state) => selectNodeViews(state).get(id) ?? gone));
}
