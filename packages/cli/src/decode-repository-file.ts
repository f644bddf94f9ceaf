import { maxFileBytes, tooLargeMessage } from "@karma/core";

// fatal: a file that is not UTF-8 is reported, never read with replacement characters that a
// save would then write back; ignoreBOM: a byte-order mark stays in the text, so saves keep it
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A repository file's bytes as text, or why they cannot be: over the size limit, not UTF-8. */
export function decodeRepositoryFile(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.byteLength > maxFileBytes) return { problem: tooLargeMessage(bytes.byteLength) };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: "is not UTF-8 text; save it as UTF-8" };
  }
}
