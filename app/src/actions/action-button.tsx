import type { ReactNode } from "react";
import { useEditor, useEditorServices } from "../store/editor-context.tsx";
import type { EditorAction } from "./editor-action.ts";

export function ActionButton({
  action,
  icon,
  primary = false,
}: {
  action: EditorAction;
  icon?: ReactNode;
  primary?: boolean;
}) {
  const editor = useEditorServices();
  const enabled = useEditor(action.enabled);
  return (
    <button
      type="button"
      className={primary ? "button button-primary" : "button"}
      disabled={!enabled}
      onClick={() => action.perform(editor)}
      aria-label={action.label}
      title={action.kbd ? `${action.label} (${action.kbd})` : action.label}
      aria-keyshortcuts={action.kbd?.replace("Ctrl", "Control")}
    >
      {icon}
      <span>{action.label}</span>
    </button>
  );
}
