import {
  type FileMap,
  formatPlanMarkdown,
  formatPlanScript,
  generateRepository,
  loadWorkspace,
  planReport,
} from "@karma/core";
import { describe, expect, it } from "vitest";
import { colorsFor } from "../src/colors.ts";
import { formatPlanText } from "../src/format-plan-text.ts";

const plain = colorsFor({ stdout: { write: () => true }, stderr: { write: () => true }, cwd: "/" });

function report(baseline: FileMap, desired: FileMap) {
  return planReport({
    base: "main",
    baseCommit: null,
    env: null,
    baseline: loadWorkspace(baseline),
    desired: loadWorkspace(desired),
  });
}

const lambda = (source: string) =>
  JSON.stringify({
    functions: {
      run: {
        runtime: "python3.12",
        handler: "main.handler",
        memory_size: 128,
        timeout: 10,
        src_type: "lambda",
        src_nickname: source,
      },
    },
  });

describe("plan formats", () => {
  it("say when a wave holds a dependency cycle and cannot be ordered", () => {
    const cycle = report(
      {},
      { "iac/dev/lambda/a/config.json": lambda("b"), "iac/dev/lambda/b/config.json": lambda("a") },
    );
    expect(cycle.plan.waves).toEqual([
      { env: "dev", index: 1, phase: "apply", components: ["lambda/a", "lambda/b"], cycle: true },
    ]);
    expect(formatPlanText(cycle, plain)).toContain(
      "Wave 1 (apply) · dev — dependency cycle: no order inside this wave\n",
    );
    expect(formatPlanScript(cycle)).toContain(
      "# Wave 1 (apply); dependency cycle: the order inside this wave is not known\n" +
        "./scripts/deploy.sh lambda a\n./scripts/deploy.sh lambda b\n",
    );
    expect(formatPlanMarkdown(cycle)).toContain("| 1 ⚠ cycle | `+` create | `lambda/a` |");
  });

  it("leave out the graph of a change too large to draw and keep the table", () => {
    const files = generateRepository({ components: 1_000 });
    const large = report({}, files);
    expect(large.plan.summary.create).toBe(1_000);
    const markdown = formatPlanMarkdown(large);
    expect(markdown).not.toContain("```mermaid");
    expect(markdown).toMatch(/The change touches \d+ components and \d+ references, too many/);
    expect(markdown.match(/^\| \d+ \| `\+` create \|/gm)).toHaveLength(1_000);
    const script = formatPlanScript(large).split("\n");
    expect(script.filter((line) => line.startsWith("./scripts/deploy.sh "))).toHaveLength(1_000);
  });

  it("plans nothing for a component whose config is not JSON, and says why", () => {
    const path = "iac/dev/s3-bucket/logs/config.json";
    const broken = report({ [path]: '{"bucket_name": "logs"}' }, { [path]: '{"bucket_name": ' });
    const text = formatPlanText(broken, plain);
    expect(text).not.toContain("will be updated");
    expect(text).toContain("invalid JSON");
    expect(text).toMatch(/Nothing to deploy that Karma could read: 1 component not planned/);
    expect(broken.plan.actions).toMatchObject([{ component: "s3-bucket/logs", action: "unknown" }]);
    expect(broken.issues.map((issue) => issue.code)).toContain("invalid-json");
  });
});
