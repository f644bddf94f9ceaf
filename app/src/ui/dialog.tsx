import { type ReactNode, useEffect, useId, useRef } from "react";

/**
 * A modal dialog on the native <dialog> element: focus is trapped, Escape closes it. Focus
 * starts on the action marked `data-autofocus` (the safe choice), and goes back to where it was
 * when the dialog closes. A body taller than the window scrolls, and takes a Tab stop so that
 * the keyboard can scroll it too.
 */
export function Dialog({
  title,
  onClose,
  children,
  actions,
  testId,
  returnFocus,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
  testId?: string;
  /** Where focus goes on close when what had it is gone (a menu item of a closed menu). */
  returnFocus?: () => HTMLElement | null | undefined;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const body = useRef<HTMLDivElement>(null);
  // the body's size changes as the dialog opens and as what it holds grows or shrinks
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const settle = () => {
      if (element.scrollHeight > element.clientHeight + 1) element.tabIndex = 0;
      else element.removeAttribute("tabindex");
    };
    const observer = new ResizeObserver(settle);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  });
  const fallback = useRef(returnFocus);
  fallback.current = returnFocus;
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => {
      dialog?.close();
      if (before instanceof HTMLElement && before !== document.body && before.isConnected) {
        before.focus();
      } else fallback.current?.()?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body" ref={body}>
        {children}
      </div>
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}
