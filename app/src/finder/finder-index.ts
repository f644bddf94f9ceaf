import type { Graph, JsonValue, Workspace } from "@karma/core";
import { memoizeLast } from "../model/memo.ts";

export interface FinderEntry {
  id: string;
  type: string;
  nickname: string;
  external: boolean;
  /** `key: value` for every leaf of the config, for matching and for showing why it matched. */
  values: string[];
}

/** One entry per component of the graph, with its config flattened to searchable lines. */
export const finderEntriesOf = memoizeLast((workspace: Workspace, graph: Graph): FinderEntry[] => {
  const configs = new Map(
    workspace.components
      .filter((component) => component.env === graph.env)
      .map((component) => [component.id, component.config]),
  );
  return graph.nodes.map((node) => {
    const values: string[] = [];
    const config = configs.get(node.id);
    if (config) flatten(config, "", values);
    return {
      id: node.id,
      type: node.type,
      nickname: node.nickname,
      external: node.external,
      values,
    };
  });
});

function flatten(value: JsonValue, path: string, into: string[]): void {
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value)
      ? value.map((item, index) => [String(index), item] as const)
      : Object.entries(value);
    for (const [key, item] of entries) flatten(item, path ? `${path}.${key}` : key, into);
  } else {
    into.push(`${path}: ${String(value)}`);
  }
}

export interface FinderMatch {
  entry: FinderEntry;
  /** The config line that matched, when the name did not. */
  because: string | null;
}

/**
 * Entries matching every word of the query, best first: an exact nickname or id, then a name
 * starting with the query, then a name containing it, then a config value containing it.
 */
export function findEntries(entries: FinderEntry[], query: string, limit = 50): FinderMatch[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return entries.slice(0, limit).map((entry) => ({ entry, because: null }));
  }
  const whole = words.join(" ");
  const scored: { match: FinderMatch; score: number }[] = [];
  for (const entry of entries) {
    const name = entry.id.toLowerCase();
    let because: string | null = null;
    let inName = true;
    for (const word of words) {
      if (name.includes(word)) continue;
      inName = false;
      const line = entry.values.find((value) => value.toLowerCase().includes(word));
      if (!line) {
        because = null;
        break;
      }
      because = line;
    }
    if (!inName && because === null) continue;
    const nickname = entry.nickname.toLowerCase();
    const score = !inName
      ? 3
      : nickname === whole || name === whole
        ? 0
        : nickname.startsWith(whole) || name.startsWith(whole)
          ? 1
          : 2;
    scored.push({ match: { entry, because: inName ? null : because }, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.match.entry.id < b.match.entry.id ? -1 : 1));
  return scored.slice(0, limit).map((item) => item.match);
}
