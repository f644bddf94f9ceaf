/**
 * The one block of lines that differs between two texts (common leading and trailing lines
 * removed), for tests asserting that an edit touched only the lines it had to. Line breaks are
 * kept on each line so that a changed line ending shows as a change.
 */
export function changedLines(
  before: string,
  after: string,
): { removed: string[]; added: string[] } {
  const a = splitKeepingBreaks(before);
  const b = splitKeepingBreaks(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

function splitKeepingBreaks(text: string): string[] {
  return text.match(/[^\r\n]*(\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}
