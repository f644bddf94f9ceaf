import type { Graph } from "@karma/core";
import { graphOf } from "../model/derive.ts";
import { memoizeLast } from "../model/memo.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectBaselineRepositories, selectCanvasGraph, selectGraph } from "../store/selectors.ts";
import { addedEdgeIds } from "./commit-highlight.ts";

const noGraph: Graph = { env: "", nodes: [], edges: [] };

const addedEdgesOf = memoizeLast(addedEdgeIds);

/** In the timeline's view: the references the shown commit added. */
export const selectAddedEdges = (state: EditorStore): string[] =>
  addedEdgesOf(
    state.env === null ? noGraph : graphOf(selectBaselineRepositories(state), state.env),
    selectGraph(state),
  );

const idsOf = memoizeLast((graph: Graph): string[] => graph.nodes.map((node) => node.id));

/** The ids of the nodes the canvas draws, ghosts of deleted components included. */
export const selectCanvasNodeIds = (state: EditorStore): string[] =>
  idsOf(selectCanvasGraph(state));
