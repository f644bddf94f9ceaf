import { useShallow } from "zustand/react/shallow";
import type { UnappliedValue } from "../state/editor-store.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { Dialog } from "../ui/dialog.tsx";

/** The values typed and not applied in one component's form (or every one, with no `id`). */
export function useUnapplied(env: string | null, id?: string): UnappliedValue[] {
  return useEditor(
    useShallow((state) =>
      Object.values(state.unapplied).filter(
        (value) => id === undefined || (value.component === id && value.env === env),
      ),
    ),
  );
}

/** Above the inspector's tabs: what was typed but not applied, so it never vanishes silently. */
export function UnappliedNotice({ env, id }: { env: string; id: string }) {
  const values = useUnapplied(env, id);
  if (values.length === 0) return null;
  return (
    <div className="unapplied-notice" role="alert" data-testid="unapplied-notice">
      <strong>
        {values.length === 1 ? "1 value is" : `${values.length} values are`} not applied:
      </strong>
      <ul>
        {values.map((value) => (
          <li key={value.field}>
            <span className="mono">{value.field}</span> = <span className="mono">{value.text}</span>{" "}
            ({value.error})
          </li>
        ))}
      </ul>
      <p>Fix it, or press Escape in the field to go back to what is saved.</p>
    </div>
  );
}

/** Asked when the selection would leave a component whose form holds unapplied values. */
export function LeaveUnappliedDialog() {
  const store = useEditorApi();
  const request = useEditor((state) => state.leaveRequest);
  const env = useEditor((state) => state.env);
  const id = useEditor((state) => state.selection);
  const values = useUnapplied(env, id ?? "");
  if (!request) return null;
  return (
    <Dialog
      title={`Leave ${id} without applying?`}
      onClose={() => store.getState().answerLeave(false)}
      testId="leave-unapplied-dialog"
      actions={
        <>
          <button
            type="button"
            className="button button-danger"
            onClick={() => store.getState().answerLeave(true)}
          >
            Discard and leave
          </button>
          <button
            type="button"
            className="button button-primary"
            data-autofocus
            onClick={() => store.getState().answerLeave(false)}
          >
            Keep editing
          </button>
        </>
      }
    >
      <ul>
        {values.map((value) => (
          <li key={value.field}>
            <span className="mono">{value.field}</span> = <span className="mono">{value.text}</span>
            : {value.error}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
