import { ControlButton, Panel, useReactFlow, useStore } from "@xyflow/react";
import { useFrame } from "./use-frame.ts";
import "./canvas-chrome.css";

/**
 * The canvas's zoom buttons (Fit view fits the area the panels leave free), React Flow's Controls look-alike but a named toolbar: Controls puts its
 * aria-label on a role-less div, where assistive technology ignores it (axe: aria-prohibited-attr).
 */
export function ZoomControls() {
  const { zoomIn, zoomOut } = useReactFlow();
  const frame = useFrame();
  const atMin = useStore((state) => state.transform[2] <= state.minZoom);
  const atMax = useStore((state) => state.transform[2] >= state.maxZoom);
  return (
    <Panel
      position="bottom-left"
      // in a row: the band it takes at the bottom of the canvas stays low
      className="react-flow__controls horizontal"
      role="toolbar"
      aria-label="Zoom"
      aria-orientation="horizontal"
    >
      <ControlButton
        className="react-flow__controls-zoomin"
        onClick={() => void zoomIn()}
        title="Zoom in"
        aria-label="Zoom in"
        disabled={atMax}
      >
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" aria-hidden="true">
          <path d="M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" />
        </svg>
      </ControlButton>
      <ControlButton
        className="react-flow__controls-zoomout"
        onClick={() => void zoomOut()}
        title="Zoom out"
        aria-label="Zoom out"
        disabled={atMin}
      >
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 5" aria-hidden="true">
          <path d="M0 0h32v4.2H0z" />
        </svg>
      </ControlButton>
      <ControlButton
        className="react-flow__controls-fitview"
        onClick={() => void frame.fitAll()}
        title="Fit view"
        aria-label="Fit view"
      >
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" aria-hidden="true">
          <path d="M0 0h10v4H4v6H0zM22 0h10v10h-4V4h-6zM28 22h4v10H22v-4h6zM0 22h4v6h6v4H0z" />
        </svg>
      </ControlButton>
    </Panel>
  );
}
