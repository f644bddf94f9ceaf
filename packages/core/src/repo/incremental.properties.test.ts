import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { buildGraph } from "../graph/build-graph.ts";
import type { FileMap } from "../json.ts";
import { computePlan } from "../plan/compute-plan.ts";
import { validateWorkspace } from "../validate/validate-workspace.ts";
import { writeFiles } from "./file-map-writes.ts";
import { loadWorkspace } from "./load-workspace.ts";
import type { Workspace } from "./workspace.ts";

// A workspace loaded from the previous one reuses what did not change; whatever the edits, it
// must find exactly what a workspace read from scratch finds.

const sample = readFixture();
const zone = "iac/prod/route53-zone/strall-com/config.json";
const site = "iac/prod/serverless-site/strall-com/config.json";
const bucket = "iac/prod/s3-bucket/demo-api/config.json";

type Edit = (files: FileMap) => FileMap;

const edit = fc.oneof(
  // a field no reference reads
  fc.boolean().map(
    (value): Edit =>
      // written as the editor's edits write: the map records what changed
      (files) =>
        writeFiles(files, { [bucket]: JSON.stringify({ bucket_name: "b", versioning: value }) }),
  ),
  // a name a reference matches on
  fc.constantFrom("strall.com.", "other.com", "usekarma.dev").map(
    (name): Edit =>
      (files) => ({
        ...files,
        [zone]: JSON.stringify({ zone_name: name }),
      }),
  ),
  // a reference
  fc.constantFrom("strall.com.", "usekarma.dev", "nowhere.org").map(
    (name): Edit =>
      (files) => ({
        ...files,
        [site]: JSON.stringify({
          content_bucket_prefix: "s",
          cloudfront_comment: "c",
          route53_zone_name: name,
        }),
      }),
  ),
  // components added and removed, in both environments
  fc.constantFrom("prod", "dev").map(
    (env): Edit =>
      (files) => ({
        ...files,
        [`iac/${env}/route53-zone/extra/config.json`]: JSON.stringify({ zone_name: "strall.com" }),
      }),
  ),
  fc.constantFrom(zone, site, "iac/prod/route53-zone/extra/config.json").map(
    (path): Edit =>
      (files) => {
        const { [path]: _, ...rest } = files;
        return rest;
      },
  ),
  // a file that stops parsing, and a custom type
  fc.constant<Edit>((files) => writeFiles(files, { [bucket]: "{ broken" })),
  fc.constant<Edit>((files) => writeFiles(files, { [zone]: "[]" })),
  fc.constant<Edit>((files) => ({
    ...files,
    ".karma/types/queue.json": JSON.stringify({
      type: "queue",
      title: "Queue",
      category: "integration",
      description: "A queue.",
      fields: {},
    }),
  })),
);

function derived(workspace: Workspace) {
  return {
    components: workspace.components.map(({ id, env, config }) => ({ id, env, config })),
    readIssues: workspace.readIssues,
    environments: workspace.environments,
    issues: validateWorkspace(workspace),
    graphs: workspace.environments.map((env) => buildGraph(workspace, env)),
  };
}

describe("a workspace loaded from the previous one", () => {
  it("finds what a workspace read from scratch finds, after any edits", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const baseline = loadWorkspace(sample);
        let files = sample;
        let current = baseline;
        for (const change of edits) {
          files = change(files);
          const previous = current;
          current = loadWorkspace(files, { previous });
          // derive everything on every step, as the editor does
          derived(current);
          computePlan(baseline, current);
          const fresh = loadWorkspace(files);
          expect(derived(current)).toEqual(derived(fresh));
          expect(computePlan(baseline, current)).toEqual(computePlan(baseline, fresh));
        }
      }),
      { numRuns: 120 },
    );
  });

  it("keeps unchanged components, their graph and their plan actions as the same objects", () => {
    const first = loadWorkspace(sample);
    const graph = buildGraph(first, "prod");
    const plan = computePlan(first, first);
    const edited = { ...sample, [bucket]: sample[bucket]!.replace("true", "false") };
    const next = loadWorkspace(edited, { previous: first });
    const unchanged = (w: Workspace) => w.components.find((c) => c.file === zone);
    expect(unchanged(next)).toBe(unchanged(first));
    // a field no reference reads: every edge is where it was
    expect(buildGraph(next, "prod")).toBe(graph);
    const zoneAction = (p: typeof plan) => p.actions.find((a) => a.file === zone);
    expect(zoneAction(computePlan(first, next))).toBe(zoneAction(plan));
  });
});
