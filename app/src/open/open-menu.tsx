import { useEffect, useRef, useState } from "react";
import { describeError } from "../actions/describe-error.ts";
import { startExport } from "../actions/export-changes.ts";
import { openRepository, readBeforeOpening } from "../actions/open-repository.ts";
import type { RepositorySource } from "../state/editor-state.ts";
import { useEditor, useEditorServices } from "../store/editor-context.tsx";
import { selectChangedFiles } from "../store/selectors.ts";
import { Dialog } from "../ui/dialog.tsx";
import { HiddenFileInput } from "../ui/hidden-file-input.tsx";
import { OpenIcon } from "../ui/icons.tsx";

import { hasDirectoryPicker, isAbort, showDirectoryPicker } from "./file-system-access.ts";
import { openSample, sampleName } from "./open-sample.ts";
import { readDirectory } from "./read-directory.ts";
import { readFileList } from "./read-file-list.ts";
import type { OpenedFiles } from "./read-repository-file.ts";
import { readZip } from "./read-zip.ts";
import { useAddRepository } from "./use-add-repository.tsx";

/**
 * "Open": a folder (picker or folder input), a .zip, or the bundled sample; and, once one is
 * open, "Add repository": another folder or .zip beside it, in one workspace.
 */
export function OpenMenu() {
  const editor = useEditorServices();
  const { store } = editor;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const unexported = useEditor((state) => Object.keys(selectChangedFiles(state)).length);
  const hasRepository = useEditor((state) => state.source !== null);
  const menu = useRef<HTMLDivElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const zipInput = useRef<HTMLInputElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>("[role=menuitem]")?.focus();
    const close = (event: PointerEvent) => {
      if (!menu.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);

  async function run(what: string, read: () => Promise<OpenedFiles>, source: RepositorySource) {
    setOpen(false);
    setBusy(true);
    try {
      const { files, notRead } = await read();
      const opened = { ...source, notRead };
      await readBeforeOpening(files, opened);
      openRepository(store, files, opened, { requireConfig: true });
      editor.startAutosave();
    } catch (error) {
      if (!isAbort(error)) {
        store.getState().notify({
          tone: "error",
          title: `Could not open ${what}; the open repository is unchanged.`,
          lines: [describeError(error)],
        });
      }
    } finally {
      setBusy(false);
    }
  }

  // unexported work is never replaced without asking: the choice waits here
  const [pending, setPending] = useState<(() => void) | null>(null);
  const guard = (action: () => void) => () => {
    setOpen(false);
    if (unexported > 0) setPending(() => action);
    else action();
  };

  async function openFolder() {
    if (!hasDirectoryPicker()) {
      setOpen(false);
      folderInput.current?.click();
      return;
    }
    let handle: FileSystemDirectoryHandle;
    try {
      handle = await showDirectoryPicker({ mode: "read", id: "karma-repository" });
    } catch (error) {
      if (!isAbort(error)) {
        store.getState().notify({
          tone: "error",
          title: "Could not open the folder.",
          lines: [describeError(error)],
        });
      }
      setOpen(false);
      return;
    }
    await run(handle.name, () => readDirectory(handle), {
      kind: "folder",
      name: handle.name,
      handle,
    });
  }

  const adding = useAddRepository(setOpen, setBusy);

  return (
    <div className="menu-anchor">
      <button
        ref={openButton}
        type="button"
        className="button"
        aria-label="Open"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy}
        onClick={() => setOpen((value) => !value)}
      >
        <OpenIcon />
        <span>Open</span>
      </button>
      {open ? (
        <div
          ref={menu}
          className="menu"
          role="menu"
          aria-label="Open a repository"
          onKeyDown={(event) => {
            if (event.key === "Escape") setOpen(false);
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              event.preventDefault();
              const items = [
                ...(menu.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]") ?? []),
              ];
              const index = items.indexOf(document.activeElement as HTMLButtonElement);
              const step = event.key === "ArrowDown" ? 1 : -1;
              items[(index + step + items.length) % items.length]?.focus();
            }
          }}
        >
          <button type="button" role="menuitem" onClick={guard(() => void openFolder())}>
            <strong>Folder…</strong>
            <span className="menu-item-hint">A config repository on this computer</span>
          </button>
          <button type="button" role="menuitem" onClick={guard(() => zipInput.current?.click())}>
            <strong>Zip file…</strong>
            <span className="menu-item-hint">
              A .zip of a repository (e.g. downloaded from GitHub)
            </span>
          </button>
          <button type="button" role="menuitem" onClick={guard(() => void openSample(editor))}>
            <strong>Sample repository</strong>
            <span className="menu-item-hint">{sampleName}</span>
          </button>
          {hasRepository ? (
            <>
              <button type="button" role="menuitem" onClick={() => void adding.addFolder()}>
                <strong>Add repository: folder…</strong>
                <span className="menu-item-hint">
                  Another repository beside this one: references resolve across them
                </span>
              </button>
              <button type="button" role="menuitem" onClick={adding.addZip}>
                <strong>Add repository: zip file…</strong>
                <span className="menu-item-hint">A .zip of another repository</span>
              </button>
            </>
          ) : null}
          {unexported > 0 ? (
            <p className="menu-note" role="note">
              Opening replaces the current repository: {unexported} changed file
              {unexported === 1 ? " is" : "s are"} not exported yet.
            </p>
          ) : null}
        </div>
      ) : null}
      {pending ? (
        <Dialog
          title="Open another repository?"
          onClose={() => setPending(null)}
          testId="replace-work-dialog"
          returnFocus={() => openButton.current}
          actions={
            <>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setPending(null);
                  startExport(store);
                }}
              >
                Export first
              </button>
              <button
                type="button"
                className="button button-danger"
                onClick={() => {
                  const action = pending;
                  setPending(null);
                  action();
                }}
              >
                Discard changes and open
              </button>
              <button
                type="button"
                className="button button-primary"
                data-autofocus
                onClick={() => setPending(null)}
              >
                Keep working
              </button>
            </>
          }
        >
          <p>
            {unexported} changed file{unexported === 1 ? " is" : "s are"} not exported yet. Opening
            another repository replaces {unexported === 1 ? "it" : "them"} in this browser.
          </p>
        </Dialog>
      ) : null}
      <HiddenFileInput
        ref={folderInput}
        // a folder input where the directory picker is missing (Firefox, Safari)
        {...{ webkitdirectory: "", directory: "" }}
        multiple
        onFiles={(list) => {
          const name = list[0]?.webkitRelativePath.split("/")[0] || "folder";
          void run(name, () => readFileList(list), { kind: "folder", name, handle: null });
        }}
      />
      {adding.inputs}
      <HiddenFileInput
        ref={zipInput}
        accept=".zip,application/zip"
        onFiles={([file]) => {
          if (!file) return;
          void run(file.name, async () => readZip(new Uint8Array(await file.arrayBuffer())), {
            kind: "zip",
            name: file.name.replace(/\.zip$/i, ""),
          });
        }}
      />
    </div>
  );
}
