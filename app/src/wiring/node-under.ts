/** The id of the canvas node under a pointer (a card, not just its handle), or null. */
export function nodeUnder(point: { clientX: number; clientY: number }): string | null {
  const element = document.elementFromPoint(point.clientX, point.clientY);
  return element?.closest(".react-flow__node")?.getAttribute("data-id") ?? null;
}
