import type { ComponentChange, EdgeChange, FieldChange } from "@karma/core";
import type { LogResult } from "./log-query.ts";

/** One commit of a component's log, as `karma log --json` and `GET /api/log` give it. */
export interface ComponentCommitJson {
  sha: string;
  author: string;
  date: string;
  subject: string;
  change: ComponentChange["change"];
  fields: FieldChange[];
  from?: string;
  to?: string;
  reason?: string;
}

/** One commit of an environment's log. */
export interface GraphCommitJson {
  sha: string;
  author: string;
  date: string;
  subject: string;
  components: { id: string; change: ComponentChange["change"]; from?: string; reason?: string }[];
  edges: EdgeChange[];
}

export type LogJson =
  | { component: string; env: string; commits: ComponentCommitJson[] }
  | { env: string; commits: GraphCommitJson[] };

/** The log as JSON (documented in README.md and SERVE-API.md): fields in a fixed order. */
export function logToJson(result: LogResult): LogJson {
  if (result.kind === "component") {
    return {
      component: result.component,
      env: result.env,
      commits: result.commits.map(({ sha, author, date, subject, change, fields, ...rest }) => ({
        sha,
        author,
        date,
        subject,
        change,
        fields,
        ...rest,
      })),
    };
  }
  return {
    env: result.env,
    commits: result.commits.map(({ sha, author, date, subject, components, edges }) => ({
      sha,
      author,
      date,
      subject,
      components: components.map(({ id, change, from, reason }) => ({
        id,
        change,
        ...(from === undefined ? {} : { from }),
        ...(reason === undefined ? {} : { reason }),
      })),
      edges,
    })),
  };
}
