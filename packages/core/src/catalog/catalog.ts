import type { TypeDefinition } from "./type-definition.ts";

/** The component types known to a workspace: the built-in ones and the repository's own. */
export interface Catalog {
  readonly types: ReadonlyMap<string, TypeDefinition>;
}
