export type KeyPath = readonly (string | number)[];

/** The `name` of a field: its config key path with dots (DESIGN.md section 4). */
export function pathName(path: KeyPath): string {
  return path.join(".");
}
