import { printable } from "@karma/core";
import type { OutputStream } from "./cli-io.ts";

// the colour codes of colors.ts: the only escape sequences Karma itself writes
// biome-ignore lint/suspicious/noControlCharactersInRegex: Karma's own escape sequences
const ownColour = /\u001b\[(?:1|2|22|31|32|33|36|39)m/g;

/**
 * A stream that shows every hidden character of what it is given as an escape (`\u001b`), so
 * no string from a repository can move the cursor, retitle the window or hide text. On a
 * terminal, Karma's own colour codes pass.
 */
export function terminalOutput(stream: OutputStream): OutputStream {
  const colours = stream.isTTY === true;
  return {
    isTTY: stream.isTTY,
    write(text: string) {
      if (!colours) return stream.write(printable(text));
      let safe = "";
      let from = 0;
      for (const match of text.matchAll(ownColour)) {
        safe += printable(text.slice(from, match.index)) + match[0];
        from = match.index + match[0].length;
      }
      return stream.write(safe + printable(text.slice(from)));
    },
  };
}
