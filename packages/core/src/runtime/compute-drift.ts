import { compareStrings } from "../compare.ts";
import { buildGraph } from "../graph/build-graph.ts";
import type { Graph } from "../graph/graph.ts";
import { diffConfig } from "../plan/diff-config.ts";
import type { Component, Workspace } from "../repo/workspace.ts";
import type { ComponentDrift, DriftReport, DriftSummary } from "./drift.ts";
import { findMissingRuntimeOutputs } from "./missing-runtime-outputs.ts";
import type { DeployedComponent, RuntimeSnapshot } from "./snapshot.ts";

/**
 * Compares one environment of the repository with a snapshot of what is deployed (a snapshot
 * has no environment of its own: the caller says which it belongs to). Pure and deterministic.
 */
export function computeDrift(
  workspace: Workspace,
  snapshot: RuntimeSnapshot,
  env: string,
): DriftReport {
  return driftIn(snapshot, env, buildGraph(workspace, env), [{ workspace, file: (path) => path }]);
}

/** A repository whose components a drift report compares, and how the report names its files. */
export interface DriftSource {
  workspace: Workspace;
  file(path: string): string;
}

/**
 * `computeDrift` of the components of one or more repositories (a workspace: the snapshot holds
 * what all of them deploy), with the graph of the environment across them.
 */
export function driftIn(
  snapshot: RuntimeSnapshot,
  env: string,
  graph: Graph,
  sources: readonly DriftSource[],
): DriftReport {
  const parameterOf = (id: string) =>
    snapshot.prefix === null ? null : `${snapshot.prefix}/${id}/config`;
  const components: ComponentDrift[] = [];
  const inRepository = new Set<string>();

  for (const { workspace, file: fileOf } of sources) {
    for (const component of workspace.components) {
      if (component.env !== env) continue;
      inRepository.add(component.id);
      const deployed = snapshot.components[component.id];
      const file = fileOf(component.file);
      const { status, changes, reason } = compare(component, file, deployed, snapshot);
      components.push({
        id: component.id,
        type: component.type,
        nickname: component.nickname,
        status,
        file,
        parameter: parameterOf(component.id),
        changes,
        hasRuntime: deployed !== undefined && hasRuntime(deployed),
        referencedBy: [],
        ...(reason === undefined ? {} : { reason }),
      });
    }
  }

  const external = new Set(graph.nodes.filter((node) => node.external).map((node) => node.id));
  for (const deployed of Object.values(snapshot.components)) {
    if (inRepository.has(deployed.id)) continue;
    const isExternal = external.has(deployed.id);
    components.push({
      id: deployed.id,
      type: deployed.type,
      nickname: deployed.nickname,
      status: isExternal ? "external" : "unmanaged",
      file: null,
      parameter: deployed.configText === undefined ? null : parameterOf(deployed.id),
      changes: [],
      hasRuntime: hasRuntime(deployed),
      referencedBy: isExternal
        ? [
            ...new Set(
              graph.edges.filter((e) => e.dependency === deployed.id).map((e) => e.dependent),
            ),
          ]
        : [],
    });
  }
  components.sort((a, b) => compareStrings(a.id, b.id));

  const missingOutputs = sources.flatMap(({ workspace, file }) =>
    findMissingRuntimeOutputs(workspace, graph, snapshot).map((missing) => ({
      ...missing,
      file: file(missing.file),
    })),
  );
  return {
    env,
    snapshot: {
      file: snapshot.file,
      prefix: snapshot.prefix,
      parameterCount: snapshot.parameterCount,
    },
    components,
    missingOutputs,
    issues: snapshot.issues,
    summary: summarise(components, missingOutputs.length),
  };
}

function compare(
  component: Component,
  file: string,
  deployed: DeployedComponent | undefined,
  snapshot: RuntimeSnapshot,
): { status: ComponentDrift["status"]; changes: ComponentDrift["changes"]; reason?: string } {
  if (deployed?.configText === undefined) return { status: "not-deployed", changes: [] };
  if (!component.config) {
    const what = component.document.error ? "valid JSON" : "a JSON object";
    return { status: "unknown", changes: [], reason: `${file} is not ${what}` };
  }
  if (!deployed.config) {
    const problem = snapshot.issues.find(
      (issue) => issue.component === component.id && issue.severity === "error",
    );
    return {
      status: "unknown",
      changes: [],
      reason: problem?.message ?? "the deployed config cannot be read",
    };
  }
  const changes = diffConfig(deployed.config, component.config);
  return { status: changes.length === 0 ? "in-sync" : "drifted", changes };
}

function hasRuntime(deployed: DeployedComponent): boolean {
  return (
    deployed.runtime !== undefined ||
    deployed.runtimeKeys !== undefined ||
    deployed.functions !== undefined
  );
}

function summarise(components: ComponentDrift[], missingOutputs: number): DriftSummary {
  const count = (status: ComponentDrift["status"]) =>
    components.filter((component) => component.status === status).length;
  return {
    components: components.length,
    inSync: count("in-sync"),
    drifted: count("drifted"),
    notDeployed: count("not-deployed"),
    unknown: count("unknown"),
    unmanaged: count("unmanaged"),
    external: count("external"),
    missingOutputs,
  };
}
