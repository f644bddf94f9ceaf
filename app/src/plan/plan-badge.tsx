import type { PlanStatus } from "../model/derive.ts";
import "./plan-marks.css";

const badges: Record<Exclude<PlanStatus, "none">, { sign: string; words: string }> = {
  create: { sign: "+", words: "Will be created" },
  update: { sign: "~", words: "Will be updated" },
  delete: { sign: "−", words: "Will be deleted" },
};

/** The plan sign on a node card: + created, ~ updated, − deleted, ! inputs may change. */
export function PlanBadge({ plan, consequence }: { plan: PlanStatus; consequence: string | null }) {
  if (plan !== "none") {
    const { sign, words } = badges[plan];
    return (
      <span className={`plan-badge plan-badge-${plan}`} role="img" aria-label={words} title={words}>
        {sign}
      </span>
    );
  }
  if (consequence === null) return null;
  return (
    <span
      className="plan-badge plan-badge-consequence"
      role="img"
      aria-label={consequence}
      title={consequence}
    >
      !
    </span>
  );
}
