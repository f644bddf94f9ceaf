import { createScanner, type JSONScanner } from "jsonc-parser";

// jsonc-parser's SyntaxKind values (a const enum in its typings, so not importable here)
const openBrace = 1;
const closeBrace = 2;
const openBracket = 3;
const closeBracket = 4;
const comma = 5;
const colon = 6;
const stringLiteral = 10;
const endOfFile = 17;

/**
 * The offset of a key path in JSON text — the key of the deepest property of the path that
 * exists, or of the value itself for a list index — found with the scanner alone, without
 * building a syntax tree. 0 when not even the first key exists. The text must be valid JSON.
 */
export function locatePath(text: string, path: readonly (string | number)[]): number {
  const scanner = createScanner(text, true);
  // past a byte-order mark, which the scanner would call an unknown token
  if (text.charCodeAt(0) === 0xfeff) scanner.setPosition(1);
  scanner.scan();
  let found = 0;
  let level = 0;
  while (level < path.length) {
    const token = scanner.getToken();
    const segment = path[level]!;
    if (token === openBrace && typeof segment === "string") {
      const keyOffset = findKey(scanner, segment);
      if (keyOffset === null) return found;
      found = keyOffset;
    } else if (token === openBracket) {
      const index = typeof segment === "number" ? segment : Number(segment);
      if (!Number.isInteger(index) || !findItem(scanner, index)) return found;
      found = scanner.getTokenOffset();
    } else {
      return found;
    }
    level++;
  }
  return found;
}

/** From `{`, moves to the value of `key` and returns the key's offset, or null. */
function findKey(scanner: JSONScanner, key: string): number | null {
  scanner.scan();
  while (scanner.getToken() === stringLiteral) {
    const keyOffset = scanner.getTokenOffset();
    const name = scanner.getTokenValue();
    if (scanner.scan() !== colon) return null;
    scanner.scan();
    if (name === key) return keyOffset;
    skipValue(scanner);
    if (scanner.getToken() !== comma) return null;
    scanner.scan();
  }
  return null;
}

/** From `[`, moves to item `index`; false when the list is shorter. */
function findItem(scanner: JSONScanner, index: number): boolean {
  scanner.scan();
  for (let i = 0; i < index; i++) {
    if (scanner.getToken() === closeBracket) return false;
    skipValue(scanner);
    if (scanner.getToken() !== comma) return false;
    scanner.scan();
  }
  return scanner.getToken() !== closeBracket;
}

/** Skips one value; leaves the scanner on the token after it. */
function skipValue(scanner: JSONScanner): void {
  let depth = 0;
  do {
    const token = scanner.getToken();
    if (token === openBrace || token === openBracket) depth++;
    else if (token === closeBrace || token === closeBracket) depth--;
    else if (token === endOfFile) return;
    scanner.scan();
  } while (depth > 0);
}
