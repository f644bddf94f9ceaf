import {
  actionKey,
  baseLabel,
  type ChangeSign,
  changeSign,
  describeChange,
  indexActions,
  type PlanAction,
  type PlanConsequence,
  type PlanReport,
  type PlanWave,
  pastTense,
  planOutcome,
  waveSteps,
} from "@karma/core";
import type { Colors } from "./colors.ts";
import { formatIssues } from "./format-issues.ts";

const signs: Record<Exclude<PlanAction["action"], "no-op" | "unknown">, ChangeSign> = {
  create: "+",
  update: "~",
  delete: "-",
};

/**
 * The plan for a terminal, like an infrastructure plan: each wave in deploy order with its
 * components and their field changes, the consequences, the issues and a summary line.
 */
export function formatPlanText(report: PlanReport, colors: Colors): string {
  const { plan } = report;
  const paint = (sign: ChangeSign) =>
    sign === "+" ? colors.green(sign) : sign === "-" ? colors.red(sign) : colors.yellow(sign);
  const blocks = [colors.dim(`Base: ${baseLabel(report)}`)];
  const actions = indexActions(plan);

  for (const { wave, actions: waveActions } of waveSteps(plan, actions)) {
    const lines = [colors.bold(waveTitle(wave))];
    for (const action of waveActions) {
      if (action.action === "no-op" || action.action === "unknown") continue;
      const sign = paint(signs[action.action]);
      lines.push(`  ${sign} ${colors.bold(action.component)} will be ${pastTense[action.action]}`);
      for (const change of action.changes) {
        lines.push(`      ${paint(changeSign(change))} ${describeChange(change)}`);
      }
    }
    blocks.push(lines.join("\n"));
  }

  if (plan.consequences.length > 0) {
    const lines = ["Consequences (inputs may change):"];
    for (const consequence of plan.consequences) {
      const cause = actions.get(actionKey(consequence.env, consequence.cause));
      const verb = cause ? pastTense[cause.action] : "changed";
      lines.push(
        `  ${colors.cyan("!")} ${colors.bold(consequence.component)} (${where(consequence)}): ` +
          `${consequence.path.join(" → ")} (${verb})`,
      );
    }
    blocks.push(lines.join("\n"));
  }

  if (report.issues.length > 0) blocks.push(formatIssues(report.issues, colors).trimEnd());

  blocks.push(colors.bold(planOutcome(plan)));
  return `${blocks.join("\n\n")}\n`;
}

function waveTitle(wave: PlanWave): string {
  const cycle = wave.cycle ? " — dependency cycle: no order inside this wave" : "";
  return `Wave ${wave.index} (${wave.phase}) · ${wave.env}${cycle}`;
}

/** `prod`, or `prod, in network-config` for a consequence in another repository. */
function where(consequence: PlanConsequence): string {
  return consequence.repo === undefined
    ? consequence.env
    : `${consequence.env}, in ${consequence.repo}`;
}
