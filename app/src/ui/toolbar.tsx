import { type ReactNode, useRef } from "react";
import { useRovingFocus } from "./use-roving-focus.ts";

// the toolbar's own controls: not those of a menu, panel or dialog opened from one of them
const items =
  ":is(button, select):not([role=menu] *, [role=dialog] *, dialog *, [popover] *, [data-toolbar-skip] *)";

/**
 * A toolbar (WAI-ARIA's pattern): one Tab stop, the arrow keys, Home and End move between its
 * buttons. The header's three toolbars then cost three Tabs on the way to the canvas, not one
 * per button.
 *
 * @example
 * <Toolbar label="Edit"><button …>Undo</button><button …>Redo</button></Toolbar>
 */
export function Toolbar({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const root = useRef<HTMLDivElement>(null);
  useRovingFocus(root, items, "horizontal");
  return (
    <div
      ref={root}
      className={className ? `toolbar ${className}` : "toolbar"}
      role="toolbar"
      aria-label={label}
    >
      {children}
    </div>
  );
}
