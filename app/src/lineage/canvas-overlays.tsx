import { Panel } from "@xyflow/react";
import type { ReactNode } from "react";
import { ActionButton } from "../actions/action-button.tsx";
import { DiagramMenu } from "../diagram/diagram-menu.tsx";
import { FilterMenu } from "../filters/filter-menu.tsx";
import { GroupControls } from "../large-graph/group-controls.tsx";
import { FocusControls } from "./focus-controls.tsx";
import { findAction } from "./navigation-actions.ts";
import { TraceControl } from "./trace-control.tsx";
import { TraceHighlight } from "./trace-highlight.tsx";
import "./lineage.css";

/**
 * What sits on the canvas for navigating it: find, focus, trace, filter, export; `status` (what
 * the colours mean) shares the top band, on the right, or below when the canvas is narrow.
 */
export function CanvasOverlays({ status }: { status?: ReactNode }) {
  return (
    <>
      <Panel position="top-left" className="view-toolbar">
        <div role="toolbar" aria-label="View">
          <ActionButton action={findAction} />
          <FocusControls />
          <TraceControl />
          <FilterMenu />
          <DiagramMenu />
          <GroupControls />
        </div>
        {status}
      </Panel>
      <TraceHighlight />
    </>
  );
}
