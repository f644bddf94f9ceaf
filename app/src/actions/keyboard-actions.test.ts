import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import type { Editor } from "../store/editor-context.tsx";
import { selectChangedFiles, selectShownPositions } from "../store/selectors.ts";
import { applySelectionChanges } from "./apply-selection-changes.ts";
import {
  clearSelectionAction,
  duplicateAction,
  nudgeAction,
  selectAllAction,
} from "./keyboard-actions.ts";

const vpc = "iac/dev/vpc/main/config.json";
const layout = ".karma/layout/dev.json";

function editor(): Editor {
  const store = createEditorStore();
  store.getState().open(
    {
      [vpc]: '{\n    "cidr_block": "10.0.0.0/16"\n}\n',
      "iac/dev/s3-bucket/logs/config.json": '{ "bucket_name": "logs" }\n',
      [layout]: `${JSON.stringify({ "s3-bucket/logs": { x: 300, y: 0 }, "vpc/main": { x: 0, y: 0 } }, null, 2)}\n`,
    },
    { kind: "files", name: "test" },
  );
  return {
    store,
    published: store,
    addWarmer: () => () => undefined,
    layout: undefined as never,
    startAutosave: () => undefined,
  };
}

function key(init: KeyboardEventInit): KeyboardEvent {
  return {
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...init,
  } as KeyboardEvent;
}

describe("keyboard actions", () => {
  it("select all, then Escape clears", () => {
    const e = editor();
    selectAllAction.perform(e);
    expect(e.store.getState().selection).toBe("s3-bucket/logs");
    expect(e.store.getState().alsoSelected).toEqual(["vpc/main"]);
    clearSelectionAction.perform(e);
    expect(e.store.getState().selection).toBeNull();
    expect(e.store.getState().alsoSelected).toEqual([]);
  });

  it("nudges every selected component as one step, further with Shift", () => {
    const e = editor();
    applySelectionChanges(e.store, [
      { id: "vpc/main", selected: true },
      { id: "s3-bucket/logs", selected: true },
    ]);
    expect(nudgeAction.matches?.(key({ key: "ArrowRight" }))).toBe(true);
    nudgeAction.perform(e, key({ key: "ArrowRight" }));
    nudgeAction.perform(e, key({ key: "ArrowDown", shiftKey: true }));
    const state = e.store.getState();
    expect(selectShownPositions(state)["vpc/main"]).toEqual({ x: 5, y: 20 });
    expect(selectShownPositions(state)["s3-bucket/logs"]).toEqual({ x: 305, y: 20 });
    expect(state.past.map((step) => step.label)).toEqual([
      "Move 2 components",
      "Move 2 components",
    ]);
  });

  it("duplicates the selected component with a new nickname and the same config", () => {
    const e = editor();
    e.store.getState().select("vpc/main");
    expect(duplicateAction.matches?.(key({ key: "d", ctrlKey: true }))).toBe(true);
    duplicateAction.perform(e);
    const state = e.store.getState();
    expect(state.past.map((step) => step.label)).toEqual(["Duplicate vpc/main as vpc/main-1"]);
    expect(state.selection).toBe("vpc/main-1");
    const changed = selectChangedFiles(state);
    // the copy is the original's text, formatting included
    expect(changed["iac/dev/vpc/main-1/config.json"]).toBe(
      state.files["iac/dev/vpc/main/config.json"],
    );
    expect(JSON.parse(changed[layout]!)["vpc/main-1"]).toEqual({ x: 40, y: 40 });
    duplicateAction.perform(e);
    expect(e.store.getState().selection).toBe("vpc/main-2");
  });
});
