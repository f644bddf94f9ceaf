import { parseLayoutFile } from "@karma/core";
import { describe, expect, it } from "vitest";
import { runCommand } from "../commands/run-command.ts";
import { autoLayoutCommand, moveCommand } from "../commands/save-positions.ts";
import { commitFiles } from "../test-support/commit-files.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { createEditorStore } from "./create-editor-store.ts";
import {
  selectChangedFiles,
  selectGraph,
  selectNodeViews,
  selectShownPositions,
} from "./selectors.ts";

const layoutFile = ".karma/layout/prod.json";
const source = { kind: "sample", name: "sample" } as const;

function openSample() {
  const store = createEditorStore();
  store.getState().open(sampleFiles(), source);
  return store;
}

describe("the editor store", () => {
  it("opens on the environment with the most components, with nothing to export", () => {
    const store = openSample();
    expect(store.getState().env).toBe("prod");
    expect(selectGraph(store.getState()).nodes.filter((node) => !node.external)).toHaveLength(11);
    expect(selectChangedFiles(store.getState())).toEqual({});
  });

  it("is a fresh store per call", () => {
    const a = openSample();
    const b = createEditorStore();
    a.getState().setEnv("dev");
    expect(b.getState().env).toBeNull();
    expect(b.getState().files).toEqual({});
  });

  it("shows a drag live and saves it to the layout file when it ends, as one undo step", () => {
    const store = openSample();
    store.getState().place("prod", {
      "route53-zone/strall-com": { x: 0, y: 0 },
      "serverless-site/strall-com": { x: 300, y: 0 },
    });
    store.getState().dragTo({ "route53-zone/strall-com": { x: 10, y: 20 } });
    expect(selectShownPositions(store.getState())["route53-zone/strall-com"]).toEqual({
      x: 10,
      y: 20,
    });
    expect(selectChangedFiles(store.getState())).toEqual({});

    runCommand(store, moveCommand, {
      env: "prod",
      positions: { "route53-zone/strall-com": { x: 40.4, y: 60 } },
    });
    store.getState().endDrag();
    const text = store.getState().files[layoutFile]!;
    expect(parseLayoutFile(layoutFile, text).positions).toEqual({
      "route53-zone/strall-com": { x: 40, y: 60 },
      "serverless-site/strall-com": { x: 300, y: 0 },
    });
    expect(Object.keys(selectChangedFiles(store.getState()))).toEqual([layoutFile]);
    expect(store.getState().dragging).toBeNull();
    expect(store.getState().past).toHaveLength(1);

    store.getState().undo();
    expect(selectChangedFiles(store.getState())).toEqual({});
    expect(selectShownPositions(store.getState())["route53-zone/strall-com"]).toEqual({
      x: 0,
      y: 0,
    });
    store.getState().redo();
    expect(store.getState().files[layoutFile]).toBe(text);
  });

  it("replaces the shown positions on auto layout and records nothing when nothing moves", () => {
    const store = openSample();
    runCommand(store, moveCommand, {
      env: "prod",
      positions: { "lambda/demo-api": { x: 1, y: 1 } },
    });
    runCommand(store, autoLayoutCommand, {
      env: "prod",
      positions: { "s3-bucket/demo-api": { x: 5, y: 5 } },
    });
    const positions = parseLayoutFile(layoutFile, store.getState().files[layoutFile]!).positions;
    expect(positions).toEqual({
      "lambda/demo-api": { x: 1, y: 1 },
      "s3-bucket/demo-api": { x: 5, y: 5 },
    });
    const steps = store.getState().past.length;
    runCommand(store, autoLayoutCommand, {
      env: "prod",
      positions: { "s3-bucket/demo-api": { x: 5, y: 5 } },
    });
    expect(store.getState().past).toHaveLength(steps);
  });

  it("gives each node its issue count and plan status, the same views whatever is selected", () => {
    const store = openSample();
    const views = selectNodeViews(store.getState());
    expect(views.get("serverless-api/demo-api")).toMatchObject({
      warnings: 1,
      errors: 0,
      plan: "none",
    });
    store.getState().select("route53-zone/usekarma-dev");
    expect(selectNodeViews(store.getState())).toBe(views);
  });

  it("marks an edited component for update in the plan", () => {
    const store = openSample();
    const path = "iac/prod/s3-bucket/demo-api/config.json";
    const files = store.getState().files;
    commitFiles(store, "Edit", {
      ...files,
      [path]: files[path]!.replace('"versioning": true', '"versioning": false'),
    });
    expect(selectNodeViews(store.getState()).get("s3-bucket/demo-api")!.plan).toBe("update");
    expect(selectNodeViews(store.getState()).get("s3-bucket/karma-api")!.plan).toBe("none");
  });

  it("keeps node views (and so node cards) unchanged while a node is dragged", () => {
    const store = openSample();
    const views = selectNodeViews(store.getState());
    store.getState().dragTo({ "lambda/demo-api": { x: 3, y: 4 } });
    runCommand(store, moveCommand, {
      env: "prod",
      positions: { "lambda/demo-api": { x: 3, y: 4 } },
    });
    expect(selectNodeViews(store.getState())).toBe(views);
  });
});
