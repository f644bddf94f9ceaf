import { describe, expect, it } from "vitest";
import { runCommand } from "../commands/run-command.ts";
import { setFieldCommand } from "../commands/set-field.ts";
import { createEditorStore } from "../store/create-editor-store.ts";
import { sampleFiles } from "../test-support/sample-files.ts";

const id = "serverless-site/strall-com";
const edit = { env: "prod", id, path: ["cloudfront_comment"], value: "New comment" };
const commit = { sha: "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d", subject: "Add the network" };

function opened() {
  const store = createEditorStore();
  store.getState().open(sampleFiles(), { kind: "files", name: "test" });
  store.getState().setEnv("prod");
  return store;
}

describe("the document while the timeline shows a commit", () => {
  it("refuses every command, saying why, and leaves the files and the history alone", () => {
    const store = opened();
    runCommand(store, setFieldCommand, edit);
    const { files, past } = store.getState();
    store.getState().setShownCommit(commit);
    const outcome = runCommand(store, setFieldCommand, { ...edit, value: "Another" });
    expect(outcome).toEqual({
      ok: false,
      error: "The timeline shows 1a2b3c4, read-only: go back to now to edit.",
    });
    expect(store.getState().notice?.title).toBe(`Can't set cloudfront_comment of ${id}.`);
    expect(store.getState().files).toBe(files);
    expect(store.getState().past).toBe(past);
  });

  it("does not move through its history, and does again once back to now", () => {
    const store = opened();
    runCommand(store, setFieldCommand, edit);
    const files = store.getState().files;
    store.getState().setShownCommit(commit);
    store.getState().undo();
    store.getState().jumpTo(0);
    expect(store.getState().files).toBe(files);
    expect(store.getState().past).toHaveLength(1);

    store.getState().setShownCommit(null);
    store.getState().undo();
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().future).toHaveLength(1);
  });

  it("shows no commit once the timeline closes or another repository opens", () => {
    const store = opened();
    store.getState().setTimelineOpen(true);
    store.getState().setShownCommit(commit);
    store.getState().setTimelineOpen(false);
    expect(store.getState().shownCommit).toBeNull();

    store.getState().setTimelineOpen(true);
    store.getState().setShownCommit(commit);
    store.getState().open(sampleFiles(), { kind: "files", name: "another" });
    expect(store.getState()).toMatchObject({ timelineOpen: false, shownCommit: null });
  });
});
