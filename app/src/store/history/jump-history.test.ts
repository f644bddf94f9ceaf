import { describe, expect, it } from "vitest";
import { commitFiles } from "../../test-support/commit-files.ts";
import { createEditorStore } from "../create-editor-store.ts";

const source = { kind: "files", name: "test" } as const;

/** A store with three steps done, each adding one file. */
function storeWithSteps() {
  const store = createEditorStore();
  store.getState().open({ a: "1" }, source);
  commitFiles(store, "Add b", { a: "1", b: "2" });
  commitFiles(store, "Add c", { a: "1", b: "2", c: "3" });
  commitFiles(store, "Add d", { a: "1", b: "2", c: "3", d: "4" });
  return store;
}

describe("jumpTo", () => {
  it("goes back several steps at once, as the same number of undos would", () => {
    const jumped = storeWithSteps();
    jumped.getState().jumpTo(1);
    const undone = storeWithSteps();
    undone.getState().undo();
    undone.getState().undo();
    expect(jumped.getState().files).toEqual({ a: "1", b: "2" });
    expect(jumped.getState().past).toEqual(undone.getState().past);
    expect(jumped.getState().future).toEqual(undone.getState().future);
  });

  it("goes forward again through the undone steps, and redo continues from there", () => {
    const store = storeWithSteps();
    store.getState().jumpTo(0);
    expect(store.getState().files).toEqual({ a: "1" });
    store.getState().jumpTo(2);
    expect(store.getState().files).toEqual({ a: "1", b: "2", c: "3" });
    expect(store.getState().past.map((step) => step.label)).toEqual(["Add b", "Add c"]);
    store.getState().redo();
    expect(store.getState().files).toEqual({ a: "1", b: "2", c: "3", d: "4" });
    expect(store.getState().future).toEqual([]);
  });

  it("does nothing when jumping to where the history is", () => {
    const store = storeWithSteps();
    const before = store.getState();
    store.getState().jumpTo(3);
    expect(store.getState()).toBe(before);
  });
});
