import type { FileMap } from "@karma/core";
import { changedFiles } from "../model/repository-files.ts";
import type { FileChanges, SavedWork } from "../state/editor-state.ts";
import { applyChanges } from "../store/history/file-changes.ts";

const databaseName = "karma";
const storeName = "autosave";
/** The files as opened: written once per baseline, not on every edit, in parts. */
const baselineKey = "baseline";
const partKey = (index: number) => `baseline-part-${index}`;
const allParts = () => IDBKeyRange.bound("baseline-part-", "baseline-part-\uffff");
/**
 * Files per part. IndexedDB copies what it is given in the task that gives it: a large
 * repository's files in one record held the main thread for tens of milliseconds.
 */
const filesPerPart = 500;
/** The id of the baseline stored, alone: checked on every save without reading the files. */
const baselineIdKey = "baseline-id";
/** The work on them: the files as changes against the baseline, and the history as changes. */
const workKey = "working-state";

/** The baseline's id, and how many parts its files are in (an older version: the files). */
type BaselineRecord = { id: number; parts: number } | { id: number; files: FileMap };

interface WorkRecord extends Omit<SavedWork, "files" | "baseline"> {
  baselineId: number;
  changes: FileChanges;
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs the operations in one transaction: all of them are written, or none. */
async function run<T>(
  mode: IDBTransactionMode,
  operation: (store: IDBObjectStore) => IDBRequest<T>[],
): Promise<T[]> {
  const database = await openDatabase();
  try {
    return await new Promise<T[]>((resolve, reject) => {
      const transaction = database.transaction(storeName, mode);
      const requests = operation(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(requests.map((request) => request.result));
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

export async function readAutosave(): Promise<SavedWork | undefined> {
  const parts: IDBRequest<FileMap | undefined>[] = [];
  const [baseline, work] = (await run("readonly", (store) => {
    const baseline = store.get(baselineKey) as IDBRequest<BaselineRecord | undefined>;
    // its parts in the same transaction: a save from another tab cannot come in between
    baseline.onsuccess = () => {
      const record = baseline.result;
      if (!record || !("parts" in record)) return;
      for (let index = 0; index < record.parts; index++) parts.push(store.get(partKey(index)));
    };
    return [baseline, store.get(workKey)];
  })) as [BaselineRecord | undefined, WorkRecord | undefined];
  // work saved by an older version, or against another baseline, cannot be rebuilt
  if (!baseline || !work || work.baselineId !== baseline.id || typeof work.changes !== "object") {
    return undefined;
  }
  const files = "files" in baseline ? baseline.files : joinParts(parts.map((part) => part.result));
  const { baselineId: _, changes, ...rest } = work;
  return { ...rest, baseline: files, files: applyChanges(files, changes, 1) };
}

function joinParts(parts: (FileMap | undefined)[]): FileMap {
  if (parts.some((part) => part === undefined)) throw new Error("the saved files are incomplete");
  return Object.assign({}, ...parts);
}

/**
 * Keeps the work: the files and the history as changes against the baseline, and the baseline
 * itself only when the one stored is not `baselineId` (another tab, a first save), so each save
 * costs about the size of what changed, not the size of the repository.
 */
export async function writeAutosave(work: SavedWork, baselineId: number): Promise<void> {
  const { files, baseline, ...rest } = work;
  const record: WorkRecord = { ...rest, baselineId, changes: againstBaseline(baseline, files) };
  const write = (value: WorkRecord) =>
    run("readwrite", (store) => {
      const stored = store.get(baselineIdKey) as IDBRequest<number | undefined>;
      stored.onsuccess = () => {
        if (stored.result === baselineId) {
          store.put(value, workKey);
          return;
        }
        // one part per task, in one transaction: the work is written with the last, or nothing
        const parts = partsOf(baseline);
        store.delete(allParts());
        const putPart = (index: number) => {
          if (index === parts.length) {
            store.put(
              { id: baselineId, parts: parts.length } satisfies BaselineRecord,
              baselineKey,
            );
            store.put(baselineId, baselineIdKey);
            store.put(value, workKey);
            return;
          }
          store.put(parts[index], partKey(index)).onsuccess = () => putPart(index + 1);
        };
        putPart(0);
      };
      return [stored];
    });
  try {
    await write(record);
  } catch (error) {
    // a folder handle cannot be stored in some browsers: keep the work without it
    if (!(error instanceof DOMException && error.name === "DataCloneError")) throw error;
    await write({ ...record, source: { ...record.source, handle: null } });
  }
}

export async function clearAutosave(): Promise<void> {
  await run("readwrite", (store) => [
    store.delete(baselineKey),
    store.delete(allParts()),
    store.delete(baselineIdKey),
    store.delete(workKey),
  ]);
}

/** The files in parts of `filesPerPart`. */
function partsOf(files: FileMap): FileMap[] {
  const parts: FileMap[] = [];
  let part: FileMap = {};
  let count = 0;
  for (const path in files) {
    part[path] = files[path]!;
    if (++count % filesPerPart === 0) {
      parts.push(part);
      part = {};
    }
  }
  if (count % filesPerPart !== 0 || count === 0) parts.push(part);
  return parts;
}

/** What the work changed in the baseline, both texts per path (after a core edit, read from it). */
function againstBaseline(baseline: FileMap, files: FileMap): FileChanges {
  const changes: FileChanges = {};
  for (const [path, text] of Object.entries(changedFiles(baseline, files))) {
    changes[path] = [Object.hasOwn(baseline, path) ? baseline[path]! : null, text];
  }
  return changes;
}
