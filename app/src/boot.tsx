import "@xyflow/react/dist/style.css";
import "./styles.css";
import type { FileMap } from "@karma/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { createEditor } from "./create-editor.ts";
import { installKarmaApi, type KarmaApi } from "./karma-api.ts";
import type { LayoutClient } from "./layout/layout-client.ts";
import { startEditor } from "./startup.ts";
import { EditorProvider } from "./store/editor-context.tsx";
import { followTheme, initialTheme } from "./theme.ts";

/** Starts the editor; returns the `window.karma` API it installed. */
export function boot(client: LayoutClient, sample: Promise<FileMap>): KarmaApi {
  const editor = createEditor(initialTheme(), client);
  followTheme(editor.store);
  const api = installKarmaApi(editor);
  const root = document.getElementById("root");
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <EditorProvider editor={editor}>
          <App />
        </EditorProvider>
      </StrictMode>,
    );
  }
  void startEditor(editor, sample);
  return api;
}
