// control characters, and the invisible ones that reorder or hide text (bidi controls,
// zero-width characters, a stray byte-order mark): a terminal acts on them, a reader cannot see them
const hidden =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text from a repository made safe to print: every hidden character becomes its visible escape
 * (`\u001b`), as JSON writes it. Tabs and line breaks stay.
 */
export function printable(text: string): string {
  return text.replace(hidden, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
