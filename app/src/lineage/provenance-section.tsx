import type { ComponentCommit } from "@karma/core";
import { memo, useId } from "react";
import { FieldChangeList } from "../plan/field-change-list.tsx";
import { relativeDate } from "../serve/relative-date.ts";
import { type ComponentLog, useComponentLog } from "./use-component-log.ts";
import "./provenance.css";

/**
 * Where a component comes from in git: its commits, newest first, each with who, when, what it
 * did to the component and, opened, the fields it changed. Needs `karma serve` on a git
 * repository; says so otherwise.
 */
export function ProvenanceSection({ id, env }: { id: string; env: string }) {
  const log = useComponentLog(id, env);
  const titleId = useId();
  return (
    <section
      className="provenance"
      data-testid="provenance"
      data-state={log.state}
      aria-labelledby={titleId}
    >
      <h3 className="subheading" id={titleId}>
        History
      </h3>
      <ProvenanceBody id={id} log={log} />
    </section>
  );
}

function ProvenanceBody({ id, log }: { id: string; log: ComponentLog }) {
  switch (log.state) {
    case "unserved":
      return (
        <p className="provenance-note">
          The history of a component comes from git: it needs the repository opened with karma serve
          (<span className="mono">npx karma serve &lt;folder&gt;</span>) from a git repository. A
          folder or a .zip opened here has none.
        </p>
      );
    case "loading":
      return (
        <p className="provenance-note" role="status">
          Reading the history of {id}…
        </p>
      );
    case "missing":
      return (
        <p className="provenance-note">
          No history for {id}: {log.message}.
        </p>
      );
    case "failed":
      return (
        <p className="provenance-note provenance-failed" role="alert">
          Could not read the history of {id}: {log.message}
        </p>
      );
    case "ready":
      return log.commits.length === 0 ? (
        <p className="provenance-note">No commit changed {id}.</p>
      ) : (
        <ol className="provenance-commits" aria-label={`Commits that changed ${id}, newest first`}>
          {log.commits.map((commit) => (
            <ProvenanceCommit key={commit.sha} commit={commit} readAt={log.readAt} />
          ))}
        </ol>
      );
  }
}

const changeWords: Record<ComponentCommit["change"], string> = {
  create: "created",
  update: "updated",
  delete: "deleted",
  rename: "renamed",
  unknown: "not readable",
};

const ProvenanceCommit = memo(function ProvenanceCommit({
  commit,
  readAt,
}: {
  commit: ComponentCommit;
  readAt: number;
}) {
  const change =
    commit.change === "rename" && commit.from
      ? `renamed from ${commit.from}`
      : changeWords[commit.change];
  return (
    <li className="provenance-commit" data-sha={commit.sha} data-change={commit.change}>
      <details>
        <summary>
          <span className="provenance-subject">{commit.subject}</span>
          <span className="provenance-meta">
            <span className="mono">{commit.sha.slice(0, 7)}</span>
            <span className="provenance-change">{change}</span>
            <span>{commit.author}</span>
            <time dateTime={commit.date} title={commit.date}>
              {relativeDate(commit.date, readAt)}
            </time>
          </span>
        </summary>
        {commit.fields.length > 0 ? (
          <FieldChangeList changes={commit.fields} />
        ) : (
          <p className="provenance-note">
            {commit.change === "unknown"
              ? `The file could not be read at this commit: ${commit.reason ?? "no reason given"}.`
              : "No field changed."}
          </p>
        )}
      </details>
    </li>
  );
});
