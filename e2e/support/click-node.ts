import { expect, type Locator } from "@playwright/test";

/**
 * Clicks a node where a person would: the middle of the part of it the canvas shows (a card
 * at the canvas's edge is partly out of view, and the canvas never scrolls to show it).
 */
export async function clickVisiblePart(node: Locator): Promise<void> {
  await expect(node).toBeVisible();
  const visible = await node.evaluate((element) => {
    const card = element.getBoundingClientRect();
    const canvas = element.closest(".react-flow")!.getBoundingClientRect();
    const left = Math.max(card.left, canvas.left);
    const right = Math.min(card.right, canvas.right);
    const top = Math.max(card.top, canvas.top);
    const bottom = Math.min(card.bottom, canvas.bottom);
    return { x: (left + right) / 2 - card.left, y: (top + bottom) / 2 - card.top };
  });
  await node.click({ position: visible });
}
