import { strToU8, zipSync } from "fflate";

/** A zip of the changed files (deleted files cannot be expressed in a zip and are left out). */
export function zipChanges(changes: Record<string, string | null>): Blob {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(changes)) {
    if (text !== null) entries[path] = strToU8(text);
  }
  return new Blob([zipSync(entries, { level: 6 })], { type: "application/zip" });
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started by the time the click returns; free the blob a little later
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
