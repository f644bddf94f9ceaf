import type { FormattingOptions } from "jsonc-parser";

const defaultIndent = 2;

/**
 * How a JSON text is indented and which line ending it uses, for jsonc-parser to format inserted
 * values like their surroundings. Tabs when the first indented line starts with a tab; otherwise
 * the most frequent step by which indentation grows from one line to the next (hand-written files
 * indent the first level by 4 and deeper levels by 2, so the first line alone would mislead).
 */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.match(/\r\n|\n|\r/)?.[0] === "\r\n" ? "\r\n" : "\n";
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== "");
  const firstIndented = lines.find((line) => /^[ \t]/.test(line));
  if (firstIndented?.startsWith("\t")) return { insertSpaces: false, tabSize: 4, eol };

  const steps = new Map<number, number>();
  let previous = 0;
  for (const line of lines) {
    const width = line.length - line.trimStart().length;
    if (width > previous) steps.set(width - previous, (steps.get(width - previous) ?? 0) + 1);
    previous = width;
  }
  let tabSize = defaultIndent;
  let best = 0;
  for (const [step, count] of steps) {
    if (count > best || (count === best && step < tabSize)) {
      tabSize = step;
      best = count;
    }
  }
  return { insertSpaces: true, tabSize, eol };
}
