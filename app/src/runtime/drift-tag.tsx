import type { DriftStatus } from "@karma/core";
import "./runtime.css";

const tagWords: Partial<Record<DriftStatus, string>> = {
  "in-sync": "in sync",
  drifted: "drifted",
  "not-deployed": "not deployed",
  unknown: "drift unknown",
};

/** A component's drift status as a small tag, for lists; nothing without a snapshot. */
export function DriftTag({ status }: { status: DriftStatus | undefined }) {
  const words = status === undefined ? undefined : tagWords[status];
  if (words === undefined) return null;
  return (
    <span className="drift-tag" data-status={status}>
      {words}
    </span>
  );
}
