import {
  type CommitGraphChange,
  type CommitHistory,
  type ComponentCommit,
  componentHistory,
  environmentLog,
  historyEnvironments,
  parseComponentId,
} from "@karma/core";

/** What to log: one component's commits, or every commit's graph change; in one environment. */
export interface LogQuery {
  /** `<type>/<nickname>`; absent: the whole environment. */
  component?: string | undefined;
  /** Absent: the only environment (of the component, when one is given). */
  env?: string | undefined;
  /** At most this many commits, newest first. */
  limit?: number | undefined;
  /** How the caller names the choice of environment, for messages (`--env <env>`). */
  envOption: string;
}

export type LogResult =
  | { kind: "component"; component: string; env: string; commits: ComponentCommit[] }
  | { kind: "environment"; env: string; commits: CommitGraphChange[] };

/** Why a query has no answer: `usage` a wrong question, `unknown` nothing by that name. */
export interface LogRefusal {
  refused: "usage" | "unknown";
  message: string;
}

/** Answers a query on a history, or says why it cannot. */
export function queryLog(history: CommitHistory, query: LogQuery): LogResult | LogRefusal {
  const { component } = query;
  if (component !== undefined && !isComponentId(component)) {
    return usage(`"${component}" is not a component: expected <type>/<nickname> (vpc/core)`);
  }
  const all = historyEnvironments(history);
  if (query.env !== undefined && !all.includes(query.env)) {
    return usage(`unknown environment "${query.env}" (environments: ${list(all)})`);
  }
  const env = query.env ?? onlyEnvironment(history, component, all, query.envOption);
  if (typeof env !== "string") return env;
  if (component === undefined) {
    const commits = environmentLog(history, env).commits;
    return { kind: "environment", env, commits: commits.slice(0, query.limit) };
  }
  if (!historyEnvironments(history, component).includes(env)) {
    return { refused: "unknown", message: `no component ${component} in ${env} in the history` };
  }
  const commits = componentHistory(history, env, component);
  return { kind: "component", component, env, commits: commits.slice(0, query.limit) };
}

function onlyEnvironment(
  history: CommitHistory,
  component: string | undefined,
  all: readonly string[],
  envOption: string,
): string | LogRefusal {
  const environments = component === undefined ? all : historyEnvironments(history, component);
  if (environments.length === 1) return environments[0]!;
  if (environments.length > 1) {
    const what = component === undefined ? "the history has" : `${component} was in`;
    return usage(
      `${what} several environments (${list(environments)}): choose one with ${envOption}`,
    );
  }
  return {
    refused: "unknown",
    message:
      component === undefined
        ? "no component in the history: is it a Karma config repository?"
        : `no component ${component} in the history`,
  };
}

function isComponentId(id: string): boolean {
  const parts = parseComponentId(id);
  return (
    parts !== null && parts.type !== "" && parts.nickname !== "" && !parts.nickname.includes("/")
  );
}

function usage(message: string): LogRefusal {
  return { refused: "usage", message };
}

function list(environments: readonly string[]): string {
  return environments.length > 0 ? environments.join(", ") : "none";
}
