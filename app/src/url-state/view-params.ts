import { isIssueFilter } from "../filters/issue-filters.ts";
import type { IssueFilter } from "../state/editor-store.ts";
import { focusDepths } from "../store/slices/navigation-slice.ts";

/**
 * The part of the view a link carries: the environment shown, the component selected, the trace
 * from it and focus around it, and the filters. Snapshot-based filters (drift) stay out: a link
 * does not carry the snapshot they need.
 */
export interface ViewParams {
  env: string | null;
  select: string | null;
  /** The other end of the trace from the selected component. */
  trace: string | null;
  /** Focus mode's depth around the selected component. */
  focus: number | null;
  /** Component types the filter hides, sorted. */
  hide: string[];
  issues: IssueFilter;
}

const keys = ["env", "select", "trace", "focus", "hide", "issues"] as const;

/**
 * The view a query string asks for. Values no repository could have (a depth focus mode does not
 * offer, an unknown issue filter) are dropped here; the ones the opened repository does not have
 * are dropped when the view is applied (sync-url.ts).
 */
export function readViewParams(search: string): ViewParams {
  const params = new URLSearchParams(search);
  const depth = Number(params.get("focus"));
  const issues = params.get("issues");
  return {
    env: params.get("env"),
    select: params.get("select"),
    trace: params.get("trace"),
    focus: focusDepths.includes(depth) ? depth : null,
    hide: [...new Set(params.getAll("hide").filter((type) => type !== ""))].sort(),
    issues: isIssueFilter(issues) ? issues : "all",
  };
}

/**
 * The URL with the view's parameters, in one order and without the defaults (nothing hidden, any
 * issues), other parameters and the hash kept. Slashes stay readable:
 * `?env=prod&select=route53-zone/usekarma-dev&focus=2&hide=lambda`.
 */
export function withViewParams(href: string, view: ViewParams): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  for (const key of keys) params.delete(key);
  if (view.env !== null) params.append("env", view.env);
  if (view.select !== null) params.append("select", view.select);
  if (view.trace !== null) params.append("trace", view.trace);
  if (view.focus !== null) params.append("focus", String(view.focus));
  for (const type of view.hide) params.append("hide", type);
  if (view.issues !== "all") params.append("issues", view.issues);
  const search = params.toString().replace(/%2F/gi, "/");
  return `${url.origin}${url.pathname}${search ? `?${search}` : ""}${url.hash}`;
}
