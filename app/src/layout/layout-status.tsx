import { useEditor } from "../store/editor-context.tsx";

/**
 * "Laying out…" while the layout worker works, over the canvas: in the top bar, the words made
 * it wrap to a second row at common widths, and the canvas, shorter, was laid out and culled
 * anew as a large graph opened, and again when the layout arrived.
 */
export function LayoutStatus() {
  const busy = useEditor((state) => state.layoutBusy);
  return (
    <span className="layout-status" role="status">
      {busy ? "Laying out…" : ""}
    </span>
  );
}
