import { printable } from "@karma/core";

/**
 * One CSV record as RFC 4180 writes it: fields separated by commas, a field quoted when it holds
 * a quote (doubled), a comma, a line break or spaces at either end, and the record ending in
 * CRLF. Characters the format has no room for (control characters other than tab and line
 * feed, invisible bidi and zero-width ones) become visible escapes (`\u001b`), as everywhere
 * Karma prints text from a repository.
 */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

function csvField(value: string): string {
  const text = printable(value);
  return /[",\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
