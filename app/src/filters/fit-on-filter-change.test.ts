import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { fitOnFilterChange } from "./fit-on-filter-change.ts";

describe("fitting the view to a filter", () => {
  it("asks for a fit when a filter changes, not when anything else does", () => {
    const store = createEditorStore();
    store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
    const stop = fitOnFilterChange(store);
    const fits = () => store.getState().fitRequest;
    const before = fits();
    store.getState().select("route53-zone/usekarma-dev");
    expect(fits()).toBe(before);
    store.getState().setHiddenTypes(["lambda"]);
    expect(fits()).toBe(before + 1);
    store.getState().setIssueFilter("warnings");
    expect(fits()).toBe(before + 2);
    store.getState().setDriftFilter("drifted");
    expect(fits()).toBe(before + 3);
    stop();
    store.getState().setHiddenTypes([]);
    expect(fits()).toBe(before + 3);
  });
});
