import { builtinCatalog, loadCatalog } from "@karma/core";
import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { selectChangedFiles, selectIssues } from "../store/selectors.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { addFromPalette } from "./add-component.ts";
import { paletteGroups } from "./palette-entries.ts";

const queue = JSON.stringify({
  type: "my-queue",
  title: "Queue",
  category: "messaging",
  description: "A queue of the team's own.",
  fields: {},
});

describe("paletteGroups", () => {
  it("lists every built-in type by category", () => {
    const groups = paletteGroups(builtinCatalog(), "");
    const types = groups.flatMap((group) => group.entries.map((entry) => entry.type));
    expect(types.sort()).toEqual([...builtinCatalog().types.keys()].sort());
    expect(
      groups.find((group) => group.category === "network")?.entries.map((e) => e.type),
    ).toContain("vpc");
  });

  it("includes the repository's own types, marked as such, and filters by words", () => {
    const { catalog } = loadCatalog({ ".karma/types/my-queue.json": queue });
    const groups = paletteGroups(catalog, "QUEUE team");
    expect(groups).toEqual([
      {
        category: "messaging",
        entries: [
          {
            type: "my-queue",
            title: "Queue",
            description: "A queue of the team's own.",
            custom: true,
          },
        ],
      },
    ]);
    expect(paletteGroups(catalog, "no such thing")).toEqual([]);
  });
});

describe("addFromPalette", () => {
  function devOnly() {
    const store = createEditorStore();
    const account = "account_environments/usekarma-dev-dev.json";
    store.getState().open({ [account]: sampleFiles()[account]! }, { kind: "files", name: "dev" });
    return store;
  }

  it("adds a component with a unique nickname and its position, as one undo step", () => {
    const store = devOnly();
    expect(addFromPalette(store, "vpc", { x: 10, y: 20 })).toBe("vpc/vpc-1");
    expect(addFromPalette(store, "vpc", { x: 300, y: 20 })).toBe("vpc/vpc-2");
    const state = store.getState();
    expect(state.selection).toBe("vpc/vpc-2");
    expect(state.past.map((step) => step.label)).toEqual(["Add vpc/vpc-1", "Add vpc/vpc-2"]);
    expect(JSON.parse(selectChangedFiles(state)[".karma/layout/dev.json"]!)).toEqual({
      "vpc/vpc-1": { x: 10, y: 20 },
      "vpc/vpc-2": { x: 300, y: 20 },
    });
    state.undo();
    state.undo();
    expect(selectChangedFiles(store.getState())).toEqual({});
  });

  it("leaves required keys without a default to validation", () => {
    const store = devOnly();
    addFromPalette(store, "ecs-cluster", { x: 0, y: 0 });
    const file = "iac/dev/ecs-cluster/ecs-cluster-1/config.json";
    expect(store.getState().files[file]).toBe("{}\n");
    const issue = selectIssues(store.getState()).find((candidate) => candidate.file === file);
    expect(issue?.severity).toBe("error");
    expect(issue?.path).toBe("vpc_nickname");
  });
});
