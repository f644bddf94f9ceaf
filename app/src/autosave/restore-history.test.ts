import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import type { SavedWork } from "../store/editor-state.ts";
import { restoreHistory } from "./restore-history.ts";

const source = { kind: "files", name: "test" } as const;

function saved(past: unknown, future: unknown): SavedWork {
  return {
    files: { a: "2" },
    baseline: { a: "1" },
    source,
    env: null,
    savedAt: 0,
    past: past as SavedWork["past"],
    future: future as SavedWork["future"],
  };
}

describe("restoreHistory", () => {
  it("puts back the saved steps, so undo walks back to the opened files", () => {
    const store = createEditorStore();
    const work = saved([{ label: "Set a", files: { a: "1" } }], []);
    store.getState().open(work.files, source, work.baseline);
    restoreHistory(store, work);
    store.getState().undo();
    expect(store.getState().files).toEqual({ a: "1" });
    expect(store.getState().future.map((step) => step.label)).toEqual(["Set a"]);
  });

  it("keeps no history from work saved without it, and drops unreadable steps", () => {
    const store = createEditorStore();
    store.getState().open({ a: "2" }, source, { a: "1" });
    restoreHistory(store, saved(undefined, undefined));
    expect(store.getState().past).toEqual([]);
    restoreHistory(store, saved([null, { label: 3 }, { label: "ok", files: { a: "1" } }], "x"));
    expect(store.getState().past).toEqual([{ label: "ok", files: { a: "1" } }]);
  });
});
