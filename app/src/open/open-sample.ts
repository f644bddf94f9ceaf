import type { FileMap } from "@karma/core";
import { describeError } from "../actions/describe-error.ts";
import { openRepository } from "../actions/open-repository.ts";
import type { Editor } from "../store/editor-context.tsx";
import { loadSample } from "./load-sample.ts";

export const sampleName = "aws-config (sample)";

/** Opens the bundled sample (already being downloaded, when `files` is given). */
export async function openSample(
  editor: Editor,
  files: Promise<FileMap> = loadSample(),
  { unlessOpened = false } = {},
): Promise<void> {
  try {
    const sample = await files;
    if (unlessOpened && editor.store.getState().source !== null) return;
    openRepository(editor.store, sample, { kind: "sample", name: sampleName });
  } catch (error) {
    editor.store.getState().notify({
      tone: "error",
      title: "The bundled sample could not be loaded.",
      lines: [describeError(error), "Use Open to open a folder or a .zip of a config repository."],
    });
  } finally {
    editor.startAutosave();
  }
}
