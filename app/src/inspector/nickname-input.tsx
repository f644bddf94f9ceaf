import { nicknameError } from "@karma/core";
import { useEffect, useRef } from "react";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { renameShown } from "./rename-component.ts";
import { useDraft } from "./use-draft.ts";

/** The nickname in the inspector's header: editing it renames the component (Enter or blur). */
export function NicknameInput({ id, nickname }: { id: string; nickname: string }) {
  const store = useEditorApi();
  const env = useEditor((state) => state.env ?? "");
  const draft = useDraft(nickname, (text) => renameShown(store, id, text.trim()), false, {
    env,
    component: id,
    field: "nickname",
  });
  const input = useRef<HTMLInputElement>(null);
  const focusRequested = useEditor((state) => state.nicknameFocus === id);
  useEffect(() => {
    if (!focusRequested) return;
    input.current?.focus();
    input.current?.select();
    store.getState().focusNickname(null);
  }, [focusRequested, store]);
  const error =
    draft.error ?? (draft.text.trim() === nickname ? null : nicknameError(draft.text.trim()));
  return (
    <>
      <input
        ref={input}
        className="nickname-input"
        aria-label="Nickname"
        title="Rename: type a new nickname and press Enter"
        aria-invalid={error !== null || undefined}
        spellCheck={false}
        value={draft.text}
        onChange={(event) => draft.onChange(event.target.value)}
        onBlur={draft.commit}
        onKeyDown={draft.onKeyDown}
      />
      {error ? (
        <p className="field-problem field-problem-error nickname-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
