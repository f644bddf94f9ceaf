import { afterEach, describe, expect, it } from "vitest";
import type { EditorStore } from "../state/editor-store.ts";
import { createEditorStore } from "./create-editor-store.ts";
import { type PublishedStore, publishedStore } from "./published-store.ts";

const vpc = "iac/dev/vpc/main/config.json";
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("publishedStore", () => {
  let published: PublishedStore | undefined;
  afterEach(() => published?.stop());

  it("publishes a change to the document once each warmer has run in a task of its own", async () => {
    const store = createEditorStore();
    const calls: { step: number; files: unknown }[] = [];
    const steps = [0, 1, 2].map((step) => (state: EditorStore) => {
      calls.push({ step, files: state.files });
      // a warmer runs alone in its task: nothing else of the pipeline ran in this one
      expect(calls.filter((call) => call.step === step)).toHaveLength(1);
    });
    published = publishedStore(store, steps);
    store.getState().open({ [vpc]: "{}\n" }, { kind: "files", name: "test" });
    expect(published.store.getState().files).toEqual({});
    expect(calls).toEqual([]);
    // an edit meanwhile is derived and published in its place: never a state in between
    store.getState().open({ [vpc]: '{"a": 1}\n' }, { kind: "files", name: "test" });
    while (published.store.getState() !== store.getState()) await nextTask();
    expect(calls.map((call) => call.step)).toEqual([0, 1, 2]);
    expect(calls.every((call) => call.files === store.getState().files)).toBe(true);
  });

  it("publishes any other change at once, unless a change to the document is on its way", async () => {
    const store = createEditorStore();
    store.getState().open({ [vpc]: "{}\n" }, { kind: "files", name: "test" });
    published = publishedStore(store, [() => undefined]);
    store.getState().select("vpc/main");
    expect(published.store.getState().selection).toBe("vpc/main");

    store.getState().open({ [vpc]: '{"a": 1}\n' }, { kind: "files", name: "test" });
    store.getState().setTheme("dark");
    expect(published.store.getState().theme).toBe("light");
    while (published.store.getState() !== store.getState()) await nextTask();
    expect(published.store.getState().theme).toBe("dark");
    expect(published.store.getState().files[vpc]).toBe('{"a": 1}\n');
  });

  it("runs a warmer that works in slices one slice a task, then the next warmers", async () => {
    const store = createEditorStore();
    const done: string[] = [];
    // what the microtasks queued by each slice saw: they run between tasks, never mid-task
    const between: string[] = [];
    function* slices() {
      for (const slice of ["a", "b", "c"]) {
        expect(between).toEqual(done);
        done.push(slice);
        queueMicrotask(() => between.push(slice));
        yield;
      }
    }
    published = publishedStore(store, [() => slices(), () => done.push("next")]);
    store.getState().open({ [vpc]: "{}\n" }, { kind: "files", name: "test" });
    expect(done).toEqual([]);
    while (published.store.getState() !== store.getState()) await nextTask();
    expect(done).toEqual(["a", "b", "c", "next"]);
  });

  it("derives new places for the nodes before it publishes them, as a change to the document", async () => {
    const store = createEditorStore();
    store.getState().open({ [vpc]: "{}\n" }, { kind: "files", name: "test" });
    const warmed: unknown[] = [];
    published = publishedStore(store, [(state) => warmed.push(state.placed)]);
    store.getState().place("dev", { "vpc/main": { x: 1, y: 2 } });
    expect(published.store.getState().placed).toEqual({});
    while (published.store.getState() !== store.getState()) await nextTask();
    expect(warmed).toEqual([store.getState().placed]);

    store.getState().setRoutes("dev", {});
    expect(published.store.getState().routes).toEqual({});
    while (published.store.getState() !== store.getState()) await nextTask();
    expect(warmed).toHaveLength(2);
  });

  it("runs a warmer added later after the others, until it is taken out", async () => {
    const store = createEditorStore();
    const order: string[] = [];
    published = publishedStore(store, [() => order.push("store's")]);
    const remove = published.addWarmer(() => order.push("canvas's"));
    store.getState().open({ [vpc]: "{}\n" }, { kind: "files", name: "test" });
    while (published.store.getState() !== store.getState()) await nextTask();
    expect(order).toEqual(["store's", "canvas's"]);

    remove();
    store.getState().open({ [vpc]: '{"a": 1}\n' }, { kind: "files", name: "test" });
    while (published.store.getState() !== store.getState()) await nextTask();
    expect(order).toEqual(["store's", "canvas's", "store's"]);
  });
});
