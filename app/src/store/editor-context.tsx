import { createContext, type ReactNode, useContext } from "react";
import { useStore } from "zustand";
import type { StoreApi } from "zustand/vanilla";
import type { LayoutService } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";

/** One editor: its store and the services that act on it. */
export interface Editor {
  store: StoreApi<EditorStore>;
  layout: LayoutService;
  /** Starts keeping the work in IndexedDB (idempotent). */
  startAutosave(): void;
}

const EditorContext = createContext<Editor | null>(null);

export function EditorProvider({ editor, children }: { editor: Editor; children: ReactNode }) {
  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}

export function useEditorServices(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error("editor hooks must be used inside <EditorProvider>");
  return editor;
}

/** The editor store, for actions and reads outside rendering. */
export function useEditorApi(): StoreApi<EditorStore> {
  return useEditorServices().store;
}

/**
 * Subscribes to part of the editor state.
 *
 * @example
 * const env = useEditor((state) => state.env);
 */
export function useEditor<T>(selector: (state: EditorStore) => T): T {
  return useStore(useEditorApi(), selector);
}
