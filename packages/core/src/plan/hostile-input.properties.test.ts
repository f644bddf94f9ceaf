import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { buildGraph } from "../graph/build-graph.ts";
import { topologicalWaves } from "../graph/topological-waves.ts";
import type { FileMap } from "../json.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import type { Workspace } from "../repo/workspace.ts";
import { validateWorkspace } from "../validate/validate-workspace.ts";
import { computePlan } from "./compute-plan.ts";

// Whatever a repository holds, reading it never throws, every problem is an issue at a file,
// and nothing is planned for a component whose file did not parse.

const sample = readFixture();
const types = ["vpc", "s3-bucket", "route53-zone", "serverless-site", "lambda", "ecs-cluster"];

const segment = fc.oneof(
  fc.constantFrom("main", "core", "strall-com", "a.b", "x_y", "..", ".", "", "prod", "dev"),
  fc.string({ unit: "binary", maxLength: 12 }),
);

/** Paths where components live, and anything else. */
const path = fc.oneof(
  fc
    .tuple(fc.constantFrom("dev", "prod"), fc.constantFrom(...types), segment)
    .map(([env, type, nickname]) => `iac/${env}/${type}/${nickname}/config.json`),
  fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("/")),
  segment.map((name) => `account_environments/${name}.json`),
  fc.constantFrom(".karma/types/queue.json", ".karma/layout/prod.json"),
);

/** Nesting of any depth, valid or cut short, with strings that look like brackets. */
const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 4000 }), fc.constantFrom("[", '{"a":'), fc.boolean())
  .map(([depth, open, complete]) => {
    const close = open === "[" ? "]" : "}";
    const inner = `"${"[".repeat(3)}"`;
    return open.repeat(depth) + inner + (complete ? close.repeat(depth) : "");
  });

const config = fc.dictionary(
  fc.oneof(
    fc.constantFrom("vpc_nickname", "zone_name", "route53_zone_name", "bucket_name", "toString"),
    fc.constantFrom("constructor", "__proto__", "functions", "tags", "\u001b]0;x\u0007"),
    fc.string({ maxLength: 8 }),
  ),
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("main", "strall.com."),
    fc.jsonValue({ maxDepth: 3 }),
  ),
  { maxKeys: 6 },
);

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  deepJson,
  config.map((value) => JSON.stringify(value)),
  config.map((value) => `\ufeff${JSON.stringify(value, null, 2)}`),
  fc.constantFrom("", "{", "null", "[]", '{"a": 1,}', "\ufeff"),
);

const repository = fc.array(fc.tuple(path, text), { maxLength: 12 }).map((entries): FileMap => {
  const files: FileMap = {};
  for (const [file, content] of entries) files[file] = content;
  return files;
});

function parsed(workspace: Workspace, file: string): boolean {
  const component = workspace.components.find((c) => c.file === file);
  return component !== undefined && component.config !== null;
}

describe("hostile repositories", () => {
  it("load, validate, graph and plan without throwing; problems are issues at files", () => {
    fc.assert(
      fc.property(repository, fc.boolean(), (extra, overSample) => {
        const desired = overSample ? { ...sample, ...extra } : extra;
        const workspace = loadWorkspace(desired);
        const issues = validateWorkspace(workspace);
        for (const issue of issues) {
          expect(issue.file).not.toBe("");
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.column).toBeGreaterThanOrEqual(1);
        }
        for (const env of workspace.environments) topologicalWaves(buildGraph(workspace, env));

        const baseline = loadWorkspace(sample);
        for (const [before, after] of [
          [baseline, workspace],
          [workspace, baseline],
        ] as const) {
          const plan = computePlan(before, after);
          for (const issue of plan.issues) expect(issue.file).not.toBe("");
          for (const action of plan.actions) {
            if (action.action === "no-op" || action.action === "unknown") continue;
            // a create, update or delete only for files that parsed on every side they exist
            const sides = [before, after].filter((side) =>
              side.components.some((c) => c.file === action.file),
            );
            for (const side of sides) expect(parsed(side, action.file)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never plans a component whose file did not parse, on either side", () => {
    fc.assert(
      fc.property(fc.constantFrom(...types), text, (type, content) => {
        const file = `iac/prod/${type}/hostile/config.json`;
        const before = loadWorkspace({ ...sample, [file]: '{"bucket_name": "b"}' });
        const after = loadWorkspace({ ...sample, [file]: content });
        for (const plan of [computePlan(before, after), computePlan(after, before)]) {
          const action = plan.actions.find((a) => a.file === file)!;
          if (!parsed(after, file)) {
            expect(action.action).toBe("unknown");
            expect(plan.issues).toContainEqual(
              expect.objectContaining({ code: "not-planned", file, severity: "error" }),
            );
          } else expect(action.action).not.toBe("unknown");
        }
      }),
      { numRuns: 200 },
    );
  });
});
