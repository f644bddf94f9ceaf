import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FileMap } from "../json.ts";
import { writeFiles } from "../repo/file-map-writes.ts";
import { generateWorkspace } from "../synthetic/generate-workspace.ts";
import { planWorkspaceRepositories } from "./plan-workspace-repositories.ts";
import { validateRepositories } from "./validate-repositories.ts";
import { workspaceGraph } from "./workspace-graph.ts";
import { loadRepositories, type WorkspaceRepositories } from "./workspace-repositories.ts";

// A workspace of repositories loaded from the previous one carries over what each edit left as
// it was (components, references across, graphs, issues); whatever the edits, it must find
// exactly what a workspace read from scratch finds.

const workspace = generateWorkspace({
  repositories: 4,
  componentsEach: 30,
  environments: ["dev", "prod"],
  seed: 21,
});
const componentPaths = Object.keys(workspace).filter((path) => path.includes("iac/"));
const zones = componentPaths.filter((path) => path.includes("/route53-zone/"));
const withVpc = componentPaths.filter((path) => workspace[path]!.includes('"vpc_nickname"'));
const zoneNames = ["a.example.com", "b.example.com", "nowhere.org"];
const nicknames = componentPaths
  .filter((path) => path.includes("/vpc/"))
  .map((path) => path.split("/").at(-2)!)
  .concat("missing-vpc");

type Edit = (files: FileMap) => FileMap;

/** The config of `path` with `change` made to it, written as the editor writes (or not). */
function editConfig(path: string, change: (config: Record<string, unknown>) => void): Edit {
  return (files) => {
    if (!Object.hasOwn(files, path)) return files;
    let config: Record<string, unknown>;
    try {
      config = JSON.parse(files[path]!);
    } catch {
      config = {};
    }
    change(config);
    return writeFiles(files, { [path]: `${JSON.stringify(config, null, 2)}\n` });
  };
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // a field no reference reads, in any repository
  fc
    .tuple(fc.constantFrom(...componentPaths), fc.integer({ min: 0, max: 3 }))
    .map(([path, value]) => editConfig(path, (config) => (config.note_for_test = value))),
  // a name a reference matches on, in another repository than most of its readers
  fc
    .tuple(fc.constantFrom(...zones), fc.constantFrom(...zoneNames))
    .map(([path, name]) => editConfig(path, (config) => (config.zone_name = name))),
  // a reference, resolved in another repository or nowhere
  fc
    .tuple(fc.constantFrom(...withVpc), fc.constantFrom(...nicknames))
    .map(([path, nickname]) => editConfig(path, (config) => (config.vpc_nickname = nickname))),
  // a component added (maybe with the id of another repository's: defined twice) or removed
  fc.tuple(fc.constantFrom("", "../repo-01/", "../repo-03/"), fc.constantFrom(...nicknames)).map(
    ([prefix, nickname]): Edit =>
      (files) =>
        writeFiles(files, {
          [`${prefix}iac/prod/vpc/${nickname}/config.json`]: '{ "cidr": "10.0.0.0/16" }\n',
        }),
  ),
  fc.constantFrom(...componentPaths).map(
    (path): Edit =>
      (files) =>
        Object.hasOwn(files, path) ? writeFiles(files, { [path]: null }) : files,
  ),
  // a file that stops parsing; and a map not written by writeFiles (a whole load from the last)
  fc.constantFrom(...componentPaths).map(
    (path): Edit =>
      (files) =>
        writeFiles(files, { [path]: "{ x" }),
  ),
  fc.constantFrom(...componentPaths).map(
    (path): Edit =>
      (files) => ({ ...files, [path]: "{}\n" }),
  ),
);

function derived(loaded: WorkspaceRepositories) {
  return {
    components: loaded.workspace.components.map(({ id, env, file, repo, config }) => ({
      id,
      env,
      file,
      repo,
      config,
    })),
    issues: validateRepositories(loaded.repositories),
    prodIssues: validateRepositories(loaded.repositories, { env: "prod" }),
    graphs: loaded.workspace.environments.map((env) => workspaceGraph(loaded, env)),
  };
}

describe("a workspace of repositories loaded from the previous one", () => {
  it("finds what a workspace read from scratch finds, after any edits", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const baseline = loadRepositories(workspace, { first: "repo-00" });
        derived(baseline);
        let files = workspace;
        let current = baseline;
        for (const change of edits) {
          files = change(files);
          current = loadRepositories(files, { first: "repo-00", previous: current });
          // derive everything on every step, as the editor does
          const found = derived(current);
          const plan = planWorkspaceRepositories(baseline, current);
          const fresh = loadRepositories(files, { first: "repo-00" });
          expect(found).toEqual(derived(fresh));
          expect(plan).toEqual(planWorkspaceRepositories(baseline, fresh));
        }
      }),
      { numRuns: 40 },
    );
    // about 2 s alone; a machine busy with the rest of the suite takes longer
  }, 30_000);

  it("re-validates only the repository an edit of a plain field changed", () => {
    const first = loadRepositories(workspace, { first: "repo-00" });
    const issues = validateRepositories(first.repositories);
    const graph = workspaceGraph(first, "prod");
    const path = componentPaths.find((p) => p.startsWith("../repo-02/iac/prod/"))!;
    const next = loadRepositories(
      editConfig(path, (config) => (config.note_for_test = 1))(workspace),
      { first: "repo-00", previous: first },
    );
    expect(workspaceGraph(next, "prod")).toBe(graph);
    const again = validateRepositories(next.repositories);
    const of = (list: typeof issues, repo: string) =>
      list.filter((issue) => issue.file.startsWith(`${repo}/`));
    // another repository's issues are the very objects found before; the edited one's are new
    expect(of(again, "repo-01").every((issue, i) => issue === of(issues, "repo-01")[i])).toBe(true);
    expect(of(again, "repo-02").some((issue) => issue.code === "unknown-key")).toBe(true);
  });
});
