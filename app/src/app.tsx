import { ReactFlowProvider } from "@xyflow/react";
import { RestorePrompt } from "./autosave/restore-prompt.tsx";
import { Canvas } from "./canvas/canvas.tsx";
import { ExportDialog } from "./export/export-dialog.tsx";
import { DetailsPanel } from "./panels/details-panel.tsx";
import { IssuesPanel } from "./panels/issues-panel.tsx";
import { NoticeBar } from "./panels/notice-bar.tsx";
import { PlanDialog } from "./panels/plan-dialog.tsx";
import { TopBar } from "./panels/top-bar.tsx";
import { useShortcuts } from "./use-shortcuts.ts";

export function App() {
  useShortcuts();
  return (
    <div className="app">
      <TopBar />
      <div className="workspace">
        <IssuesPanel />
        <main className="canvas-column">
          <NoticeBar />
          <ReactFlowProvider>
            <Canvas />
          </ReactFlowProvider>
        </main>
        <DetailsPanel />
      </div>
      <ExportDialog />
      <PlanDialog />
      <RestorePrompt />
    </div>
  );
}
