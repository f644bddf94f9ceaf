import { type Component, diffConfig, type FieldChange, type Workspace } from "@karma/core";

export type ComparisonStatus = "only-left" | "only-right" | "different" | "same";

/** One component id across two environments. */
export interface ComparisonRow {
  id: string;
  status: ComparisonStatus;
  /** Per-key differences, left value as `before`, right value as `after`; empty unless different. */
  changes: FieldChange[];
}

export interface EnvironmentComparison {
  left: string;
  right: string;
  rows: ComparisonRow[];
  counts: Record<ComparisonStatus, number>;
}

/** Two environments side by side: components only in one, and config differences per key. */
export function compareEnvironments(
  workspace: Workspace,
  left: string,
  right: string,
): EnvironmentComparison {
  const lefts = byId(workspace, left);
  const rights = byId(workspace, right);
  const ids = [...new Set([...lefts.keys(), ...rights.keys()])].sort();
  const counts = { "only-left": 0, "only-right": 0, different: 0, same: 0 };
  const rows = ids.map((id): ComparisonRow => {
    const a = lefts.get(id);
    const b = rights.get(id);
    const row: ComparisonRow = !a
      ? { id, status: "only-right", changes: [] }
      : !b
        ? { id, status: "only-left", changes: [] }
        : compareConfigs(id, a, b);
    counts[row.status]++;
    return row;
  });
  return { left, right, rows, counts };
}

function compareConfigs(id: string, a: Component, b: Component): ComparisonRow {
  if (a.document.text === b.document.text) return { id, status: "same", changes: [] };
  // a file that is not a JSON object compares as its whole text
  const changes =
    a.config && b.config
      ? diffConfig(a.config, b.config)
      : [{ path: "", before: a.document.text, after: b.document.text }];
  return { id, status: changes.length > 0 ? "different" : "same", changes };
}

function byId(workspace: Workspace, env: string): Map<string, Component> {
  return new Map(workspace.components.filter((c) => c.env === env).map((c) => [c.id, c]));
}
