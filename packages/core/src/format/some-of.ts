/**
 * A list in a message, kept short: "a, b, c and 1,497 others". A message that named every
 * component sharing a name would grow with the square of their number.
 */
export function someOf(names: readonly string[], shown = 3): string {
  if (names.length <= shown + 1) return names.join(", ");
  const rest = names.length - shown;
  return `${names.slice(0, shown).join(", ")} and ${rest.toLocaleString("en-US")} others`;
}
