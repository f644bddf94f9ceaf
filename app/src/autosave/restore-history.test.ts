import { describe, expect, it } from "vitest";
import type { SavedWork } from "../state/editor-state.ts";
import { createEditorStore } from "../store/create-editor-store.ts";
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
    const mark = { env: null, id: null };
    const step = {
      label: "Set a",
      changes: { a: ["1", "2"] },
      selectionBefore: mark,
      selectionAfter: mark,
    };
    const work = saved([step], []);
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
    const mark = { env: null, id: null };
    const ok = {
      label: "ok",
      changes: { a: ["1", "2"] },
      selectionBefore: mark,
      selectionAfter: mark,
    };
    // a step of the older format (a copy of every file) is left out
    const older = { label: "old", files: { a: "1" } };
    restoreHistory(store, saved([null, { label: 3 }, older, ok], "x"));
    expect(store.getState().past).toEqual([ok]);
  });
});
