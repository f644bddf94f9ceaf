/**
 * The parts of the File System Access API that TypeScript's DOM library does not declare yet
 * (Chromium has them; other browsers fall back to a folder input and zip download).
 */

export interface DirectoryPickerOptions {
  mode?: "read" | "readwrite";
  id?: string;
}

type PermissionMode = { mode: "read" | "readwrite" };

interface PermissionHandle {
  queryPermission?(descriptor: PermissionMode): Promise<PermissionState>;
  requestPermission?(descriptor: PermissionMode): Promise<PermissionState>;
}

interface IterableDirectory {
  values(): AsyncIterable<FileSystemHandle>;
}

type PickerWindow = Window & {
  showDirectoryPicker?: (options?: DirectoryPickerOptions) => Promise<FileSystemDirectoryHandle>;
};

export function hasDirectoryPicker(): boolean {
  return typeof (window as PickerWindow).showDirectoryPicker === "function";
}

export function showDirectoryPicker(
  options: DirectoryPickerOptions,
): Promise<FileSystemDirectoryHandle> {
  const picker = (window as PickerWindow).showDirectoryPicker;
  if (!picker) return Promise.reject(new Error("this browser cannot pick folders"));
  return picker.call(window, options);
}

export function entriesOf(directory: FileSystemDirectoryHandle): AsyncIterable<FileSystemHandle> {
  return (directory as unknown as IterableDirectory).values();
}

/** Asks for write access to a folder; true when granted. Needs a user gesture to prompt. */
export async function canWrite(directory: FileSystemDirectoryHandle): Promise<boolean> {
  const handle = directory as unknown as PermissionHandle;
  const mode: PermissionMode = { mode: "readwrite" };
  if (!handle.requestPermission) return false;
  if ((await handle.queryPermission?.(mode)) === "granted") return true;
  return (await handle.requestPermission(mode)) === "granted";
}

export function supportsWritingBack(
  directory: FileSystemDirectoryHandle | null | undefined,
): boolean {
  return (
    !!directory &&
    typeof (directory as unknown as PermissionHandle).requestPermission === "function"
  );
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
