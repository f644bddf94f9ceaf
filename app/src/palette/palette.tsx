import { memo, useId, useRef, useState } from "react";
import { TypeIcon } from "../canvas/type-icon.tsx";
import { useEditor } from "../store/editor-context.tsx";
import { selectWorkspace } from "../store/selectors.ts";
import { useRovingFocus } from "../ui/use-roving-focus.ts";
import { paletteMime } from "./palette-drag.ts";
import { type PaletteEntry, paletteGroups } from "./palette-entries.ts";
import { useAddAtCentre } from "./use-add-at-centre.ts";
import "./palette.css";

/** Every component type, by category: drag one onto the canvas, or focus it and press Enter. */
export function Palette() {
  const catalog = useEditor((state) => selectWorkspace(state).catalog);
  const [query, setQuery] = useState("");
  const groups = paletteGroups(catalog, query);
  const titleId = useId();
  const addAtCentre = useAddAtCentre();
  // one tab stop for every entry; the arrow keys move between them
  const entries = useRef<HTMLDivElement>(null);
  useRovingFocus(entries, ".palette-item");
  return (
    <section className="palette" aria-labelledby={titleId}>
      <div className="panel-header">
        <h2 id={titleId}>Components</h2>
        <span className="palette-hint">Drag onto the canvas, or Enter</span>
      </div>
      <input
        type="search"
        className="palette-search"
        placeholder="Search types…"
        aria-label="Search component types"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== "ArrowDown") return;
          event.preventDefault();
          entries.current?.querySelector<HTMLElement>(".palette-item")?.focus();
        }}
      />
      {groups.length === 0 ? <p className="panel-empty">No type matches “{query}”.</p> : null}
      <div ref={entries}>
        {groups.map((group) => (
          <div key={group.category} className="palette-group">
            <h3 className="palette-category">{group.category}</h3>
            <ul className="palette-list" aria-label={`${group.category} types`}>
              {group.entries.map((entry) => (
                <PaletteItem key={entry.type} entry={entry} onAdd={addAtCentre} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

const PaletteItem = memo(function PaletteItem({
  entry,
  onAdd,
}: {
  entry: PaletteEntry;
  onAdd: (type: string) => void;
}) {
  return (
    <li>
      <button
        type="button"
        className="palette-item"
        data-testid={`palette-item-${entry.type}`}
        draggable
        aria-label={`Add ${entry.title} (${entry.type})`}
        title={`${entry.description} Drag onto the canvas, or press Enter to add at the centre.`}
        onDragStart={(event) => {
          event.dataTransfer.setData(paletteMime, entry.type);
          event.dataTransfer.setData("text/plain", entry.type);
          event.dataTransfer.effectAllowed = "copy";
        }}
        onClick={() => onAdd(entry.type)}
      >
        <TypeIcon type={entry.type} />
        <span className="palette-item-text">
          <span className="palette-item-title">{entry.title}</span>
          <span className="palette-item-type">{entry.type}</span>
        </span>
        {entry.custom ? <span className="palette-custom">custom</span> : null}
      </button>
    </li>
  );
});
