import { memo, useCallback, useEffect, useId, useRef, useState } from "react";
import { describeError } from "../actions/describe-error.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { compareUnavailable, compareWith } from "./compare-with.ts";
import { relativeDate } from "./relative-date.ts";
import { type EnvironmentCommit, serveApi } from "./serve-api.ts";
import { servedToken } from "./served-token.ts";
import "./serve.css";

const recentCount = 10;

const selectEnv = (state: EditorStore) => state.env;

type Recent =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; commits: EnvironmentCommit[]; readAt: number };

/**
 * "Compare with…": the plan against a branch, a tag or a commit of the served repository
 * (typed, or one of the last commits of the shown environment) instead of the opened files.
 */
export function CompareWithMenu() {
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!anchor.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);

  const done = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  return (
    <div className="menu-anchor" ref={anchor}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        title="Plan against a commit, branch or tag instead of the files as opened"
        onClick={() => setOpen((value) => !value)}
      >
        Compare with…
      </button>
      {open ? <ComparePanel id={panelId} onDone={done} /> : null}
    </div>
  );
}

function ComparePanel({ id, onDone }: { id: string; onDone: () => void }) {
  const store = useEditorApi();
  const unavailable = useEditor(compareUnavailable);
  const env = useEditor(selectEnv);
  const refId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [ref, setRef] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const recent = useRecentCommits(unavailable === null ? env : null);

  useEffect(() => {
    field.current?.focus();
  }, []);

  const choose = useCallback(
    async (target: string) => {
      setBusy(true);
      setError(null);
      try {
        await compareWith(store, target);
        onDone();
      } catch (failure) {
        setError(`Cannot compare with ${target}: ${describeError(failure)}`);
        setBusy(false);
      }
    },
    [store, onDone],
  );

  return (
    <div
      id={id}
      className="menu compare-panel"
      role="dialog"
      aria-label="Compare with a commit"
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone();
      }}
    >
      {unavailable !== null ? (
        <p className="menu-note" role="note">
          {unavailable}
        </p>
      ) : (
        <>
          <form
            className="compare-ref"
            onSubmit={(event) => {
              event.preventDefault();
              if (ref.trim() !== "") void choose(ref.trim());
            }}
          >
            <label htmlFor={refId}>Branch, tag or commit</label>
            <div className="compare-ref-row">
              <input
                ref={field}
                id={refId}
                type="text"
                className="serve-input"
                placeholder="HEAD~2, main, v1.4"
                spellCheck={false}
                autoComplete="off"
                value={ref}
                onChange={(event) => setRef(event.target.value)}
              />
              <button type="submit" className="button" disabled={busy || ref.trim() === ""}>
                Compare
              </button>
            </div>
          </form>
          {error ? (
            <p className="serve-error" role="alert">
              {error}
            </p>
          ) : null}
          {env === null ? null : <RecentCommits env={env} recent={recent} onChoose={choose} />}
        </>
      )}
    </div>
  );
}

function RecentCommits({
  env,
  recent,
  onChoose,
}: {
  env: string;
  recent: Recent;
  onChoose: (sha: string) => Promise<void>;
}) {
  const title = `Recent commits in ${env}`;
  if (recent.state === "loading") return <p className="compare-status">Reading the history…</p>;
  if (recent.state === "failed") {
    return <p className="compare-status">No recent commits: {recent.message}</p>;
  }
  if (recent.commits.length === 0)
    return <p className="compare-status">No commit changed {env}.</p>;
  return (
    <ul className="compare-commits" aria-label={title}>
      {recent.commits.map((commit) => (
        <RecentCommit key={commit.sha} commit={commit} readAt={recent.readAt} onChoose={onChoose} />
      ))}
    </ul>
  );
}

const RecentCommit = memo(function RecentCommit({
  commit,
  readAt,
  onChoose,
}: {
  commit: EnvironmentCommit;
  readAt: number;
  onChoose: (sha: string) => Promise<void>;
}) {
  return (
    <li>
      <button type="button" className="compare-commit" onClick={() => void onChoose(commit.sha)}>
        <span>
          <span className="mono">{commit.sha.slice(0, 7)}</span> {commit.subject}
        </span>
        <span className="menu-item-hint">
          {commit.author} ·{" "}
          <time dateTime={commit.date} title={commit.date}>
            {relativeDate(commit.date, readAt)}
          </time>
        </span>
      </button>
    </li>
  );
});

/** The last commits that changed `env`, read when the menu opens; none without an env. */
function useRecentCommits(env: string | null): Recent {
  const [recent, setRecent] = useState<Recent>({ state: "loading" });
  useEffect(() => {
    const token = servedToken();
    if (env === null || token === null) return;
    let live = true;
    setRecent({ state: "loading" });
    serveApi(token)
      .readEnvironmentLog(env, recentCount)
      .then(
        (commits) => live && setRecent({ state: "ready", commits, readAt: Date.now() }),
        (failure) => live && setRecent({ state: "failed", message: describeError(failure) }),
      );
    return () => {
      live = false;
    };
  }, [env]);
  return recent;
}
