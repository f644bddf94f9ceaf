import { printable } from "./printable.ts";

/**
 * Free text inside a line that markdown shows as written: the punctuation it would parse there
 * (emphasis, code, links, HTML, entities, table pipes, strikethrough) is backslash-escaped, and
 * hidden characters are shown as escapes.
 */
export function markdownText(text: string): string {
  return printable(text.replace(/\r\n?|\n/g, " ")).replace(/[\\`*_[\]<>&|~]/g, "\\$&");
}

/** A code span that holds any text, backticks included, on one line. */
export function inlineCode(text: string): string {
  const flat = printable(text.replace(/\r\n?|\n/g, " "));
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const padding = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${padding}${flat}${padding}${fence}`;
}

/** A table cell: GitHub splits cells on `|` even inside code spans unless it is escaped. */
export function tableCell(markdown: string): string {
  return markdown.replace(/\|/g, "\\|");
}

/** A fenced block whose fence is longer than any backtick run inside it. */
export function codeBlock(language: string, raw: string): string {
  const text = printable(raw);
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${text.endsWith("\n") ? text : `${text}\n`}${fence}`;
}
