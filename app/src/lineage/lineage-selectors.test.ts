import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { edgeLineage, nodeLineage, selectLineage } from "./lineage-selectors.ts";

function sample() {
  const store = createEditorStore();
  store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
  return store;
}

describe("lineage of the selection", () => {
  it("is absent while nothing is selected", () => {
    const state = sample().getState();
    expect(selectLineage(state)).toBeNull();
    expect(nodeLineage(state, "serverless-api/demo-api")).toBeNull();
    expect(edgeLineage(state, "serverless-api/demo-api", "route53-zone/usekarma-dev")).toBeNull();
  });

  it("marks the zone's users downstream and their edges downstream", () => {
    const store = sample();
    store.getState().select("route53-zone/usekarma-dev");
    const state = store.getState();
    expect(nodeLineage(state, "route53-zone/usekarma-dev")).toBe("self");
    for (const id of [
      "serverless-api/demo-api",
      "serverless-api/karma-api",
      "serverless-site/adage-usekarma-dev",
      "serverless-site/usekarma-dev",
    ]) {
      expect(nodeLineage(state, id)).toBe("downstream");
      expect(edgeLineage(state, id, "route53-zone/usekarma-dev")).toBe("downstream");
    }
    expect(nodeLineage(state, "s3-bucket/demo-api")).toBe("none");
    expect(edgeLineage(state, "serverless-api/demo-api", "openapi/demo-api")).toBe("none");
  });

  it("marks what an API reads upstream, once per selection", () => {
    const store = sample();
    store.getState().select("serverless-api/demo-api");
    const state = store.getState();
    expect(nodeLineage(state, "openapi/demo-api")).toBe("upstream");
    expect(edgeLineage(state, "serverless-api/demo-api", "openapi/demo-api")).toBe("upstream");
    expect(selectLineage(store.getState())).toBe(selectLineage(state));
  });
});
