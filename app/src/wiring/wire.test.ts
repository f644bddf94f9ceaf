import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { selectChangedFiles, selectGraph } from "../store/selectors.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import {
  checkConnection,
  edgeId,
  edgesOf,
  makeConnection,
  orientConnection,
  removeConnections,
} from "./wire.ts";

const cluster = "iac/prod/ecs-cluster/core/config.json";

function store() {
  const editor = createEditorStore();
  editor.getState().open(
    {
      ...sampleFiles(),
      "iac/prod/vpc/core/config.json": "{}\n",
      [cluster]: '{\n  "cluster_name": "core"\n}\n',
    },
    { kind: "files", name: "sample" },
  );
  editor.getState().setEnv("prod");
  return editor;
}

describe("wiring on the canvas", () => {
  it("writes the reference as one step labelled in words, and Delete on the edge clears it", () => {
    const editor = store();
    expect(makeConnection(editor, "ecs-cluster/core", "vpc/core")).toBeNull();
    const state = editor.getState();
    expect(state.past.at(-1)?.label).toBe("Connect ecs-cluster/core → vpc/core (vpc_nickname)");
    expect(JSON.parse(state.files[cluster]!).vpc_nickname).toBe("core");

    const edge = selectGraph(state).edges.find((e) => e.dependent === "ecs-cluster/core")!;
    expect(edgesOf(state, [edgeId(edge)])).toEqual([edge]);
    removeConnections(editor, [edge]);
    expect(editor.getState().past.at(-1)?.label).toBe(
      "Disconnect ecs-cluster/core → vpc/core (vpc_nickname)",
    );
    // back to the text as opened
    expect(selectChangedFiles(editor.getState())).toEqual({});
  });

  it("refuses a provider the dependent cannot read, changing nothing", () => {
    const editor = store();
    const before = editor.getState().files;
    expect(makeConnection(editor, "ecs-cluster/core", "s3-bucket/demo-api")).toBe(
      "ecs-cluster reads vpc (vpc_nickname); not s3-bucket.",
    );
    expect(editor.getState().files).toBe(before);
    expect(checkConnection(editor.getState(), "ecs-cluster/core", "s3-bucket/demo-api")).toBe(
      checkConnection(editor.getState(), "ecs-cluster/core", "s3-bucket/demo-api"),
    );
  });

  it("asks which key to write when several fit, then writes the chosen one", () => {
    const editor = store();
    expect(makeConnection(editor, "lambda/demo-api", "vpc/core")).toBeNull();
    const pending = editor.getState().pendingConnection!;
    expect(editor.getState().past).toEqual([]);
    expect(pending.slots.map((slot) => slot.key)).toContain("functions.time.vpc_nickname");
    const slot = pending.slots.find((s) => s.key === "functions.time.vpc_nickname")!;
    expect(makeConnection(editor, "lambda/demo-api", "vpc/core", slot)).toBeNull();
    expect(editor.getState().past.at(-1)?.label).toBe(
      "Connect lambda/demo-api → vpc/core (functions.time.vpc_nickname)",
    );
  });

  it("turns a connection dragged the other way round when only that way is allowed", () => {
    const state = store().getState();
    // dragged as "the vpc depends on the cluster": only the reverse is possible
    const oriented = orientConnection(state, "vpc/core", "ecs-cluster/core");
    expect([oriented.dependent, oriented.provider, oriented.checked.ok]).toEqual([
      "ecs-cluster/core",
      "vpc/core",
      true,
    ]);
    // refused both ways: kept as dragged, with the reason for that direction
    const refused = orientConnection(state, "ecs-cluster/core", "s3-bucket/demo-api");
    expect([refused.dependent, refused.provider]).toEqual([
      "ecs-cluster/core",
      "s3-bucket/demo-api",
    ]);
    expect(refused.checked).toEqual({
      ok: false,
      reason: "ecs-cluster reads vpc (vpc_nickname); not s3-bucket.",
    });
  });
});
