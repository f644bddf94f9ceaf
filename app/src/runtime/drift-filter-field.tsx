import { useId } from "react";
import type { DriftFilter } from "../state/editor-state.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";

const driftFilters: { value: DriftFilter; label: string }[] = [
  { value: "all", label: "Any" },
  { value: "drifted", label: "Drifted" },
  { value: "not-deployed", label: "Not deployed" },
  { value: "unmanaged", label: "Unmanaged" },
  { value: "in-sync", label: "In sync" },
];

/** The Filter menu's drift status choice; there is none to make until a snapshot is imported. */
export function DriftFilterField() {
  const store = useEditorApi();
  const imported = useEditor((state) => state.snapshot !== null);
  const filter = useEditor((state) => state.driftFilter);
  const id = useId();
  if (!imported) return null;
  return (
    <label className="view-field" htmlFor={id}>
      Drift
      <select
        id={id}
        value={filter}
        onChange={(event) => store.getState().setDriftFilter(event.target.value as DriftFilter)}
      >
        {driftFilters.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
