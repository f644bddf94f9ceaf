import { disconnect, type FileMap, type GraphEdge } from "@karma/core";
import { componentOf } from "../model/component-of.ts";
import { selectWorkspace } from "../store/selectors.ts";
import { type Command, refused } from "./command.ts";

/** Clears the references behind edges: the keys their dependents hold. */
export const disconnectCommand: Command<{ edges: readonly GraphEdge[] }> = {
  id: "disconnect",
  label: ({ edges }) => {
    const [first] = edges;
    return edges.length === 1 && first
      ? `Disconnect ${first.dependent} → ${first.dependency} (${first.key})`
      : `Disconnect ${edges.length} references`;
  },
  run(state, { edges }) {
    const workspace = selectWorkspace(state);
    let files: FileMap = state.files;
    for (const edge of edges) {
      const component = componentOf(workspace, edge.env, edge.dependent);
      if (!component) return refused(`${edge.dependent} has no config file in ${edge.env}`);
      const result = disconnect(workspace.catalog, files, {
        file: component.file,
        type: component.type,
        key: edge.key,
      });
      if (!result.ok) return result;
      files = result.files;
    }
    return { ok: true, files };
  },
};
