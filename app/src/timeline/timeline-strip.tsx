import { useCallback, useEffect, useRef, useState } from "react";
import { describeError } from "../actions/describe-error.ts";
import type { EnvironmentCommit } from "../serve/serve-api.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { closeTimeline, showCommit } from "./show-commit.ts";
import { nowLabel, tickLabel, tickTitle, viewingText } from "./tick-label.ts";
import { timelineStripId, timelineToggleId } from "./timeline-button.tsx";
import { useTimelineCommits } from "./use-timeline-commits.ts";
import "./timeline.css";

/** How long each commit shows while the timeline plays. */
const playStepMs = 1200;

const selectOpen = (state: EditorStore) => state.timelineOpen;
const selectEnv = (state: EditorStore) => state.env;
const selectShownCommit = (state: EditorStore) => state.shownCommit;
const selectCommitCount = (state: EditorStore) => state.commitCount;

/**
 * The Timeline: a slider over the environment's last commits, oldest on the left and "Now" (the
 * opened files) on the right, with steps, play and close. Choosing a commit shows its graph,
 * read-only, marked with what it changed; "Back to now" and Escape show the document again.
 */
export function TimelineStrip() {
  const open = useEditor(selectOpen);
  return open ? <TimelinePanel /> : null;
}

function TimelinePanel() {
  const store = useEditorApi();
  const env = useEditor(selectEnv);
  const shown = useEditor(selectShownCommit);
  const history = useTimelineCommits(store, env, useEditor(selectCommitCount));
  const commits = history.state === "ready" ? history.commits : [];
  const count = commits.length;
  const slider = useRef<HTMLInputElement>(null);
  // the step asked for, until it is shown
  const [target, setTarget] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);

  const shownIndex = shown === null ? count : commits.findIndex((c) => c.sha === shown.sha);
  const index = target ?? (shownIndex < 0 ? count : shownIndex);

  const go = useCallback(
    async (next: number) => {
      setTarget(next);
      setError(null);
      const commit = commits[next];
      try {
        await showCommit(store, commit ? commit.sha : null);
      } catch (failure) {
        setPlaying(false);
        setError(`Cannot show ${commit ? tickLabel(commit) : "now"}: ${describeError(failure)}`);
      } finally {
        setTarget((current) => (current === next ? null : current));
      }
    },
    [store, commits],
  );

  /** A step the user asked for: it stops playing. */
  const step = useCallback(
    (next: number) => {
      setPlaying(false);
      void go(Math.max(0, Math.min(count, next)));
    },
    [go, count],
  );

  const backToNow = useCallback(() => {
    setPlaying(false);
    void go(count);
  }, [go, count]);

  // once the commits are read, the slider takes the keys: arrows, Home and End step at once
  const ready = history.state === "ready";
  const focused = useRef(false);
  useEffect(() => {
    if (!ready || focused.current) return;
    focused.current = true;
    slider.current?.focus();
  }, [ready]);

  // playing: each commit in turn, once the one before is shown, up to now
  useEffect(() => {
    if (!playing || target !== null) return;
    if (index >= count) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => void go(index + 1), playStepMs);
    return () => clearTimeout(timer);
  }, [playing, target, index, count, go]);

  // Escape goes back to now, wherever the focus is (not from a field, a menu or a dialog)
  useEffect(() => {
    if (shown === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const element = event.target instanceof Element ? event.target : null;
      if (
        element?.closest(
          "textarea, select, dialog, [role=dialog], [role=menu], [contenteditable=true], input:not([type=range])",
        )
      )
        return;
      event.preventDefault();
      const fromCanvas = element !== null && element.closest(".timeline-view") !== null;
      backToNow();
      // the canvas it was in goes: the focus goes to the slider
      if (fromCanvas) slider.current?.focus();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [shown, backToNow]);

  const close = () => {
    setPlaying(false);
    closeTimeline(store);
    document.getElementById(timelineToggleId)?.focus();
  };

  const current = commits[index];
  const valueText = current ? tickLabel(current) : nowLabel;
  return (
    <section
      id={timelineStripId}
      className="timeline"
      data-testid="timeline"
      aria-label={env === null ? "Timeline" : `Timeline of ${env}`}
    >
      <div className="timeline-controls">
        <button
          type="button"
          className="button"
          disabled={count === 0 || index <= 0}
          onClick={() => step(index - 1)}
          title="The commit before"
        >
          Previous
        </button>
        <button
          type="button"
          className="button"
          disabled={count === 0}
          onClick={() => {
            if (playing) {
              setPlaying(false);
              return;
            }
            setPlaying(true);
            if (index >= count) void go(0);
          }}
          title={playing ? "Stop at this commit" : "Step from the oldest commit to now"}
        >
          {playing ? "Pause" : "Play"}
        </button>
        <button
          type="button"
          className="button"
          disabled={count === 0 || index >= count}
          onClick={() => step(index + 1)}
          title="The commit after"
        >
          Next
        </button>
        <div className="timeline-track">
          <input
            ref={slider}
            type="range"
            className="timeline-slider"
            min={0}
            max={count}
            step={1}
            value={index}
            disabled={count === 0}
            aria-label="Commit"
            aria-valuetext={valueText}
            onChange={(event) => step(Number(event.target.value))}
          />
          <Ticks
            commits={commits}
            index={index}
            readAt={history.state === "ready" ? history.readAt : 0}
            onChoose={step}
          />
        </div>
        <button
          type="button"
          className="button button-icon"
          aria-label="Close the timeline"
          title="Close the timeline"
          onClick={close}
        >
          ×
        </button>
      </div>
      <div className="timeline-status">
        {shown !== null ? (
          <p className="timeline-banner" data-testid="timeline-banner" role="status">
            <span>{viewingText(shown)}</span>
            <button type="button" className="button" onClick={backToNow}>
              Back to now
            </button>
          </p>
        ) : (
          <p className="timeline-note" role="status">
            {history.state === "loading"
              ? "Reading the history…"
              : history.state === "failed"
                ? `No history: ${history.message}`
                : count === 0
                  ? `No commit changed ${env}.`
                  : `${nowLabel}. Choose a commit to see the graph as it was, read-only.`}
          </p>
        )}
        {error ? (
          <p className="timeline-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}

/** A mark per commit under the slider, and "Now" at its end; pointer only (the slider is the keyboard's). */
function Ticks({
  commits,
  index,
  readAt,
  onChoose,
}: {
  commits: EnvironmentCommit[];
  index: number;
  readAt: number;
  onChoose: (index: number) => void;
}) {
  const count = commits.length;
  if (count === 0) return null;
  const at = (position: number) => ({ "--at": position / count }) as React.CSSProperties;
  return (
    <ol className="timeline-ticks" aria-hidden="true">
      {commits.map((commit, position) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the slider is the way by keyboard
        <li
          key={commit.sha}
          className="timeline-tick"
          data-current={position === index ? "true" : undefined}
          style={at(position)}
          title={tickTitle(commit, readAt)}
          onClick={() => onChoose(position)}
        />
      ))}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the slider is the way by keyboard */}
      <li
        className="timeline-tick timeline-tick-now"
        data-current={index === count ? "true" : undefined}
        style={at(count)}
        title={nowLabel}
        onClick={() => onChoose(count)}
      >
        Now
      </li>
    </ol>
  );
}
