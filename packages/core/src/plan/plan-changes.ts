import type { FieldChange } from "./diff-config.ts";

export type ChangeSign = "+" | "-" | "~";

export function changeSign(change: FieldChange): ChangeSign {
  if (change.before === undefined) return "+";
  if (change.after === undefined) return "-";
  return "~";
}

/** `route53_zone_name: "strall.com." → "usekarma.dev"`; `(whole config)` when a side is not JSON. */
export function describeChange(change: FieldChange): string {
  const path = change.path === "" ? "(whole config)" : change.path;
  if (change.before === undefined) return `${path}: ${JSON.stringify(change.after)}`;
  if (change.after === undefined) return `${path}: ${JSON.stringify(change.before)}`;
  return `${path}: ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`;
}
