import type { SavedWork } from "../store/editor-state.ts";

const databaseName = "karma";
const storeName = "autosave";
const key = "working-state";

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  operation: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(storeName, mode);
      const request = operation(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

export function readAutosave(): Promise<SavedWork | undefined> {
  return run("readonly", (store) => store.get(key) as IDBRequest<SavedWork | undefined>);
}

export async function writeAutosave(record: SavedWork): Promise<void> {
  try {
    await run("readwrite", (store) => store.put(record, key));
  } catch (error) {
    // a folder handle cannot be stored in some browsers: keep the work without it
    if (!(error instanceof DOMException && error.name === "DataCloneError")) throw error;
    await run("readwrite", (store) =>
      store.put({ ...record, source: { ...record.source, handle: null } }, key),
    );
  }
}

export async function clearAutosave(): Promise<void> {
  await run("readwrite", (store) => store.delete(key));
}
