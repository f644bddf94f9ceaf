import { type ComponentDrift, type DriftReport, driftRepositories } from "@karma/core";
import { memoizeLast } from "../model/memo.ts";
import type { EditorState } from "../state/editor-state.ts";
import type { RuntimeSlice } from "../state/editor-store.ts";
import { selectRepositories } from "../store/selectors.ts";

type State = EditorState & Pick<RuntimeSlice, "snapshot">;

const driftOf = memoizeLast(driftRepositories);

/**
 * The shown environment compared with the imported snapshot (every repository's components: they
 * deploy to the same parameter store); null until one is imported.
 */
export const selectDrift = (state: State): DriftReport | null =>
  state.snapshot === null || state.env === null
    ? null
    : driftOf(selectRepositories(state).repositories, state.snapshot, state.env);

const byIdOf = memoizeLast(
  (report: DriftReport | null): Map<string, ComponentDrift> =>
    new Map(report?.components.map((component) => [component.id, component])),
);

/** Drift of each component of the shown environment (and of each unmanaged one), by id. */
export const selectDriftById = (state: State): Map<string, ComponentDrift> =>
  byIdOf(selectDrift(state));

const unmanagedOf = memoizeLast((report: DriftReport | null): ComponentDrift[] =>
  (report?.components ?? []).filter((component) => component.status === "unmanaged"),
);

/** Deployed components that no component of the shown environment manages. */
export const selectUnmanaged = (state: State): ComponentDrift[] => unmanagedOf(selectDrift(state));
