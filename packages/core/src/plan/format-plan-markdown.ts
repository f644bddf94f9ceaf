import { codeBlock, inlineCode, markdownText, tableCell } from "../format/markdown-text.ts";
import type { FieldChange } from "./diff-config.ts";
import { changedSubgraphs, formatPlanMermaid } from "./format-plan-mermaid.ts";
import type { PlanAction } from "./plan.ts";
import {
  actionKey,
  baseLabel,
  errorCount,
  hasChanges,
  indexActions,
  type PlanReport,
  pastTense,
  planCounts,
  planOutcome,
  waveSteps,
} from "./plan-report.ts";

/** Beyond these, GitHub's Mermaid refuses or draws an unreadable graph; the table says it all. */
const maxGraphNodes = 200;
const maxGraphEdges = 400;
/** Changed keys named in the table's changes column before `+N more`. */
const maxKeysInTable = 3;

const actionLabels: Record<Exclude<PlanAction["action"], "no-op" | "unknown">, string> = {
  create: "`+` create",
  update: "`~` update",
  delete: "`-` delete",
};

/**
 * The plan as a pull-request comment: a summary heading, one table row per changed component
 * in deploy order, the field changes in a collapsed diff, the consequences, the issues and a
 * Mermaid graph of the part of the repository the change touches.
 */
export function formatPlanMarkdown(report: PlanReport): string {
  const { plan } = report;
  const scope = report.env === null ? "" : ` · environment ${inlineCode(report.env)}`;
  const sections = [
    `### Karma plan: ${hasChanges(plan) ? planCounts(plan) : plan.summary.unknown > 0 ? `${plan.summary.unknown} not planned` : "no changes"}`,
    `Base: ${inlineCode(baseLabel(report))}${scope}`,
  ];
  const errors = errorCount(report);
  if (errors > 0) {
    sections.push(
      `> [!CAUTION]\n> ${errors === 1 ? "1 error" : `${errors} errors`}: this change cannot be deployed as is (see Issues).`,
    );
  }
  if (!hasChanges(plan)) {
    sections.push(planOutcome(plan));
  } else {
    sections.push(changeTable(report), fieldChangeDetails(report));
  }
  if (plan.consequences.length > 0) sections.push(consequenceList(report));
  if (report.issues.length > 0) sections.push(issueList(report));
  if (hasChanges(plan) || plan.consequences.length > 0) sections.push(graphSection(report));
  return `${sections.join("\n\n")}\n`;
}

function changeTable(report: PlanReport): string {
  const rows = ["| Wave | Action | Component | Env | Changes |", "|---:|---|---|---|---|"];
  for (const { wave, actions } of waveSteps(report.plan, indexActions(report.plan))) {
    const waveCell = wave.phase === "destroy" ? `${wave.index} (destroy)` : `${wave.index}`;
    for (const action of actions) {
      if (action.action === "no-op" || action.action === "unknown") continue;
      const cells = [
        waveCell + (wave.cycle ? " ⚠ cycle" : ""),
        actionLabels[action.action],
        inlineCode(action.component),
        inlineCode(action.env),
        changedKeys(action),
      ];
      rows.push(`| ${cells.map(tableCell).join(" | ")} |`);
    }
  }
  return rows.join("\n");
}

function changedKeys(action: PlanAction): string {
  if (action.action === "delete") return "whole component";
  const keys = action.changes.map((change) => change.path || "(whole config)");
  const shown = keys.slice(0, maxKeysInTable).map(inlineCode).join(", ");
  const more = keys.length - maxKeysInTable;
  return more > 0 ? `${shown} +${more} more` : shown || "—";
}

function fieldChangeDetails(report: PlanReport): string {
  const blocks: string[] = [];
  for (const { actions } of waveSteps(report.plan, indexActions(report.plan))) {
    for (const action of actions) {
      if (action.action === "no-op" || action.action === "unknown") continue;
      const title = `${inlineCode(action.component)} (${markdownText(action.env)}) will be ${pastTense[action.action]} · ${inlineCode(action.file)}`;
      const diff = action.changes.flatMap(diffLines).join("\n");
      blocks.push(diff ? `${title}\n\n${codeBlock("diff", diff)}` : title);
    }
  }
  return `<details>\n<summary>Field changes</summary>\n\n${blocks.join("\n\n")}\n\n</details>`;
}

/** Lines of a ```diff block: removed values red, added ones green. */
function diffLines(change: FieldChange): string[] {
  const path = change.path === "" ? "(whole config)" : change.path;
  const lines: string[] = [];
  if (change.before !== undefined) lines.push(`- ${path}: ${JSON.stringify(change.before)}`);
  if (change.after !== undefined) lines.push(`+ ${path}: ${JSON.stringify(change.after)}`);
  return lines;
}

function consequenceList(report: PlanReport): string {
  const actions = indexActions(report.plan);
  const lines = [
    "#### Consequences (inputs may change)",
    "",
    "Unchanged components that read the runtime outputs of a changed one:",
    "",
  ];
  for (const consequence of report.plan.consequences) {
    const cause = actions.get(actionKey(consequence.env, consequence.cause));
    const path = consequence.path.map(inlineCode).join(" → ");
    lines.push(
      `- ${inlineCode(consequence.component)} (${markdownText(consequence.env)}${consequence.repo === undefined ? "" : `, in ${markdownText(consequence.repo)}`}): ${path} (${cause ? pastTense[cause.action] : "changed"})`,
    );
  }
  return lines.join("\n");
}

function issueList(report: PlanReport): string {
  const lines = ["#### Issues", ""];
  for (const issue of report.issues) {
    const where = issue.file ? `${inlineCode(`${issue.file}:${issue.line}:${issue.column}`)} ` : "";
    lines.push(
      `- **${issue.severity}** ${where}${markdownText(issue.message)} (${inlineCode(issue.code)})`,
    );
  }
  return lines.join("\n");
}

function graphSection(report: PlanReport): string {
  const graphs = changedSubgraphs(report);
  const nodes = graphs.reduce((sum, graph) => sum + graph.nodes.length, 0);
  const edges = graphs.reduce((sum, graph) => sum + graph.edges.length, 0);
  if (nodes > maxGraphNodes || edges > maxGraphEdges) {
    return `The change touches ${nodes} components and ${edges} references, too many to draw here; \`karma graph --format mermaid\` draws the whole repository.`;
  }
  return `#### Graph of the change\n\n${codeBlock("mermaid", formatPlanMermaid(report, graphs))}`;
}
