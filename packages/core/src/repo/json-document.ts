import { type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import type { JsonValue } from "../json.ts";
import { excessiveNesting, maxJsonDepth } from "./file-limits.ts";
import { locatePath } from "./locate-path.ts";
import { type Position, positionsIn } from "./text-positions.ts";

export interface JsonSyntaxError extends Position {
  offset: number;
  message: string;
}

/**
 * A JSON file's text with its value, its first syntax error and the position of any key path,
 * without re-serialising anything. The value comes from the engine's JSON.parse; the syntax tree
 * (for positions and edits) is built only when first asked for, which keeps loading large
 * repositories fast and light. A leading byte-order mark is read past and kept in the text, so
 * edits keep it; nesting deeper than `maxJsonDepth` is an error found before any parser runs.
 */
export class JsonDocument {
  readonly text: string;
  readonly value: JsonValue | undefined;
  readonly error: JsonSyntaxError | null;
  #root: Node | undefined | null = null;
  #positions: ((offset: number) => Position) | null = null;
  /** 1 when the text starts with a byte-order mark (U+FEFF), else 0. */
  readonly #bom: number;

  constructor(text: string) {
    this.text = text;
    this.#bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const tooDeep = excessiveNesting(text);
    if (tooDeep >= 0) {
      // never handed to a parser: recursive ones would overflow the stack
      this.#root = undefined;
      this.value = undefined;
      this.error = {
        offset: tooDeep,
        ...this.positionAt(tooDeep),
        message: `nested deeper than ${maxJsonDepth} levels, more than Karma reads`,
      };
      return;
    }
    try {
      this.value = JSON.parse(this.#bom ? text.slice(1) : text) as JsonValue;
      this.error = null;
    } catch (thrown) {
      this.value = undefined;
      this.error = this.locateError(thrown);
    }
  }

  /** The syntax tree, or undefined for an empty document. */
  get root(): Node | undefined {
    if (this.#root === null) {
      this.#root = parseTree(this.text, [], { disallowComments: true, allowTrailingComma: false });
    }
    return this.#root;
  }

  private locateError(thrown: unknown): JsonSyntaxError {
    const errors: ParseError[] = [];
    this.#root = parseTree(this.text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
    });
    // the scanner calls a byte-order mark an unexpected symbol; JSON.parse read past it
    const first = errors.find((error) => error.offset >= this.#bom);
    if (!first) {
      // the engine refused what the scanner accepts (a lone surrogate, say): no better position
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      return { offset: 0, line: 1, column: 1, message };
    }
    return {
      offset: first.offset,
      ...this.positionAt(first.offset),
      message: describeParseError(printParseErrorCode(first.error), this.text, first.offset),
    };
  }

  /** 1-based line and column of a character offset, not counting a byte-order mark. */
  positionAt(offset: number): Position {
    this.#positions ??= positionsIn(this.text);
    return this.#positions(offset);
  }

  /**
   * The node of a key path: the property's key node when the path exists (so a position points
   * at `"key"`), else the deepest existing ancestor's key, else the root.
   */
  nodeAt(path: readonly (string | number)[]): Node | undefined {
    let node = this.root;
    let anchor = node;
    for (const segment of path) {
      if (!node) break;
      const next = childOf(node, segment);
      if (!next) break;
      anchor = next.parent?.type === "property" ? next.parent.children?.[0] : next;
      node = next;
    }
    return anchor;
  }

  /** Position of a key path (see `nodeAt`), 1:1 for an empty document. */
  positionOf(path: readonly (string | number)[]): Position {
    // issues need positions for many files; scanning is much lighter than building trees
    if (this.#root === null && !this.error) return this.positionAt(locatePath(this.text, path));
    const node = this.nodeAt(path);
    return node ? this.positionAt(node.offset) : { line: 1, column: 1 };
  }

  /** The value node at an exact key path, or undefined. */
  valueNodeAt(path: readonly (string | number)[]): Node | undefined {
    let node = this.root;
    for (const segment of path) {
      if (!node) return undefined;
      node = childOf(node, segment);
    }
    return node;
  }
}

function childOf(node: Node, segment: string | number): Node | undefined {
  if (node.type === "object" && typeof segment === "string") {
    // the last occurrence wins, as in JSON.parse
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      const property = children[i]!;
      if (property.children?.[0]?.value === segment) return property.children[1];
    }
    return undefined;
  }
  if (node.type === "array") {
    const index = typeof segment === "number" ? segment : Number(segment);
    return Number.isInteger(index) ? node.children?.[index] : undefined;
  }
  return undefined;
}

const parseErrorMessages: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ',' or a closing bracket",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "unexpected text after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in string",
};

function describeParseError(code: string, text: string, offset: number): string {
  const found = text.slice(offset, offset + 24).split(/\r?\n/)[0] ?? "";
  const what = parseErrorMessages[code] ?? code;
  return found ? `${what}, found ${JSON.stringify(found)}` : `${what} at end of file`;
}
