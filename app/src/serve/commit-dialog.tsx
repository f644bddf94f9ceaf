import { useId, useState } from "react";
import { describeError } from "../actions/describe-error.ts";
import type { CommitOffer } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { Dialog } from "../ui/dialog.tsx";
import { ServeError, serveApi } from "./serve-api.ts";
import { servedToken } from "./served-token.ts";
import "./serve.css";

const selectCommitOffer = (state: EditorStore) => state.commitOffer;

/** After a save under `karma serve`: commit exactly the saved files on the branch, or not now. */
export function CommitDialog() {
  const offer = useEditor(selectCommitOffer);
  // a new offer starts from its own message
  return offer ? (
    <CommitForm key={`${offer.paths.join("\n")}\n${offer.message}`} offer={offer} />
  ) : null;
}

function CommitForm({ offer }: { offer: CommitOffer }) {
  const store = useEditorApi();
  const messageId = useId();
  const [message, setMessage] = useState(offer.message);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const saved = new Set(offer.paths);
  const others = offer.staged.filter((path) => !saved.has(path));
  const refused =
    offer.branch === null
      ? "HEAD is detached: check out a branch to commit on."
      : others.length > 0
        ? `Other changes are already staged: ${others.join(", ")}. Commit or unstage them first (git restore --staged <path>); Karma commits only the files it saved.`
        : null;
  const close = () => store.getState().offerCommit(null);

  async function commit() {
    const token = servedToken();
    if (token === null) return;
    setBusy(true);
    setError(null);
    try {
      const done = await serveApi(token).commit(message, offer.paths);
      const state = store.getState();
      state.committed();
      state.notify({
        tone: "success",
        title: `Committed ${done.commit.slice(0, 7)} on ${done.branch}: ${message.trim().split("\n")[0]}`,
        lines: done.paths,
      });
    } catch (failure) {
      setError(
        failure instanceof ServeError
          ? `Not committed: ${failure.message}`
          : `Not committed: karma serve could not be reached (${describeError(failure)}).`,
      );
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Commit the saved files?"
      onClose={close}
      testId="commit-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Not now
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || refused !== null || message.trim() === ""}
            onClick={() => void commit()}
          >
            {busy ? "Committing…" : "Commit"}
          </button>
        </>
      }
    >
      <p>
        {offer.branch === null ? "With git" : `On the branch ${offer.branch}`}, Karma commits
        exactly the {offer.paths.length === 1 ? "file" : `${offer.paths.length} files`} it saved,
        and pushes nothing.
      </p>
      <ul className="changed-files" aria-label="Files to commit">
        {offer.paths.map((path) => (
          <li key={path} className="mono">
            {path}
          </li>
        ))}
      </ul>
      <label className="serve-field" htmlFor={messageId}>
        Commit message
      </label>
      <textarea
        id={messageId}
        className="serve-input commit-message"
        rows={5}
        value={message}
        data-autofocus
        onChange={(event) => setMessage(event.target.value)}
      />
      {refused ? (
        <p className="dialog-warning" role="alert">
          {refused}
        </p>
      ) : null}
      {error ? (
        <p className="serve-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
