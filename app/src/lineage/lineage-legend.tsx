import { Panel } from "@xyflow/react";
import { useEditor } from "../store/editor-context.tsx";

/** What the highlight colours mean, while a component is selected. */
export function LineageLegend() {
  const selected = useEditor((state) => state.selection !== null);
  if (!selected) return null;
  return (
    <Panel position="top-right" className="lineage-legend">
      <ul aria-label="Lineage legend">
        <li>
          <span className="legend-swatch legend-upstream" aria-hidden="true" />
          Origin (upstream): what it depends on
        </li>
        <li>
          <span className="legend-swatch legend-self" aria-hidden="true" />
          Selected
        </li>
        <li>
          <span className="legend-swatch legend-downstream" aria-hidden="true" />
          Effect (downstream): what depends on it
        </li>
      </ul>
    </Panel>
  );
}
