import { useEditor } from "../store/editor-context.tsx";

/** What the highlight colours mean, while a component is selected: one short row. */
export function LineageLegend() {
  const selected = useEditor((state) => state.selection !== null);
  if (!selected) return null;
  return (
    <ul className="lineage-legend" aria-label="Lineage legend">
      <li title="Upstream: what the selected component depends on">
        <span className="legend-swatch legend-upstream" aria-hidden="true" />
        Origin (upstream)
      </li>
      <li>
        <span className="legend-swatch legend-self" aria-hidden="true" />
        Selected
      </li>
      <li title="Downstream: what depends on the selected component">
        <span className="legend-swatch legend-downstream" aria-hidden="true" />
        Effect (downstream)
      </li>
    </ul>
  );
}
