import { type FileMap, layoutFileEnv, writeFiles, writesOf } from "@karma/core";

export function isLayoutPath(path: string): boolean {
  return layoutFileEnv(path) !== null;
}

const byFiles = new WeakMap<FileMap, FileMap>();
let lastConfigFiles: FileMap | null = null;

/**
 * The files that make up the config (everything but `.karma/layout/`), as the same object as
 * long as none of them changed: moving a node then re-reads nothing. Without layout files, the
 * files themselves.
 */
export function configFilesOf(files: FileMap): FileMap {
  const known = byFiles.get(files);
  if (known) return known;
  const result = fromWrites(files) ?? scanned(files);
  byFiles.set(files, result);
  lastConfigFiles = result;
  return result;
}

/** The config files of a map a core edit wrote, from those of the map it was written from. */
function fromWrites(files: FileMap): FileMap | null {
  const writes = writesOf(files);
  const earlier = writes && byFiles.get(writes.from);
  if (!writes || !earlier) return null;
  const config = writes.paths.filter((path) => !isLayoutPath(path));
  if (config.length === 0) return earlier;
  if (earlier === writes.from && config.length === writes.paths.length) return files;
  return writeFiles(
    earlier,
    Object.fromEntries(
      config.map((path) => [path, Object.hasOwn(files, path) ? files[path]! : null]),
    ),
  );
}

function scanned(files: FileMap): FileMap {
  let count = 0;
  let layout = 0;
  let same = lastConfigFiles !== null;
  for (const path in files) {
    if (isLayoutPath(path)) {
      layout++;
      continue;
    }
    count++;
    if (same && lastConfigFiles![path] !== files[path]) same = false;
  }
  if (same && lastConfigFiles !== null && Object.keys(lastConfigFiles).length === count)
    return lastConfigFiles;
  return layout === 0 ? files : withoutLayout(files);
}

function withoutLayout(files: FileMap): FileMap {
  const config: FileMap = {};
  for (const path in files) if (!isLayoutPath(path)) config[path] = files[path]!;
  return config;
}

// per version of the files: what differs from the baseline, unsorted, to build the next from
const foundFor = new WeakMap<
  FileMap,
  { baseline: FileMap; found: Record<string, string | null> }
>();

/** What an export writes: changed and new files with their text, deleted ones as null. */
export function changedFiles(baseline: FileMap, files: FileMap): Record<string, string | null> {
  const writes = writesOf(files);
  const earlier = writes && foundFor.get(writes.from);
  let found: Record<string, string | null>;
  if (writes && earlier?.baseline === baseline) {
    // a core edit of a version already compared: only the paths it wrote can have moved
    found = { ...earlier.found };
    for (const path of writes.paths) {
      const after = Object.hasOwn(files, path) ? files[path]! : null;
      const before = Object.hasOwn(baseline, path) ? baseline[path]! : null;
      if (after === before) delete found[path];
      else found[path] = after;
    }
  } else {
    found = {};
    for (const path of Object.keys(baseline)) {
      const after = Object.hasOwn(files, path) ? files[path]! : null;
      if (after !== baseline[path]) found[path] = after;
    }
    for (const path of Object.keys(files)) {
      if (!Object.hasOwn(baseline, path)) found[path] = files[path]!;
    }
  }
  foundFor.set(files, { baseline, found });
  // sorted by path, and only the few changed ones sorted
  const changes: Record<string, string | null> = {};
  for (const path of Object.keys(found).sort()) changes[path] = found[path]!;
  return changes;
}

const withOthers = new WeakMap<FileMap, WeakMap<FileMap, FileMap>>();

/**
 * The files of a commit of the opened repository with the other repositories of the workspace
 * as they were opened: a commit of one repository holds none of the others' files (unless the
 * server sent them under `../<name>/`), and without them the plan would create all of theirs.
 */
export function withOtherRepositories(commitFiles: FileMap, opened: FileMap): FileMap {
  let byOpened = withOthers.get(commitFiles);
  if (!byOpened) {
    byOpened = new WeakMap();
    withOthers.set(commitFiles, byOpened);
  }
  let files = byOpened.get(opened);
  if (!files) {
    files = commitFiles;
    if (!Object.keys(commitFiles).some((path) => path.startsWith("../"))) {
      const others = Object.keys(opened).filter((path) => path.startsWith("../"));
      if (others.length > 0) {
        files = { ...commitFiles };
        for (const path of others) files[path] = opened[path]!;
      }
    }
    byOpened.set(opened, files);
  }
  return files;
}
