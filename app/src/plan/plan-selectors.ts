import type { LayoutPositions, PlanConsequence } from "@karma/core";
import { savedPositionsOf } from "../model/derive.ts";
import { ghostIdsOf } from "../model/ghost-ids.ts";
import { memoizeLast } from "../model/memo.ts";
import {
  type PlanState,
  selectBasePositions,
  selectCanvasGraph,
  selectPlan,
  selectPlanBaseFiles,
  selectShownPositions,
} from "../store/selectors.ts";
import { createGhostPositions } from "./ghost-positions.ts";

const shownWithGhosts = createGhostPositions();
const baseWithGhosts = createGhostPositions();

function withGhosts(
  state: PlanState,
  positions: LayoutPositions,
  add: ReturnType<typeof createGhostPositions>,
): LayoutPositions {
  if (state.env === null) return positions;
  return add(
    positions,
    selectCanvasGraph(state),
    ghostIdsOf(selectPlan(state), state.env),
    savedPositionsOf(selectPlanBaseFiles(state), state.env),
  );
}

/** Where the canvas draws each node, ghosts of deleted components included. */
export const selectCanvasShownPositions = (state: PlanState): LayoutPositions =>
  withGhosts(state, selectShownPositions(state), shownWithGhosts);

/** The same without a drag in progress (edges depend on which nodes are placed, not where). */
export const selectCanvasBasePositions = (state: PlanState): LayoutPositions =>
  withGhosts(state, selectBasePositions(state), baseWithGhosts);

const consequencesIn = memoizeLast(
  (consequences: PlanConsequence[], env: string | null): Map<string, PlanConsequence> =>
    new Map(consequences.filter((c) => c.env === env).map((c) => [c.component, c])),
);

/** The shown environment's unchanged components whose inputs may change, by id. */
export const selectConsequences = (state: PlanState): Map<string, PlanConsequence> =>
  consequencesIn(selectPlan(state).consequences, state.env);
