import { useEffect, useId, useMemo, useState } from "react";
import { TypeIcon } from "../canvas/type-icon.tsx";
import { selectDriftById } from "../runtime/drift-selectors.ts";
import { DriftTag } from "../runtime/drift-tag.tsx";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectGraph, selectWorkspace } from "../store/selectors.ts";
import { Dialog } from "../ui/dialog.tsx";
import { chooseComponent } from "./choose-component.ts";
import { findEntries, finderEntriesOf } from "./finder-index.ts";
import "./finder.css";

/** Ctrl/Cmd+K: find a component of the shown environment by type, nickname or config value. */
export function Finder() {
  const open = useEditor((state) => state.finderOpen);
  return open ? <FinderDialog /> : null;
}

function FinderDialog() {
  const store = useEditorApi();
  const entries = useEditor((state) => finderEntriesOf(selectWorkspace(state), selectGraph(state)));
  const env = useEditor((state) => state.env);
  const drift = useEditor(selectDriftById);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const matches = useMemo(() => findEntries(entries, query), [entries, query]);
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  const close = () => store.getState().setFinderOpen(false);
  const choose = (index: number) => {
    const match = matches[index];
    if (!match) return;
    close();
    chooseComponent(store, match.entry.id);
    focusNodeWhenShown(match.entry.id);
  };
  const current = Math.min(active, Math.max(0, matches.length - 1));
  useEffect(() => {
    document.getElementById(optionId(current))?.scrollIntoView({ block: "nearest" });
  });

  return (
    <Dialog
      title={`Find a component in ${env ?? "this environment"}`}
      onClose={close}
      testId="finder"
      returnFocus={() => document.getElementById("canvas")}
      actions={
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      }
    >
      <input
        className="finder-input"
        role="combobox"
        aria-label="Find a component"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={matches.length > 0 ? optionId(current) : undefined}
        aria-autocomplete="list"
        placeholder="Type, nickname or config value"
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") setActive(Math.min(current + 1, matches.length - 1));
          else if (event.key === "ArrowUp") setActive(Math.max(current - 1, 0));
          else if (event.key === "Enter") choose(current);
          else return;
          event.preventDefault();
        }}
      />
      <div className="finder-list" id={listId} role="listbox" aria-label="Components">
        {matches.map((match, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox handles the keyboard
          <div
            key={match.entry.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === current}
            data-id={match.entry.id}
            className="finder-option"
            onMouseMove={() => setActive(index)}
            onClick={() => choose(index)}
          >
            <TypeIcon type={match.entry.type} />
            <span className="finder-name">
              <span className="node-type">{match.entry.type}</span>
              <span className="finder-nickname">{match.entry.nickname}</span>
            </span>
            {match.because ? <span className="finder-because mono">{match.because}</span> : null}
            {match.entry.external ? <span className="muted">external</span> : null}
            <DriftTag status={drift.get(match.entry.id)?.status} />
          </div>
        ))}
      </div>
      {matches.length === 0 ? <p className="muted">No component matches “{query}”.</p> : null}
    </Dialog>
  );
}

/** The keyboard follows the choice: to the component's node, once the canvas shows it. */
function focusNodeWhenShown(id: string, tries = 30): void {
  requestAnimationFrame(() => {
    const node = document.querySelector<HTMLElement>(
      `.react-flow__node[data-id="${CSS.escape(id)}"]`,
    );
    if (node) node.focus({ preventScroll: true });
    else if (tries > 0) focusNodeWhenShown(id, tries - 1);
  });
}
