import { labelCharWidth } from "./edge-route.ts";

// 11px text on one line, and the padding around it (as React Flow's own labels)
const lineHeight = 13;
const padding = { x: 4, y: 2 };

/**
 * A key's label on an edge, centred on `x`, `y`, in React Flow's label markup (so its styles
 * apply), sized from its text: the text is monospace. React Flow's own label measures itself
 * with getBBox once drawn, a forced layout for every batch of labels mounted, which at a few
 * hundred edges cost hundreds of milliseconds when a large graph opened or a selection moved
 * the view.
 */
export function EdgeLabel({ x, y, label }: { x: number; y: number; label: string }) {
  const width = label.length * labelCharWidth;
  return (
    <g
      className="react-flow__edge-textwrapper"
      transform={`translate(${x - width / 2} ${y - lineHeight / 2})`}
    >
      <rect
        className="react-flow__edge-textbg"
        x={-padding.x}
        y={-padding.y}
        width={width + 2 * padding.x}
        height={lineHeight + 2 * padding.y}
        rx={4}
        ry={4}
      />
      {/* centred, so a font a little wider or narrower than assumed stays on its background */}
      <text
        className="react-flow__edge-text"
        x={width / 2}
        y={lineHeight / 2}
        dy="0.3em"
        textAnchor="middle"
      >
        {label}
      </text>
    </g>
  );
}
