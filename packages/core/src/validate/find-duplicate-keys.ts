import type { Node } from "jsonc-parser";
import { isJsonObject, type JsonValue } from "../json.ts";
import type { JsonDocument } from "../repo/json-document.ts";

/** A string token followed by a colon: a key. Counting them is cheap; building a tree is not. */
const keyToken = /"(?:[^"\\]|\\.)*"\s*:/g;

/** Keys written twice in the same object: JSON allows it, but only the last one counts. */
export function findDuplicateKeys(document: JsonDocument): { path: string[]; offset: number }[] {
  if (document.value === undefined) return [];
  // only a text with more keys than its value holds can repeat one
  const written = document.text.match(keyToken)?.length ?? 0;
  if (written <= countKeys(document.value)) return [];
  const found: { path: string[]; offset: number }[] = [];
  if (document.root) visit(document.root, [], found);
  return found;
}

function countKeys(value: JsonValue): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + countKeys(item), 0);
  if (!isJsonObject(value)) return 0;
  let count = 0;
  for (const key of Object.keys(value)) count += 1 + countKeys(value[key]!);
  return count;
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
    for (const [index, child] of (node.children ?? []).entries()) {
      visit(child, [...path, String(index)], found);
    }
  }
}
