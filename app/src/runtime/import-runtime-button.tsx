import { useRef } from "react";
import { describeError } from "../actions/describe-error.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { HiddenFileInput } from "../ui/hidden-file-input.tsx";
import { importRuntime } from "./import-runtime.ts";

/**
 * "Import runtime": a snapshot file printed by `aws ssm get-parameters-by-path`; once one is
 * imported, "Clear runtime" forgets it.
 */
export function ImportRuntimeButton() {
  const store = useEditorApi();
  const imported = useEditor((state) => state.snapshot !== null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        title="Import a parameter-store snapshot (aws ssm get-parameters-by-path --recursive --output json) to see drift"
        onClick={() => input.current?.click()}
      >
        <span>Import runtime</span>
      </button>
      {imported ? (
        <button
          type="button"
          className="button"
          title="Forget the imported snapshot: no more drift marks or unmanaged components"
          onClick={() => store.getState().setSnapshot(null)}
        >
          <span>Clear runtime</span>
        </button>
      ) : null}
      <HiddenFileInput
        ref={input}
        accept=".json,application/json,text/plain"
        onFiles={([file]) => {
          if (!file) return;
          file.text().then(
            (text) => importRuntime(store, text, file.name),
            (error: unknown) =>
              store.getState().notify({
                tone: "error",
                title: `Could not read ${file.name}.`,
                lines: [describeError(error)],
              }),
          );
        }}
      />
    </>
  );
}
