import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { runCommand } from "./run-command.ts";
import { setConfigTextCommand } from "./set-config-text.ts";
import { setFieldCommand } from "./set-field.ts";

const file = "iac/prod/serverless-site/strall-com/config.json";
const id = "serverless-site/strall-com";

function opened(files = sampleFiles()) {
  const store = createEditorStore();
  store.getState().open(files, { kind: "files", name: "test" });
  store.getState().setEnv("prod");
  return store;
}

function changedLines(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b).toHaveLength(a.length);
  return b.filter((line, index) => line !== a[index]);
}

describe("the set-field command", () => {
  it("changes exactly one line of one file, as one step in words", () => {
    const store = opened();
    const before = store.getState().files;
    const args = { env: "prod", id, path: ["cloudfront_comment"], value: "New comment" };
    expect(runCommand(store, setFieldCommand, args)).toEqual({ ok: true, changed: true });
    const { files, past } = store.getState();
    expect(past.map((step) => step.label)).toEqual([`Set cloudfront_comment of ${id}`]);
    expect(Object.keys(past[0]!.changes)).toEqual([file]);
    for (const path of Object.keys(before))
      if (path !== file) expect(files[path]).toBe(before[path]);
    expect(changedLines(before[file]!, files[file]!)).toEqual([
      '  "cloudfront_comment": "New comment",',
    ]);
  });

  it("removes a key when given undefined, and edits nested entries", () => {
    const store = opened();
    const before = store.getState().files[file]!;
    runCommand(store, setFieldCommand, {
      env: "prod",
      id,
      path: ["index_document"],
      value: undefined,
    });
    expect(store.getState().past.at(-1)?.label).toBe(`Remove index_document of ${id}`);
    expect(store.getState().files[file]).not.toMatch(/index_document/);
    store.getState().undo();
    runCommand(store, setFieldCommand, { env: "prod", id, path: ["tags", "Owner"], value: "ops" });
    expect(changedLines(before, store.getState().files[file]!)).toEqual(['    "Owner": "ops"']);
  });

  it("is refused on a file that does not parse, changing nothing and saying why", () => {
    const store = opened({ ...sampleFiles(), [file]: "{ broken" });
    const outcome = runCommand(store, setFieldCommand, {
      env: "prod",
      id,
      path: ["site_name"],
      value: "x",
    });
    expect(outcome).toMatchObject({ ok: false });
    expect(store.getState().past).toEqual([]);
    expect(store.getState().notice).toMatchObject({
      tone: "error",
      title: `Can't set site_name of ${id}.`,
    });
  });
});

describe("the set-config-text command", () => {
  it("records nothing when the text is unchanged, one step when it changes", () => {
    const store = opened();
    const text = store.getState().files[file]!;
    expect(runCommand(store, setConfigTextCommand, { env: "prod", id, text })).toEqual({
      ok: true,
      changed: false,
    });
    runCommand(store, setConfigTextCommand, { env: "prod", id, text: "{}" });
    expect(store.getState().files[file]).toBe("{}");
    expect(store.getState().past.map((step) => step.label)).toEqual([`Edit JSON of ${id}`]);
  });
});
