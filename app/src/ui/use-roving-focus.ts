import { type RefObject, useEffect } from "react";

const arrows = {
  vertical: { next: "ArrowDown", previous: "ArrowUp" },
  horizontal: { next: "ArrowRight", previous: "ArrowLeft" },
} as const;

/**
 * One tab stop for a list or a toolbar: of the enabled items matching `selector` inside `root`,
 * only the current one is in the tab order; the arrow keys (up and down in a list, left and right
 * in a toolbar), Home and End move between them. A long list (issues, palette entries) then costs
 * one Tab, not one per row, and a toolbar one Tab, not one per button.
 *
 * @example
 * const list = useRef<HTMLUListElement>(null);
 * useRovingFocus(list, ".issue-row");
 */
export function useRovingFocus(
  root: RefObject<HTMLElement | null>,
  selector: string,
  orientation: keyof typeof arrows = "vertical",
): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const { next: nextKey, previous: previousKey } = arrows[orientation];
    const keys = new Set([nextKey, previousKey, "Home", "End"]);
    const items = () =>
      [...element.querySelectorAll<HTMLElement>(selector)].filter(
        (item) => !item.matches(":disabled"),
      );
    // the item the user last moved to; the first enabled one until then
    let chosen: HTMLElement | undefined;
    const settle = (current?: HTMLElement) => {
      if (current) chosen = current;
      const list = items();
      const active = chosen && list.includes(chosen) ? chosen : list[0];
      for (const item of list) item.tabIndex = item === active ? 0 : -1;
    };
    settle();
    // rows come and go (filters, pages): the one tab stop stays on a row that exists
    const observer = new MutationObserver(() => settle());
    // a button that becomes disabled leaves the tab order: the stop moves to one that is not
    observer.observe(element, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["disabled"],
    });
    const onKeyDown = (event: KeyboardEvent) => {
      if (!keys.has(event.key)) return;
      const list = items();
      const index = list.indexOf(document.activeElement as HTMLElement);
      if (index < 0) return;
      event.preventDefault();
      const step = event.key === nextKey ? 1 : -1;
      const next =
        event.key === "Home"
          ? 0
          : event.key === "End"
            ? list.length - 1
            : Math.max(0, Math.min(list.length - 1, index + step));
      list[next]?.focus();
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && event.target.matches(selector)) {
        settle(event.target);
      }
    };
    element.addEventListener("keydown", onKeyDown);
    element.addEventListener("focusin", onFocusIn);
    return () => {
      observer.disconnect();
      element.removeEventListener("keydown", onKeyDown);
      element.removeEventListener("focusin", onFocusIn);
    };
  }, [root, selector, orientation]);
}
