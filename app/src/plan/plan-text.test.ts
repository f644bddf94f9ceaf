import { setConfigValue } from "@karma/core";
import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { commitFiles } from "../test-support/commit-files.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { planText } from "./plan-text.ts";

function editedSample() {
  const store = createEditorStore();
  store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
  const file = "iac/prod/serverless-site/strall-com/config.json";
  const result = setConfigValue(store.getState().files, file, ["index_document"], "home.html");
  if (!result.ok) throw new Error(result.error);
  commitFiles(store, "Set index_document", result.files);
  return store;
}

describe("the plan as text to copy", () => {
  it("is the markdown comment karma plan prints", () => {
    const markdown = planText(editedSample().getState(), "markdown");
    expect(markdown).toContain("### Karma plan: 0 to create, 1 to update, 0 to delete");
    expect(markdown).toContain("Base: `sample as opened`");
    expect(markdown).toContain('- index_document: "index.html"\n+ index_document: "home.html"');
  });

  it("is the deploy script in order", () => {
    const script = planText(editedSample().getState(), "script");
    expect(script.startsWith("#!/usr/bin/env bash\n")).toBe(true);
    expect(script).toContain("./scripts/deploy.sh serverless-site strall-com\n");
    expect(script).not.toContain("--destroy");
  });
});
