import type { Node } from "jsonc-parser";
import type { JsonDocument } from "../repo/json-document.ts";

/** Keys written twice in the same object: JSON allows it, but only the last one counts. */
export function findDuplicateKeys(document: JsonDocument): { path: string[]; offset: number }[] {
  const found: { path: string[]; offset: number }[] = [];
  if (document.root) visit(document.root, [], found);
  return found;
}

function visit(node: Node, path: string[], found: { path: string[]; offset: number }[]): void {
  if (node.type === "object") {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key) continue;
      const name = String(key.value);
      if (seen.has(name)) found.push({ path: [...path, name], offset: key.offset });
      seen.add(name);
      if (value) visit(value, [...path, name], found);
    }
  } else if (node.type === "array") {
    for (const [index, child] of (node.children ?? []).entries())
      visit(child, [...path, String(index)], found);
  }
}
