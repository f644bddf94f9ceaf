import { type ReactNode, useRef } from "react";
import { describeError } from "../actions/describe-error.ts";
import { useEditorServices } from "../store/editor-context.tsx";
import { HiddenFileInput } from "../ui/hidden-file-input.tsx";
import { addRepository } from "./add-repository.ts";
import { hasDirectoryPicker, isAbort, showDirectoryPicker } from "./file-system-access.ts";
import { readDirectory } from "./read-directory.ts";
import { readFileList } from "./read-file-list.ts";
import type { OpenedFiles } from "./read-repository-file.ts";
import { readZip } from "./read-zip.ts";

/**
 * The Open menu's "Add repository": another repository's folder (directory picker, or a folder
 * input where there is none) or .zip, added beside the opened one. `inputs` are the hidden file
 * inputs, to render where they outlive the menu.
 *
 * @example
 * const adding = useAddRepository(setOpen, setBusy);
 * <button onClick={adding.addZip}>Add repository: zip file…</button>
 */
export function useAddRepository(
  close: (open: false) => void,
  setBusy: (busy: boolean) => void,
): { addFolder(): Promise<void>; addZip(): void; inputs: ReactNode } {
  const editor = useEditorServices();
  const folderInput = useRef<HTMLInputElement>(null);
  const zipInput = useRef<HTMLInputElement>(null);

  async function add(
    name: string,
    read: () => Promise<OpenedFiles>,
    handle: FileSystemDirectoryHandle | null = null,
  ) {
    setBusy(true);
    try {
      if (await addRepository(editor.store, name, read, handle)) editor.startAutosave();
    } finally {
      setBusy(false);
    }
  }

  async function addFolder() {
    close(false);
    if (!hasDirectoryPicker()) {
      folderInput.current?.click();
      return;
    }
    let handle: FileSystemDirectoryHandle;
    try {
      handle = await showDirectoryPicker({ mode: "read", id: "karma-other-repository" });
    } catch (error) {
      if (!isAbort(error)) {
        editor.store.getState().notify({
          tone: "error",
          title: "Could not add the folder.",
          lines: [describeError(error)],
        });
      }
      return;
    }
    await add(handle.name, () => readDirectory(handle), handle);
  }

  const inputs = (
    <>
      <HiddenFileInput
        ref={folderInput}
        // a folder input where the directory picker is missing (Firefox, Safari)
        {...{ webkitdirectory: "", directory: "" }}
        multiple
        data-testid="add-repository-folder"
        onFiles={(list) => {
          const name = list[0]?.webkitRelativePath.split("/")[0] || "folder";
          void add(name, () => readFileList(list));
        }}
      />
      <HiddenFileInput
        ref={zipInput}
        accept=".zip,application/zip"
        data-testid="add-repository-zip"
        onFiles={([file]) => {
          if (!file) return;
          const name = file.name.replace(/\.zip$/i, "");
          void add(name, async () => readZip(new Uint8Array(await file.arrayBuffer())));
        }}
      />
    </>
  );

  return {
    addFolder,
    addZip() {
      close(false);
      zipInput.current?.click();
    },
    inputs,
  };
}
