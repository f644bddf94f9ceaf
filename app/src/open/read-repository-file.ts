import { type FileMap, maxFileBytes, type NotReadPath, tooLargeMessage } from "@karma/core";

/** What opening a folder or a .zip found: the files read, and what could not be read. */
export interface OpenedFiles {
  files: FileMap;
  notRead: NotReadPath[];
}

// fatal: a file that is not UTF-8 is reported, never read with replacement characters that an
// export would write back; ignoreBOM: a byte-order mark stays in the text, so exports keep it
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads one file of a repository into `into`: its text, or why it is not read. */
export async function readRepositoryFile(path: string, file: Blob, into: OpenedFiles) {
  // the size first, so a huge file is never loaded into the tab's memory
  if (file.size > maxFileBytes) notRead(path, tooLargeMessage(file.size), into);
  else decodeRepositoryFile(path, new Uint8Array(await file.arrayBuffer()), into);
}

/** Decodes one file's bytes into `into`, as `readRepositoryFile` does. */
export function decodeRepositoryFile(path: string, bytes: Uint8Array, into: OpenedFiles) {
  if (bytes.byteLength > maxFileBytes)
    return notRead(path, tooLargeMessage(bytes.byteLength), into);
  try {
    into.files[path] = utf8.decode(bytes);
  } catch {
    notRead(path, "is not UTF-8 text; save it as UTF-8", into);
  }
}

function notRead(path: string, message: string, into: OpenedFiles) {
  into.notRead.push({ path, severity: "error", message });
}
