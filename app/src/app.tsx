import { ReactFlowProvider } from "@xyflow/react";
import { ShortcutsSheet } from "./actions/shortcuts-sheet.tsx";
import { RestorePrompt } from "./autosave/restore-prompt.tsx";
import { Canvas } from "./canvas/canvas.tsx";
import { CompareDialog } from "./environments/compare-dialog.tsx";
import { ExportDialog } from "./export/export-dialog.tsx";
import { HistoryPanel } from "./history/history-panel.tsx";
import { Inspector } from "./inspector/inspector.tsx";
import { LeaveUnappliedDialog } from "./inspector/unapplied-values.tsx";
import { NavigationLayer } from "./lineage/navigation-layer.tsx";
import { Palette } from "./palette/palette.tsx";
import { IssuesPanel } from "./panels/issues-panel.tsx";
import { NoticeBar } from "./panels/notice-bar.tsx";
import { SkipToCanvas } from "./panels/skip-to-canvas.tsx";
import { TopBar } from "./panels/top-bar.tsx";
import { PlanPanel } from "./plan/plan-panel.tsx";
import { TimelineStage } from "./timeline/timeline-stage.tsx";
import { TimelineStrip } from "./timeline/timeline-strip.tsx";
import { useShortcuts } from "./use-shortcuts.ts";
import { SlotChooser } from "./wiring/slot-chooser.tsx";

export function App() {
  useShortcuts();
  return (
    <div className="app">
      <SkipToCanvas />
      <TopBar />
      {/* around the panels too: the palette adds at the centre of the canvas's view */}
      <ReactFlowProvider>
        <div className="workspace">
          <div className="left-column">
            <Palette />
            <IssuesPanel />
            <HistoryPanel />
          </div>
          <main className="canvas-column">
            <NoticeBar />
            <TimelineStage>
              <Canvas />
            </TimelineStage>
            <TimelineStrip />
            <PlanPanel />
          </main>
          <Inspector />
        </div>
      </ReactFlowProvider>
      <ExportDialog />
      <CompareDialog />
      <RestorePrompt />
      <NavigationLayer />
      <SlotChooser />
      <LeaveUnappliedDialog />
      <ShortcutsSheet />
    </div>
  );
}
