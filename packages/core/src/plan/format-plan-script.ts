import { parseComponentId } from "../repo/component-id.ts";
import type { PlanWave } from "./plan.ts";
import {
  baseLabel,
  errorCount,
  hasChanges,
  indexActions,
  type PlanReport,
  planCounts,
  waveSteps,
} from "./plan-report.ts";

/** The deploy script of the IaC repository, run from its root. */
const deployScript = "./scripts/deploy.sh";

/**
 * The plan as the commands an operator runs, in order: `./scripts/deploy.sh <type> <nickname>`
 * per component, `--destroy` first for deletions (where that script takes its flags), a
 * comment per environment and per wave. A plan with errors stops before the first command.
 */
export function formatPlanScript(report: PlanReport): string {
  const { plan } = report;
  const lines = [
    "#!/usr/bin/env bash",
    comment(`Deploy order planned by karma against ${baseLabel(report)}: ${planCounts(plan)}.`),
    "# Run from the root of the IaC repository (the one with scripts/deploy.sh), with",
    "# AWS_PROFILE set to the account of each environment.",
    "set -euo pipefail",
  ];
  const errors = errorCount(report);
  if (errors > 0) {
    lines.push(
      "",
      comment(
        `This plan has ${errors === 1 ? "1 error" : `${errors} errors`} (run karma plan to see them).`,
      ),
      'echo "karma: this plan has errors; fix them before deploying" >&2',
      "exit 1",
    );
  }
  if (!hasChanges(plan)) lines.push("", "# No changes: nothing to deploy.");

  let env: string | undefined;
  for (const { wave, actions } of waveSteps(plan, indexActions(plan))) {
    if (wave.env !== env) {
      env = wave.env;
      lines.push("", comment(environmentTitle(report, env)));
    }
    lines.push("", comment(waveTitle(wave)));
    for (const action of actions) {
      const target = `${shellWord(action.type)} ${shellWord(action.nickname)}`;
      lines.push(
        action.action === "delete"
          ? `${deployScript} --destroy ${target}`
          : `${deployScript} ${target}`,
      );
    }
  }

  if (plan.consequences.length > 0) {
    lines.push(
      "",
      "# Consequences: these read the runtime outputs of a changed component and are not",
      "# part of the plan; redeploy them if the outputs they read change.",
    );
    for (const consequence of plan.consequences) {
      const { type, nickname } = parseComponentId(consequence.component) ?? {
        type: "",
        nickname: consequence.component,
      };
      const command = `${deployScript} ${shellWord(type)} ${shellWord(nickname)}`;
      const repo = consequence.repo === undefined ? "" : ` (in ${consequence.repo})`;
      lines.push(comment(`${command}  # ${consequence.env}${repo}: reads ${consequence.cause}`));
    }
  }
  return `${lines.join("\n")}\n`;
}

function environmentTitle(report: PlanReport, env: string): string {
  const accounts = report.desired.accountEnvironments
    .filter((account) => account.environment === env)
    .map((account) => account.name);
  const scope = accounts.length > 0 ? ` (account environments: ${accounts.join(", ")})` : "";
  return `Environment ${env}${scope}`;
}

function waveTitle(wave: PlanWave): string {
  const order = wave.phase === "destroy" ? "destroy, dependents first" : "apply";
  const cycle = wave.cycle ? "; dependency cycle: the order inside this wave is not known" : "";
  return `Wave ${wave.index} (${order})${cycle}`;
}

/** A comment line; names come from file paths, so a newline must not end the comment. */
function comment(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, " ")}`;
}

/**
 * A word the shell reads literally. Core only accepts letters, digits, `.`, `_` and `-` in
 * names today; anything else is quoted all the same, since this text is run.
 */
function shellWord(text: string): string {
  return /^[A-Za-z0-9._/@%+=:,-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}
