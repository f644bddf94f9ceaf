import { type RefObject, useEffect } from "react";

const keys = new Set(["ArrowDown", "ArrowUp", "Home", "End"]);

/**
 * One tab stop for a list: of the items matching `selector` inside `root`, only the current one
 * is in the tab order; the arrow keys, Home and End move between them. A long list (issues,
 * palette entries) then costs one Tab, not one per row.
 *
 * @example
 * const list = useRef<HTMLUListElement>(null);
 * useRovingFocus(list, ".issue-row");
 */
export function useRovingFocus(root: RefObject<HTMLElement | null>, selector: string): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const items = () => [...element.querySelectorAll<HTMLElement>(selector)];
    const settle = (current?: HTMLElement) => {
      const list = items();
      const active = current ?? list.find((item) => item.tabIndex === 0) ?? list[0];
      for (const item of list) item.tabIndex = item === active ? 0 : -1;
    };
    settle();
    // rows come and go (filters, pages): the one tab stop stays on a row that exists
    const observer = new MutationObserver(() => settle());
    observer.observe(element, { childList: true, subtree: true });
    const onKeyDown = (event: KeyboardEvent) => {
      if (!keys.has(event.key)) return;
      const list = items();
      const index = list.indexOf(document.activeElement as HTMLElement);
      if (index < 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
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
  }, [root, selector]);
}
