import { setConfigValue } from "@karma/core";
import { describe, expect, it } from "vitest";
import paginated from "../../../packages/core/src/runtime/fixtures/prod-paginated.json?raw";
import { adoptionProblem } from "../commands/adopt-component.ts";
import { createEditorStore } from "../store/create-editor-store.ts";
import { selectChangedFiles, selectGraph } from "../store/selectors.ts";
import { commitFiles } from "../test-support/commit-files.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { adoptUnmanaged } from "./adopt-unmanaged.ts";
import { selectDrift, selectDriftById, selectUnmanaged } from "./drift-selectors.ts";
import { importRuntime } from "./import-runtime.ts";
import { runtimeOutputsOf } from "./runtime-outputs.ts";

function openSample() {
  const store = createEditorStore();
  store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
  return store;
}

const statusOf = (store: ReturnType<typeof openSample>, id: string) =>
  selectDriftById(store.getState()).get(id)?.status;

describe("importing a runtime snapshot", () => {
  it("shows no drift until a snapshot is imported", () => {
    const store = openSample();
    expect(selectDrift(store.getState())).toBeNull();
    expect(selectDriftById(store.getState()).size).toBe(0);
  });

  it("forgets the snapshot when another repository is opened", () => {
    const store = openSample();
    importRuntime(store, paginated, "prod-paginated.json");
    expect(selectDrift(store.getState())).not.toBeNull();
    store.getState().open(sampleFiles(), { kind: "zip", name: "other" });
    expect(selectDrift(store.getState())).toBeNull();
  });

  it("compares the shown environment with a paginated snapshot and lists its problems with file and line", () => {
    const store = openSample();
    importRuntime(store, paginated, "prod-paginated.json");
    expect(statusOf(store, "serverless-api/demo-api")).toBe("drifted");
    expect(statusOf(store, "s3-bucket/karma-api")).toBe("not-deployed");
    expect(statusOf(store, "route53-zone/usekarma-dev")).toBe("in-sync");
    expect(selectUnmanaged(store.getState()).map((c) => c.id)).toEqual([
      "sqs-queue/jobs",
      "vpc/legacy",
    ]);
    const changes = selectDriftById(store.getState()).get("serverless-api/demo-api")?.changes;
    expect(changes?.map((change) => change.path)).toEqual(
      expect.arrayContaining(["stage_name", "tags.Owner", "cors_enabled"]),
    );
    const notice = store.getState().notice;
    expect(notice?.tone).toBe("error");
    expect(notice?.title).toMatch(/^Imported runtime from prod-paginated\.json .*1 drifted/);
    expect(notice?.lines).toEqual(
      expect.arrayContaining([expect.stringMatching(/^prod-paginated\.json:\d+:\d+ .*strall-com/)]),
    );
  });

  it("flags runtime outputs that a dependent reads and the deployed provider lacks", () => {
    const store = openSample();
    importRuntime(store, paginated, "prod-paginated.json");
    const missing = selectDrift(store.getState())?.missingOutputs ?? [];
    expect(
      missing.map(({ dependent, dependency, missing }) => ({ dependent, dependency, missing })),
    ).toContainEqual({
      dependent: "serverless-api/karma-api",
      dependency: "openapi/karma-api",
      missing: ["definition"],
    });
  });

  it("derives drift again after an edit and for the environment shown, without storing it", () => {
    const store = openSample();
    importRuntime(store, paginated, "prod-paginated.json");
    const before = selectDrift(store.getState());
    expect(selectDrift(store.getState())).toBe(before);
    const file = "iac/prod/serverless-api/demo-api/config.json";
    const edited = setConfigValue(store.getState().files, file, ["stage_name"], "v2");
    if (!edited.ok) throw new Error(edited.error);
    commitFiles(store, "Set stage_name", edited.files);
    const paths = selectDriftById(store.getState())
      .get("serverless-api/demo-api")
      ?.changes.map((change) => change.path);
    expect(paths).not.toContain("stage_name");
    expect(paths).toContain("tags.Owner");
    store.getState().setEnv("dev");
    expect(selectDrift(store.getState())?.env).toBe("dev");
  });

  it("flattens runtime outputs: whole, per key and per function", () => {
    const store = openSample();
    const snapshot = importRuntime(store, paginated, "prod-paginated.json");
    const names = (id: string) => runtimeOutputsOf(snapshot.components[id]!).map((o) => o.name);
    expect(names("serverless-api/demo-api")).toContain("api_id");
    expect(names("sqs-queue/jobs")).toEqual(["queue_arn", "queue_url"]);
    expect(names("lambda/demo-api")).toEqual(
      expect.arrayContaining(["functions.echo", "functions.status"]),
    );
  });
});

describe("adopting an unmanaged component", () => {
  it("creates it from its deployed config as one undoable edit", () => {
    const store = openSample();
    importRuntime(store, paginated, "prod-paginated.json");
    expect(adoptUnmanaged(store, "vpc/legacy")).toBeNull();
    const state = store.getState();
    expect(state.past.at(-1)?.label).toBe("Adopt vpc/legacy from runtime");
    expect(JSON.parse(selectChangedFiles(state)["iac/prod/vpc/legacy/config.json"]!)).toEqual({
      cidr: "10.20.0.0/16",
      az_count: 2,
    });
    expect(selectGraph(state).nodes.some((node) => node.id === "vpc/legacy")).toBe(true);
    expect(statusOf(store, "vpc/legacy")).toBe("in-sync");
    expect(state.selection).toBe("vpc/legacy");

    store.getState().undo();
    expect(selectChangedFiles(store.getState())).toEqual({});
    expect(statusOf(store, "vpc/legacy")).toBe("unmanaged");
  });

  it("refuses a component with runtime outputs only", () => {
    const store = openSample();
    importRuntime(store, paginated, "prod-paginated.json");
    expect(adoptionProblem(store.getState(), "sqs-queue/jobs")).toMatch(/no deployed config/);
    expect(adoptUnmanaged(store, "sqs-queue/jobs")).toMatch(/no deployed config/);
    expect(store.getState().past).toHaveLength(0);
  });
});
