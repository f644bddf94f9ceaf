import { createContext, type ReactNode, useContext } from "react";
import { useStore } from "zustand";
import type { StoreApi } from "zustand/vanilla";
import type { LayoutService } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";
import type { Warmer } from "./published-store.ts";

/** One editor: its store and the services that act on it. */
export interface Editor {
  store: StoreApi<EditorStore>;
  /** The store's state as drawn: published once what it derives is ready (published-store.ts). */
  published: StoreApi<EditorStore>;
  /** Adds what to derive before a state is drawn; returns how to take it out (published-store.ts). */
  addWarmer(warmer: Warmer): () => void;
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
 * Subscribes to part of the editor state as drawn: after a change to the document, a few tasks
 * later than the store (published-store.ts). Event handlers read the store itself.
 *
 * @example
 * const env = useEditor((state) => state.env);
 */
export function useEditor<T>(selector: (state: EditorStore) => T): T {
  return useStore(useEditorServices().published, selector);
}

/**
 * Subscribes to part of the document as it is now, not as drawn: for what a person is editing
 * (a field's value, a file's text), which must follow their edit at once. Keep it to what is
 * cheap to read: derivation belongs to `useEditor`.
 */
export function useDocument<T>(selector: (state: EditorStore) => T): T {
  return useStore(useEditorApi(), selector);
}
