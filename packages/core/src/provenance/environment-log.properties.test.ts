import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { buildGraph } from "../graph/build-graph.ts";
import type { FileMap } from "../json.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import type { CommitDelta, PathChange } from "./commit-delta.ts";
import { environmentLog } from "./environment-log.ts";

// The log loads each commit's workspace from its parent's, over one file map changed in place,
// and plans only the files a commit changed. Whatever the history, replaying what it reports
// must end where reading the last commit from scratch does.

const sample = readFixture();
const zone = "iac/prod/route53-zone/strall-com/config.json";
const site = "iac/prod/serverless-site/strall-com/config.json";
const movedSite = "iac/prod/serverless-site/strall-org/config.json";
const extra = (env: string) => `iac/${env}/route53-zone/extra/config.json`;

type Edit = (files: FileMap) => PathChange[];
const write = (path: string, value: object): PathChange => ({
  kind: "write",
  path,
  text: JSON.stringify(value),
});

const edit = fc.oneof(
  fc.constantFrom("strall.com.", "other.com", "usekarma.dev").map(
    (name): Edit =>
      () => [write(zone, { zone_name: name })],
  ),
  fc.constantFrom("strall.com.", "usekarma.dev", "nowhere.org").map(
    (name): Edit =>
      (files) => [
        write(files[movedSite] ? movedSite : site, {
          content_bucket_prefix: "s",
          cloudfront_comment: "c",
          route53_zone_name: name,
        }),
      ],
  ),
  fc.constantFrom("prod", "dev").map(
    (env): Edit =>
      () => [write(extra(env), { zone_name: "strall.com" })],
  ),
  fc.constantFrom(zone, site, extra("prod"), extra("dev")).map(
    (path): Edit =>
      () => [{ kind: "remove", path }],
  ),
  // a move with the same text: a rename, and back
  fc.constant<Edit>((files) => {
    const [from, to] = files[site] ? [site, movedSite] : [movedSite, site];
    const text = files[from];
    return text === undefined
      ? []
      : [
          { kind: "remove", path: from },
          { kind: "write", path: to, text },
        ];
  }),
);

describe("environmentLog replayed", () => {
  it("ends with the components and edges of the last commit read from scratch", () => {
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 8 }),
        fc.constantFrom("prod", "dev"),
        (edits, env) => {
          let files: FileMap = { ...sample };
          const commits: CommitDelta[] = edits.map((change, index) => {
            const changes = change(files);
            files = { ...files };
            for (const c of changes) {
              if (c.kind === "write") files[c.path] = c.text;
              else delete files[c.path];
            }
            return { sha: String(index), author: "a", date: "d", subject: "s", changes };
          });
          const log = environmentLog({ base: { files: sample, notRead: [] }, commits }, env);

          const start = loadWorkspace(sample);
          const ids = new Set(start.components.filter((c) => c.env === env).map((c) => c.id));
          const edges = new Set(buildGraph(start, env).edges.map(edgeKey));
          for (const commit of [...log.commits].reverse()) {
            for (const change of commit.components) {
              if (change.change === "create") ids.add(change.id);
              if (change.change === "delete") ids.delete(change.id);
              if (change.change === "rename") {
                ids.delete(change.from!);
                ids.add(change.id);
              }
            }
            for (const edge of commit.edges) {
              if (edge.change === "add") edges.add(edgeKey(edge));
              else edges.delete(edgeKey(edge));
            }
          }

          const end = loadWorkspace({ ...files });
          const endIds = end.components.filter((c) => c.env === env).map((c) => c.id);
          expect([...ids].sort()).toEqual(endIds.sort());
          expect([...edges].sort()).toEqual(buildGraph(end, env).edges.map(edgeKey).sort());
        },
      ),
      { numRuns: 60 },
    );
  });
});

function edgeKey(edge: { dependent: string; dependency: string; key: string }): string {
  return `${edge.dependent} → ${edge.dependency} (${edge.key})`;
}
