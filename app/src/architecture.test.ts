import { describe, expect, it } from "vitest";

// The layers of app/src, bottom to top: a module may import from its own layer or below.
// state: types only · model: derivation over core · store: the store, its slices and selectors
// · commands: every change to the document · features: canvas, panels and the rest · shell.
const layers = ["state", "ui", "model", "store", "commands", "features", "shell"] as const;
type Layer = (typeof layers)[number];

const shell = new Set([
  "app.tsx",
  "boot.tsx",
  "main.tsx",
  "create-editor.ts",
  "karma-api.ts",
  "startup.ts",
  "use-shortcuts.ts",
]);
const folders: Record<string, Layer> = {
  state: "state",
  ui: "ui",
  model: "model",
  store: "store",
  commands: "commands",
};

// tests and their helpers may reach anywhere
const sources = import.meta.glob(
  ["./**/*.ts", "./**/*.tsx", "!./**/*.test.ts", "!./**/test-*.ts", "!./test-support/**"],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
) as Record<string, string>;

function layerOf(path: string): Layer {
  const [top, ...rest] = path.replace(/^\.\//, "").split("/");
  if (rest.length === 0) return shell.has(top!) ? "shell" : "model";
  return folders[top!] ?? "features";
}

/** Relative imports of every module, resolved to module paths (`./store/selectors.ts`). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [path, text] of Object.entries(sources)) {
    const targets: string[] = [];
    for (const match of text.matchAll(/(?:import|export)[^"';]*?from\s+"(\.{1,2}\/[^"]+)"/g)) {
      const parts = path.split("/").slice(0, -1);
      for (const segment of match[1]!.split("/")) {
        if (segment === "..") parts.pop();
        else if (segment !== ".") parts.push(segment);
      }
      const target = parts.join("/");
      if (target in sources) targets.push(target);
    }
    graph.set(path, targets);
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe("app/src layers", () => {
  const graph = importGraph();

  it("has no import circles", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("imports down only", () => {
    const upward: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) {
        if (layers.indexOf(layerOf(to)) > layers.indexOf(layerOf(from)))
          upward.push(`${from} → ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("keeps the state layer to types", () => {
    for (const [path, text] of Object.entries(sources)) {
      if (layerOf(path) !== "state") continue;
      expect(text, path).not.toMatch(/^export (?!type |interface )/m);
    }
  });
});
