import { describe, expect, it } from "vitest";
import { sampleFiles } from "../test-support/sample-files.ts";
import { createEditorStore } from "./create-editor-store.ts";
import {
  selectCanvasGraph,
  selectChangedFiles,
  selectEditPlan,
  selectIssues,
  selectNodeViews,
  selectPlan,
} from "./selectors.ts";

const zone = "route53-zone/strall-com";
const zoneFile = `iac/prod/${zone}/config.json`;
const bucket = "s3-bucket/demo-api";
const gone = "lambda/retired";
const goneFile = `iac/prod/${gone}/config.json`;

/** The sample opened, and an older commit of it: the zone without its comment, no bucket, one lambda more. */
function openWithOlderCommit() {
  const store = createEditorStore();
  store.getState().open(sampleFiles(), { kind: "served", name: "sample", root: "/repo" });
  const older = { ...sampleFiles() };
  const zoneConfig = JSON.parse(older[zoneFile]!);
  older[zoneFile] = `${JSON.stringify({ ...zoneConfig, comment: "before" }, null, 2)}\n`;
  delete older[`iac/prod/${bucket}/config.json`];
  older[goneFile] = `${JSON.stringify({ functions: {} }, null, 2)}\n`;
  return { store, older };
}

const actionOf = (plan: ReturnType<typeof selectPlan>, id: string) =>
  plan.actions.find((action) => action.component === id && action.env === "prod")?.action;

describe("comparing with a commit", () => {
  it("plans since the commit: marks, ghosts and the plan, while what Save writes stays the edits", () => {
    const { store, older } = openWithOlderCommit();
    const issues = selectIssues(store.getState());
    store.getState().setCompareBase({ ref: "HEAD~2", commit: "a".repeat(40), files: older });
    const state = store.getState();

    const plan = selectPlan(state);
    expect(actionOf(plan, zone)).toBe("update");
    expect(actionOf(plan, bucket)).toBe("create");
    expect(actionOf(plan, gone)).toBe("delete");
    expect(selectNodeViews(state).get(zone)?.plan).toBe("update");
    expect(selectNodeViews(state).get(bucket)?.plan).toBe("create");
    expect(selectCanvasGraph(state).nodes.map((node) => node.id)).toContain(gone);

    expect(selectEditPlan(state).summary).toMatchObject({ create: 0, update: 0, delete: 0 });
    expect(selectChangedFiles(state)).toEqual({});
    expect(selectIssues(state)).toBe(issues);
    // the same answer while nothing changes: subscribers do not render again
    expect(selectPlan(store.getState())).toBe(plan);
  });

  it("goes back to the opened files with null, and when another repository is opened", () => {
    const { store, older } = openWithOlderCommit();
    const base = { ref: "main", commit: "b".repeat(40), files: older };
    store.getState().setCompareBase(base);
    store.getState().setCompareBase(null);
    expect(selectPlan(store.getState())).toBe(selectEditPlan(store.getState()));
    expect(actionOf(selectPlan(store.getState()), zone)).toBe("no-op");

    store.getState().setCompareBase(base);
    store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
    expect(store.getState().compareBase).toBeNull();
  });
});
