import { applyEdits, type Edit, getNodeValue, modify, type Node } from "jsonc-parser";
import { isJsonObject, type JsonValue } from "../json.ts";
import { JsonDocument } from "../repo/json-document.ts";
import { detectFormatting } from "./detect-formatting.ts";
import { isJsonValue, jsonEqual } from "./json-values.ts";

export type JsonPath = readonly (string | number)[];

/** A failure names the key path; `at` is where the JSON is broken when the file does not parse. */
export type TextFailure = { ok: false; error: string; at?: { line: number; column: number } };
export type TextEditResult = { ok: true; text: string } | TextFailure;

/** The syntax tree of a JSON text, or where it is broken: a broken file is not edited. */
export function parseJsonText(text: string): { ok: true; root: Node } | TextFailure {
  const document = new JsonDocument(text);
  if (document.error || !document.root) {
    const { line, column, message } = document.error ?? {
      line: 1,
      column: 1,
      message: "empty file",
    };
    return {
      ok: false,
      error: `${message}; fix the JSON by hand before editing it`,
      at: { line, column },
    };
  }
  return { ok: true, root: document.root };
}

/**
 * Sets the value at `path` in a JSON text (creating missing objects on the way), or removes it
 * when `value` is undefined, changing only the bytes that have to change: everything outside the
 * edited value keeps its indentation, key order, line endings and final newline.
 *
 * Values are written through jsonc-parser's `modify`, formatted like the file. Removals, and
 * insertions into containers written on one line, are edited by hand: `modify` re-indents the
 * neighbouring line there (the first key after removing the first property, a whole one-line
 * list when appending to it).
 */
export function editJsonText(
  text: string,
  path: JsonPath,
  value: JsonValue | undefined,
): TextEditResult {
  if (path.length === 0) return failure("the key path is empty");
  if (value !== undefined && !isJsonValue(value)) {
    return failure(`${describePath(path)}: the value is not JSON (numbers must be finite)`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;

  let container = parsed.root;
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth]!;
    const last = depth === path.length - 1;
    const children = container.children ?? [];
    let child: Node | undefined;
    let index: number;
    if (container.type === "object" && typeof segment === "string") {
      const matches = children.filter((property) => property.children?.[0]?.value === segment);
      if (matches.length > 1) {
        return failure(
          `${describePath(path.slice(0, depth + 1))} appears more than once; fix it by hand`,
        );
      }
      child = matches[0];
      index = child ? children.indexOf(child) : -1;
      if (!child) {
        if (value === undefined) return success(text);
        return insertProperty(text, container, path, depth, value);
      }
    } else if (container.type === "array" && isIndex(segment)) {
      child = children[segment];
      index = segment;
      if (!child) {
        if (value === undefined) return success(text);
        if (!last || segment !== children.length) {
          return failure(`${describePath(path.slice(0, depth + 1))} is past the end of the list`);
        }
        return appendItem(text, container, path, value);
      }
    } else {
      return failure(notAContainer(path.slice(0, depth), container, segment));
    }

    // a property of a file that parses always has a value
    const valueNode = container.type === "object" ? child.children![1]! : child;
    if (last) {
      if (value === undefined) return applied(text, [removal(container, index)]);
      return replaceValue(text, path, valueNode, value);
    }
    container = valueNode;
  }
  return success(text);
}

function replaceValue(text: string, path: JsonPath, node: Node, value: JsonValue): TextEditResult {
  if (jsonEqual(getNodeValue(node), value)) return success(text);
  // a one-line list or object stays on one line
  if (isOneLine(text, node) && (node.children?.length || !isContainer(value))) {
    return applied(text, [
      { offset: node.offset, length: node.length, content: inlineJson(value) },
    ]);
  }
  return applied(
    text,
    modify(text, [...path], value, { formattingOptions: detectFormatting(text) }),
  );
}

function insertProperty(
  text: string,
  object: Node,
  path: JsonPath,
  depth: number,
  value: JsonValue,
): TextEditResult {
  const rest = path.slice(depth + 1);
  const numeric = rest.findIndex((segment) => typeof segment !== "string");
  if (numeric >= 0) {
    return failure(
      `${describePath(path.slice(0, depth + 1 + numeric))} does not exist, so it has no item ${rest[numeric]}`,
    );
  }
  const nested = (rest as string[]).reduceRight<JsonValue>(
    (inner, key) => ({ [key]: inner }),
    value,
  );
  const key = path[depth] as string;
  const lastProperty = object.children?.at(-1);
  if (lastProperty && isOneLine(text, object)) {
    const content = `, ${JSON.stringify(key)}: ${inlineJson(nested)}`;
    return applied(text, [{ offset: end(lastProperty), length: 0, content }]);
  }
  const edits = modify(text, [...path.slice(0, depth + 1)], nested, {
    formattingOptions: detectFormatting(text),
  });
  return applied(text, edits);
}

function appendItem(text: string, array: Node, path: JsonPath, value: JsonValue): TextEditResult {
  const lastItem = array.children?.at(-1);
  if (lastItem && isOneLine(text, array)) {
    return applied(text, [{ offset: end(lastItem), length: 0, content: `, ${inlineJson(value)}` }]);
  }
  return applied(
    text,
    modify(text, [...path], value, { formattingOptions: detectFormatting(text) }),
  );
}

/** Removes a property or item with its separator, leaving the lines around it as they are. */
function removal(container: Node, index: number): Edit {
  const children = container.children!;
  const child = children[index]!;
  if (children.length === 1) {
    return { offset: container.offset + 1, length: container.length - 2, content: "" };
  }
  if (index > 0) {
    const previous = children[index - 1]!;
    return { offset: end(previous), length: end(child) - end(previous), content: "" };
  }
  return { offset: child.offset, length: children[1]!.offset - child.offset, content: "" };
}

function applied(text: string, edits: Edit[]): TextEditResult {
  return success(applyEdits(text, edits));
}

function success(text: string): TextEditResult {
  return { ok: true, text };
}

function failure(error: string): TextFailure {
  return { ok: false, error };
}

function end(node: Node): number {
  return node.offset + node.length;
}

function isOneLine(text: string, node: Node): boolean {
  return !/[\r\n]/.test(text.slice(node.offset, end(node)));
}

function isIndex(segment: string | number): segment is number {
  return typeof segment === "number" && Number.isInteger(segment) && segment >= 0;
}

function isContainer(value: JsonValue): boolean {
  return typeof value === "object" && value !== null;
}

/** One-line JSON in the style hand-written files use: `["a", "b"]`, `{"k": 1}`. */
function inlineJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(", ")}]`;
  if (isJsonObject(value)) {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`);
    return `{${entries.join(", ")}}`;
  }
  return JSON.stringify(value);
}

function notAContainer(at: JsonPath, container: Node, segment: string | number): string {
  const where = at.length === 0 ? "the file's top level" : describePath(at);
  const expected = typeof segment === "string" ? "an object" : "a list";
  return `${where} is ${describeType(container)}, not ${expected}, so it has no ${typeof segment === "string" ? "key" : "item"} ${JSON.stringify(segment)}`;
}

function describeType(node: Node): string {
  switch (node.type) {
    case "object":
      return "an object";
    case "array":
      return "a list";
    case "null":
      return "null";
    default:
      return `a ${node.type}`;
  }
}

/** `functions.echo.vpc_nickname`, `domain_aliases[0]` */
export function describePath(path: JsonPath): string {
  return path
    .map((segment, i) =>
      typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`,
    )
    .join("");
}
