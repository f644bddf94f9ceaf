import { type NodeHandle, Position } from "@xyflow/react";
import { nodeSize } from "../model/node-size.ts";

// styles.css: a 10 px dot centred on each side edge of the card, inside its 1 px border
const dot = 10;
const top = (nodeSize.height - dot) / 2;

/**
 * Where a component card's handles are, in flow pixels from the card's top-left corner: what
 * React Flow would measure. Given with each node, React Flow knows where its edges end before
 * the card is drawn, so a large graph draws only the cards on screen from its first frame
 * (without them, it draws every card once to measure it).
 */
export const cardHandles: NodeHandle[] = [
  { id: null, type: "target", position: Position.Left, x: -4, y: top, width: dot, height: dot },
  {
    id: null,
    type: "source",
    position: Position.Right,
    x: nodeSize.width - 6,
    y: top,
    width: dot,
    height: dot,
  },
];

/** An external reference's card: the same size, with only the handle its edges leave from. */
export const externalHandles: NodeHandle[] = cardHandles.filter(
  (handle) => handle.type === "source",
);
