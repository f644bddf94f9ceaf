import { createScanner } from "jsonc-parser";

// jsonc-parser's SyntaxKind values (a const enum in its typings, so not importable here)
const openBrace = 1;
const closeBrace = 2;
const openBracket = 3;
const closeBracket = 4;
const endOfFile = 17;

/** One JSON document of a text that holds several back to back. */
export interface JsonSegment {
  /** Offset of the document's first character in the whole text. */
  offset: number;
  text: string;
}

/** Text between documents that is not JSON (a shell prompt, a log line). */
export interface StrayText {
  offset: number;
  text: string;
}

/**
 * Splits text holding JSON documents back to back (`}{`, `}\n{`: pages of `aws ... --output json`
 * appended to one file) by bracket depth, with a JSON scanner so that brackets inside strings do
 * not count. A document cut short runs to the end of the text and fails to parse later, where its
 * error gets a position.
 */
export function splitJsonDocuments(text: string): { documents: JsonSegment[]; stray: StrayText[] } {
  const scanner = createScanner(text, true);
  const documents: JsonSegment[] = [];
  const stray: StrayText[] = [];
  let depth = 0;
  let start = 0;
  let strayStart = -1;
  let strayEnd = -1;
  for (let token = scanner.scan(); token !== endOfFile; token = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    const end = offset + scanner.getTokenLength();
    const opens = token === openBrace || token === openBracket;
    const closes = token === closeBrace || token === closeBracket;
    if (depth === 0) {
      if (!opens) {
        if (strayStart < 0) strayStart = offset;
        strayEnd = end;
        continue;
      }
      if (strayStart >= 0) {
        stray.push({ offset: strayStart, text: text.slice(strayStart, strayEnd) });
        strayStart = -1;
      }
      start = offset;
      depth = 1;
    } else if (opens) {
      depth++;
    } else if (closes && --depth === 0) {
      documents.push({ offset: start, text: text.slice(start, end) });
    }
  }
  if (depth > 0) documents.push({ offset: start, text: text.slice(start) });
  if (strayStart >= 0) stray.push({ offset: strayStart, text: text.slice(strayStart, strayEnd) });
  return { documents, stray };
}
