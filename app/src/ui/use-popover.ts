import { type ToggleEvent, useCallback, useEffect, useId, useRef, useState } from "react";

// from the window's edges, where the menu is placed by hand
const edge = 4;

/**
 * A menu that opens under its button and floats above everything else: a `popover="auto"` is
 * drawn in the browser's top layer, so no canvas overlay covers it and no panel edge clips it.
 * Opening one closes any other and a click outside closes it (the browser does both); Escape
 * closes it and gives focus back to its button, and goes no further (the editor's Escape clears
 * the selection). `close()` does the same for a menu item that has done its job.
 *
 * @example
 * const menu = usePopover();
 * <button type="button" {...menu.buttonProps}>Filter</button>
 * <div className="view-menu-body" {...menu.popoverProps}>…</div>
 */
export function usePopover() {
  const id = useId();
  const anchor = `--popover-${id.replace(/[^\w-]/g, "")}`;
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  const close = useCallback(() => {
    if (!popover.current?.matches(":popover-open")) return;
    popover.current.hidePopover();
    button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    // browsers without CSS anchor positioning: placed under the button as it opens
    if (!CSS.supports("position-area", "bottom")) placeUnder(button.current, popover.current);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      close();
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => document.removeEventListener("keydown", onKeyDown, true);
  }, [open, close]);

  return {
    close,
    buttonProps: {
      ref: button,
      popoverTarget: id,
      "aria-expanded": open,
      "aria-controls": id,
      style: { anchorName: anchor },
    },
    popoverProps: {
      ref: popover,
      id,
      popover: "auto" as const,
      style: { positionAnchor: anchor },
      onToggle: (event: ToggleEvent<HTMLDivElement>) => setOpen(event.newState === "open"),
    },
  };
}

function placeUnder(button: HTMLElement | null, popover: HTMLElement | null): void {
  if (!button || !popover) return;
  const box = button.getBoundingClientRect();
  const left = Math.max(edge, Math.min(box.left, window.innerWidth - popover.offsetWidth - edge));
  popover.style.left = `${left}px`;
  // the menu's top margin keeps it off the button
  popover.style.top = `${box.bottom}px`;
}
